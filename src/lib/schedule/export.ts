import type { ExportedSession, ScheduleExport } from '../../schemas/schedule-export.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { cohortFeedPath } from '../calendar/feed-catalogue.ts';
import { addressLines } from '../calendar/build-feed.ts';
import type { CohortView, Session } from '../handbook/hydrate.ts';

export const scheduleSchemaPath = '/schemas/schedule.schema.json';

/** One session as open data: the same UID, instants and status as in the feeds. */
export function exportSession(session: Session, site: SiteConfig, uidOf: (key: string) => string | undefined): ExportedSession {
  const absolute = (path: string) => new URL(path, site.url).href;
  return {
    uid: session.uid,
    cohort: session.cohortId,
    id: session.eventId,
    title: session.title,
    type: session.type,
    status: session.cancelled ? 'cancelled' : 'scheduled',
    start: session.startUtc,
    end: session.endUtc,
    startLocal: session.startLocal,
    endLocal: session.endLocal,
    timeZone: 'Europe/London',
    mode: session.mode,
    ...(session.venue ? { venue: { id: session.venue.id, name: session.venue.name, address: addressLines(session.venue), postcode: session.venue.postcode } } : {}),
    audience: session.audience,
    year: session.year,
    term: session.term.name,
    sequence: session.sequence,
    lastModified: session.modified,
    alternatives: session.alternatives.map(uidOf).filter((uid): uid is string => uid !== undefined),
    ...(session.note ? { note: session.note } : {}),
    url: absolute(session.path),
    ics: absolute(session.icsPath),
  };
}

/** The whole file: every session, or one cohort's. */
export function scheduleFile(sessions: readonly Session[], site: SiteConfig, uidOf: (key: string) => string | undefined, cohort?: CohortView): ScheduleExport {
  return {
    $schema: new URL(scheduleSchemaPath, site.url).href,
    hub: { name: site.name, url: site.url },
    ...(cohort ? { cohort: { id: cohort.id, title: cohort.title, programme: cohort.programme.title, startYear: cohort.startYear, feed: new URL(cohortFeedPath(cohort.id), site.url).href } } : {}),
    sessions: sessions.map((session) => exportSession(session, site, uidOf)),
  };
}

/** Where a cohort's schedule is published. */
export const cohortSchedulePath = (cohortId: string) => `/events/${cohortId}/schedule.json`;

/** The text of a schedule.json file: one key per line, so a diff of two builds reads. */
export function scheduleText(...args: Parameters<typeof scheduleFile>): string {
  return `${JSON.stringify(scheduleFile(...args), null, 1)}\n`;
}
