import type { Cohort, CohortEvent, Mode } from '../../schemas/cohort.ts';
import type { EventType, Programme, Role } from '../../schemas/programme.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { Venue } from '../../schemas/venue.ts';
import { eventKey } from '../calendar/published-items.ts';
import type { LockEntry } from '../calendar/publication-lock.ts';
import { localIso, wallTimeToInstant } from '../time/wall-time.ts';
import { countScheduledSessions, type CountsByType } from './count-sessions.ts';

export interface VenueWithId extends Venue {
  id: string;
}

/** One session, with everything a page or a feed needs already worked out. */
export interface ScheduledEvent {
  /** Key in the publication lock: `cohorts/<cohort>/<event>`. */
  key: string;
  /** Calendar UID: made only from the cohort id, event id and site host, so it never changes. */
  uid: string;
  cohortId: string;
  cohortTitle: string;
  eventId: string;
  type: EventType;
  title: string;
  date: string;
  start: string;
  end: string;
  /** The same moments as UTC instants, ISO 8601 with `Z`. */
  startUtc: string;
  endUtc: string;
  /** And as local times with their offset, `2026-10-20T16:00:00+01:00` (for schema.org). */
  startLocal: string;
  endLocal: string;
  mode: Mode;
  venue?: VenueWithId;
  audience: Role[];
  year: number;
  yearName: string;
  cancelled: boolean;
  note?: string;
  /** The session this one repeats, if it is an alternative date. */
  repeatOf?: string;
  /** Other dates for the same session (the original and its repeats, not this one), in date order. */
  alternatives: string[];
  description?: string;
  preWork?: string;
  frameworkAreas?: number[];
  keyStages?: string[];
  contact: string;
  sequence: number;
  /** UTC, `YYYY-MM-DDTHH:MM:SSZ`, from the publication lock. */
  modified: string;
  /** The session's date is before the build date. */
  past: boolean;
  path: string;
  icsPath: string;
}

export interface ScheduleYear {
  number: number;
  name: string;
  summary?: string;
  events: ScheduledEvent[];
}

export interface CohortSchedule {
  id: string;
  title: string;
  cohort: Omit<Cohort, 'events'>;
  programmeId: string;
  programme: Programme;
  events: ScheduledEvent[];
  years: ScheduleYear[];
  /** Distinct sessions actually offered to each role (a repeat and its original count once). */
  offered: Record<Role, CountsByType>;
  upcoming: ScheduledEvent[];
}

export interface Schedule {
  cohorts: CohortSchedule[];
  /** Every session of every cohort, earliest first. */
  events: ScheduledEvent[];
  byKey: Map<string, ScheduledEvent>;
  today: string;
}

export interface ScheduleInput {
  site: SiteConfig;
  programmes: Record<string, Programme>;
  venues: Record<string, Venue>;
  cohorts: Record<string, Cohort>;
  /** Sequence and last-modified time per lock key. */
  lock: Record<string, LockEntry>;
  today: string;
}

export function eventUid(site: SiteConfig, cohortId: string, eventId: string): string {
  return `${cohortId}/${eventId}@${new URL(site.url).host}`;
}

export function eventPath(cohortId: string, eventId: string): string {
  return `/events/${cohortId}/${eventId}/`;
}

const byStart = (a: ScheduledEvent, b: ScheduledEvent) => a.startUtc.localeCompare(b.startUtc) || a.cohortId.localeCompare(b.cohortId) || a.eventId.localeCompare(b.eventId);

function toEvent(input: ScheduleInput, cohortId: string, cohort: Cohort, programme: Programme, event: CohortEvent): ScheduledEvent {
  const zone = input.site.timeZone;
  const key = eventKey(cohortId, event.id);
  const published = input.lock[key];
  const venue = event.mode !== 'online' && event.venue && input.venues[event.venue] ? { id: event.venue, ...input.venues[event.venue]! } : undefined;
  const start = wallTimeToInstant(event.date, event.start, zone);
  const end = wallTimeToInstant(event.date, event.end, zone);
  const utc = (dt: typeof start) => dt.toUTC().toISO({ suppressMilliseconds: true })!;
  return {
    key,
    uid: eventUid(input.site, cohortId, event.id),
    cohortId,
    cohortTitle: cohort.title,
    eventId: event.id,
    type: event.type,
    title: event.title,
    date: event.date,
    start: event.start,
    end: event.end,
    startUtc: utc(start),
    endUtc: utc(end),
    startLocal: localIso(start),
    endLocal: localIso(end),
    mode: event.mode,
    venue,
    audience: event.audience,
    year: event.year,
    yearName: programme.years.find((y) => y.number === event.year)?.name ?? `Year ${event.year}`,
    cancelled: event.status === 'cancelled',
    note: event.note,
    repeatOf: event.repeatOf,
    alternatives: [],
    description: event.description,
    preWork: event.preWork,
    frameworkAreas: event.frameworkAreas,
    keyStages: event.keyStages ?? cohort.keyStages,
    contact: cohort.contact,
    sequence: published?.sequence ?? 0,
    modified: published?.modified ?? '1970-01-01T00:00:00Z',
    past: event.date < input.today,
    path: eventPath(cohortId, event.id),
    icsPath: `/events/${cohortId}/${event.id}.ics`,
  };
}

/**
 * Builds the whole schedule once per build: every session resolved (venue,
 * year name, UTC instants, alternatives, sequence), sorted and indexed, so pages
 * and feeds only look things up.
 */
export function buildSchedule(input: ScheduleInput): Schedule {
  const cohorts: CohortSchedule[] = [];
  const all: ScheduledEvent[] = [];
  for (const [cohortId, cohort] of Object.entries(input.cohorts)) {
    const programme = input.programmes[cohort.programme];
    if (!programme) throw new Error(`Cohort ${cohortId} names programme ${cohort.programme}, which does not exist; content checks should have stopped the build.`);
    const events = cohort.events.map((event) => toEvent(input, cohortId, cohort, programme, event)).sort(byStart);

    const groups = new Map<string, ScheduledEvent[]>();
    for (const event of events) {
      const root = event.repeatOf ?? event.eventId;
      const group = groups.get(root);
      if (group) group.push(event);
      else groups.set(root, [event]);
    }
    for (const event of events) {
      event.alternatives = (groups.get(event.repeatOf ?? event.eventId) ?? []).filter((other) => other !== event).map((other) => other.eventId);
    }

    const { events: _events, ...details } = cohort;
    cohorts.push({
      id: cohortId,
      title: cohort.title,
      cohort: details,
      programmeId: cohort.programme,
      programme,
      events,
      years: programme.years.map((year) => ({ number: year.number, name: year.name, summary: year.summary, events: events.filter((e) => e.year === year.number) })),
      offered: { ect: countScheduledSessions(cohort.events, 'ect').scheduled, mentor: countScheduledSessions(cohort.events, 'mentor').scheduled },
      upcoming: events.filter((e) => !e.past),
    });
    all.push(...events);
  }
  cohorts.sort((a, b) => b.cohort.startYear - a.cohort.startYear || a.title.localeCompare(b.title));
  all.sort(byStart);
  return { cohorts, events: all, byKey: new Map(all.map((e) => [e.key, e])), today: input.today };
}
