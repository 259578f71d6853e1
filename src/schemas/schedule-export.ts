import { z } from 'astro/zod';

/**
 * `/events/schedule.json` and `/events/<cohort>/schedule.json`: the published
 * sessions as open data, with the same instants, UIDs and statuses as the
 * calendar feeds. Described by `/schemas/schedule.schema.json`, generated from
 * this schema, so the files and their description never disagree.
 */
const instant = z.string().meta({ description: 'UTC instant, ISO 8601', examples: ['2026-10-06T15:00:00Z'] });

export const exportedSession = z.object({
  /** The calendar UID: the same as in every .ics feed, and stable for the session's life. */
  uid: z.string().meta({ examples: ['ecte-2026-primary/y1-clinic-1@handbook.example.org'] }),
  cohort: z.string().meta({ description: 'cohort id' }),
  id: z.string().meta({ description: 'session id, unique in its cohort' }),
  title: z.string(),
  type: z.enum(['clinic', 'conference', 'induction', 'mentor-training', 'workshop']),
  status: z.enum(['scheduled', 'cancelled']),
  start: instant,
  end: instant,
  /** The same moments as UK wall times with their offset. */
  startLocal: z.string().meta({ examples: ['2026-10-06T16:00:00+01:00'] }),
  endLocal: z.string(),
  timeZone: z.literal('Europe/London'),
  mode: z.enum(['online', 'in-person', 'hybrid']),
  venue: z
    .object({ id: z.string(), name: z.string(), address: z.array(z.string()), postcode: z.string() })
    .optional()
    .meta({ description: 'where in-person and hybrid sessions happen' }),
  audience: z.array(z.enum(['ect', 'mentor'])),
  year: z.int(),
  term: z.string().meta({ examples: ['Autumn term 2026'] }),
  /** The RFC 5545 SEQUENCE the feeds carry: it goes up when the time, place or status changes. */
  sequence: z.int().min(0),
  lastModified: instant,
  /** UIDs of the other dates of the same session. */
  alternatives: z.array(z.string()),
  note: z.string().optional(),
  url: z.url(),
  ics: z.url(),
});

export const scheduleExport = z.object({
  $schema: z.string(),
  hub: z.object({ name: z.string(), url: z.url() }),
  /** Present in a cohort's own file. */
  cohort: z.object({ id: z.string(), title: z.string(), programme: z.string(), startYear: z.int(), feed: z.url() }).optional(),
  sessions: z.array(exportedSession),
});

export type ExportedSession = z.output<typeof exportedSession>;
export type ScheduleExport = z.output<typeof scheduleExport>;
