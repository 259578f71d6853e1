import { z } from 'astro/zod';
import { email, isoDate, markdownText, shortText, slugId, wallTime } from './fields.ts';
import { eventTypes, roles } from './programme.ts';

export const modes = ['online', 'in-person', 'hybrid'] as const;
export type Mode = (typeof modes)[number];
export const statuses = ['scheduled', 'cancelled'] as const;
export const schoolPhases = ['primary', 'secondary', 'all-through'] as const;
export const keyStages = ['EYFS', 'KS1', 'KS2', 'KS3', 'KS4', 'KS5'] as const;

/** Accepts `audience: ect` as well as `audience: [ect]`. */
const oneOrMany = <T extends z.ZodType>(item: T) => z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(item));

/** One session in a cohort's schedule. */
export const eventSchema = z.strictObject({
  /** Unique in the cohort and never changed once published: calendar apps follow the event by it. */
  id: slugId.meta({ description: 'a short name, unique in this cohort, that never changes once published', examples: ['y1-clinic-1'] }),
  type: z.enum(eventTypes).meta({ examples: ['clinic'] }),
  title: shortText(160).meta({ examples: ['Creating a positive learning environment'] }),
  /** Calendar date, `YYYY-MM-DD`. */
  date: isoDate.meta({ description: 'the date, YYYY-MM-DD', examples: ['2026-10-06'] }),
  /** Start, 24-hour UK time. */
  start: wallTime.meta({ description: '24-hour UK time', examples: ['16:00'] }),
  /** End, 24-hour UK time, on the same day. */
  end: wallTime.meta({ description: '24-hour UK time', examples: ['17:00'] }),
  mode: z.enum(modes).meta({ examples: ['online'] }),
  /** Id of a file in content/venues; required for in-person and hybrid sessions. */
  venue: z.string().optional().meta({ examples: ['hub-centre'] }),
  /** Who attends: early career teachers, mentors, or both. */
  audience: oneOrMany(z.enum(roles)).pipe(z.array(z.enum(roles)).min(1)).meta({ examples: [['ect']] }),
  /** The programme year (or phase) this session belongs to. */
  year: z.int().min(1).max(6).meta({ description: 'the programme year or phase, 1 or 2', examples: [1] }),
  /** `cancelled` keeps the session in people's calendars, marked as cancelled. Never delete a published session. */
  status: z.enum(statuses).default('scheduled').meta({ examples: ['scheduled'] }),
  /** Id of the session this one repeats: an alternative date for the same content. */
  repeatOf: z.string().optional().meta({ examples: ['y1-clinic-1'] }),
  /** What the session covers and what to bring. Markdown. */
  description: markdownText.optional(),
  /** What to do beforehand, for example a module on the platform. Markdown. */
  preWork: markdownText.optional(),
  /** Sections of the ITTECF (1 to 8) the session covers: 1 high expectations … 8 professional behaviours. */
  frameworkAreas: z.array(z.int().min(1).max(8)).optional().meta({ examples: [[1, 7]] }),
  /** Key stages the session is aimed at, when it is not for everyone in the cohort. */
  keyStages: z.array(z.enum(keyStages)).optional(),
  /** Why the session was cancelled or moved, shown beside it. */
  note: shortText(300).optional(),
});

/** `content/cohorts/<cohort-id>.yaml`: one cohort and its schedule. The file name is the cohort's id. */
export const cohortSchema = z.strictObject({
  title: shortText(160).meta({ examples: ['ECT programme 2026 to 2028, primary cohort A'] }),
  /** Id of a file in content/programmes. */
  programme: z.string().meta({ description: 'the id of a file in content/programmes', examples: ['ecte-provider-led'] }),
  /** The academic year the cohort starts, as DfE names cohorts. */
  startYear: z.int().min(2020).max(2100).meta({ examples: [2026] }),
  phase: z.enum(schoolPhases).meta({ examples: ['primary'] }),
  keyStages: z.array(z.enum(keyStages)).optional(),
  /** Where participants ask for an alternative date. */
  contact: email.meta({ description: 'where participants ask for an alternative date', examples: ['ect-programme@example.org'] }),
  /** A sentence or two about who the cohort is for. Markdown. */
  description: markdownText.optional(),
  /** `true` while dates are being planned: the cohort is checked but not published (no pages, no feeds). */
  draft: z.boolean().default(false).meta({ description: 'true while dates are being planned: checked, but not published' }),
  events: z.array(eventSchema).default([]),
});

export type Cohort = z.output<typeof cohortSchema>;
export type CohortEvent = z.output<typeof eventSchema>;
