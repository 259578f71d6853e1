import type { Cohort, CohortEvent, Mode } from '../../schemas/cohort.ts';
import type { EventType, Programme, Role } from '../../schemas/programme.ts';
import type { Venue } from '../../schemas/venue.ts';
import { localIso, wallTimeToInstant } from '../time/wall-time.ts';
import { countScheduledSessions, type CountsByType } from './count-sessions.ts';
import { termOf } from './terms.ts';
import { ukZone } from '../time/uk-zone.ts';

export interface VenueWithId extends Venue {
  id: string;
}

/** One session, with everything a page or a feed needs already worked out. Plain JSON. */
export interface ScheduledEvent {
  /** Key in the publication lock: `cohorts/<cohort>/<event>`. */
  key: string;
  /** Calendar UID: made only from the cohort id, event id and the host calendars were first published on. */
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
  /** Length in minutes. */
  minutes: number;
  /** School term, for example `{ id: '2026-autumn', name: 'Autumn term 2026' }`. */
  term: { id: string; name: string };
  mode: Mode;
  /** Id of a file in content/venues, for in-person and hybrid sessions. */
  venueId?: string;
  audience: Role[];
  year: number;
  yearName: string;
  cancelled: boolean;
  note?: string;
  /** The session this one repeats, if it is an alternative date. */
  repeatOf?: string;
  /** Keys of the other dates for the same session (the original and its repeats, not this one), in date order. */
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

export interface CohortModel {
  id: string;
  title: string;
  programmeId: string;
  startYear: number;
  phase: Cohort['phase'];
  keyStages?: string[];
  contact: string;
  description?: string;
  /** The cohort's sessions, earliest first. */
  eventKeys: string[];
  years: { number: number; name: string; summary?: string; eventKeys: string[] }[];
  /** Distinct sessions actually offered to each role (a repeat and its original count once). */
  offered: Record<Role, CountsByType>;
}

export interface ScheduleModel {
  /** Published cohorts, newest intake first. */
  cohorts: CohortModel[];
  /** Every session of every published cohort, earliest first. */
  events: ScheduledEvent[];
}

export interface ScheduleInput {
  /** Host that calendar UIDs are made with (the publication lock's). */
  uidHost: string;
  programmes: Record<string, Programme>;
  cohorts: Record<string, Cohort>;
  venues: Record<string, Venue>;
  /** Sequence and last-modified time per lock key. */
  lock: Record<string, { sequence: number; modified: string }>;
  today: string;
}

export function eventKey(cohortId: string, eventId: string): string {
  return `cohorts/${cohortId}/${eventId}`;
}

export function eventUid(host: string, cohortId: string, eventId: string): string {
  return `${cohortId}/${eventId}@${host}`;
}

export function eventPath(cohortId: string, eventId: string): string {
  return `/events/${cohortId}/${eventId}/`;
}

const byStart = (a: ScheduledEvent, b: ScheduledEvent) => a.startUtc.localeCompare(b.startUtc) || a.cohortId.localeCompare(b.cohortId) || a.eventId.localeCompare(b.eventId);

function toEvent(input: ScheduleInput, cohortId: string, cohort: Cohort, programme: Programme, event: CohortEvent): ScheduledEvent {
  const zone = ukZone;
  const key = eventKey(cohortId, event.id);
  const published = input.lock[key];
  const start = wallTimeToInstant(event.date, event.start, zone);
  const end = wallTimeToInstant(event.date, event.end, zone);
  const utc = (dt: typeof start) => dt.toUTC().toISO({ suppressMilliseconds: true })!;
  return {
    key,
    uid: eventUid(input.uidHost, cohortId, event.id),
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
    minutes: Math.round((end.toMillis() - start.toMillis()) / 60_000),
    term: termOf(event.date),
    mode: event.mode,
    venueId: event.mode !== 'online' && event.venue && input.venues[event.venue] ? event.venue : undefined,
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
 * Builds the whole schedule once per build: every published session resolved
 * (year name, UTC instants, term, alternatives, sequence), sorted and keyed, so
 * pages and feeds only look things up. Draft cohorts are left out.
 */
export function buildSchedule(input: ScheduleInput): ScheduleModel {
  const cohorts: CohortModel[] = [];
  const all: ScheduledEvent[] = [];
  for (const [cohortId, cohort] of Object.entries(input.cohorts)) {
    if (cohort.draft) continue;
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
      event.alternatives = (groups.get(event.repeatOf ?? event.eventId) ?? []).filter((other) => other !== event).map((other) => other.key);
    }

    cohorts.push({
      id: cohortId,
      title: cohort.title,
      programmeId: cohort.programme,
      startYear: cohort.startYear,
      phase: cohort.phase,
      keyStages: cohort.keyStages,
      contact: cohort.contact,
      description: cohort.description,
      eventKeys: events.map((e) => e.key),
      years: programme.years.map((year) => ({ number: year.number, name: year.name, summary: year.summary, eventKeys: events.filter((e) => e.year === year.number).map((e) => e.key) })),
      offered: { ect: countScheduledSessions(cohort.events, 'ect').scheduled, mentor: countScheduledSessions(cohort.events, 'mentor').scheduled },
    });
    all.push(...events);
  }
  cohorts.sort((a, b) => b.startYear - a.startYear || a.title.localeCompare(b.title));
  all.sort(byStart);
  return { cohorts, events: all };
}
