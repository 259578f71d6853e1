import { z } from 'astro/zod';
import { markdownText, shortText } from './fields.ts';

/** Kinds of session a schedule can hold. */
export const eventTypes = ['clinic', 'conference', 'induction', 'mentor-training', 'workshop'] as const;
export type EventType = (typeof eventTypes)[number];

/** Who a session is for. */
export const roles = ['ect', 'mentor'] as const;
export type Role = (typeof roles)[number];

/** How many sessions of each type a role attends, for example `{ clinic: 6, conference: 3 }`. */
export const sessionCounts = z
  .strictObject(Object.fromEntries(eventTypes.map((type) => [type, z.int().min(0).max(100).optional()])) as Record<EventType, z.ZodOptional<z.ZodInt>>)
  .meta({ examples: [{ clinic: 6, conference: 3 }] });

export const commitmentsSchema = z
  .strictObject({
    ect: sessionCounts.optional().meta({ description: 'sessions an early career teacher attends' }),
    mentor: sessionCounts.optional().meta({ description: 'sessions a mentor attends' }),
  })
  .meta({ examples: [{ ect: { clinic: 6, conference: 3 }, mentor: { clinic: 3, conference: 2 } }] });

/** `content/programmes/<id>.yaml`: a programme a hub runs, such as the ECTE or SKTM. */
export const programmeSchema = z.strictObject({
  /** The programme's name as participants know it. */
  title: shortText(160).meta({ examples: ['Early career teacher entitlement (ECTE), provider-led'] }),
  /** Who designs the programme: a lead provider, or the NCETM and a Maths Hub. */
  provider: shortText(160).meta({ examples: ['Ambition Institute'] }),
  /** A sentence or two on what the programme is, in Markdown. */
  summary: markdownText.optional(),
  /** Is taking part required for induction (the ECTE) or a free choice (SKTM)? */
  statutory: z.boolean().default(false),
  /** The programme's years or phases, in order. */
  years: z
    .array(
      z.strictObject({
        number: z.int().min(1).max(6).meta({ examples: [1] }),
        name: shortText(80).meta({ examples: ['Year 1 (Phase 1)'] }),
        summary: markdownText.optional().meta({ examples: ['Six clinics and two conferences on the basics of the classroom.'] }),
        /** Sessions each role attends in this year, when a phase is stated on its own. */
        commitments: commitmentsSchema.optional(),
      }),
    )
    .min(1)
    .meta({ examples: [[{ number: 1, name: 'Year 1' }]] }),
  /** Sessions each role attends over the whole programme. */
  commitments: commitmentsSchema,
});

export type Programme = z.output<typeof programmeSchema>;
export type SessionCounts = z.output<typeof sessionCounts>;
