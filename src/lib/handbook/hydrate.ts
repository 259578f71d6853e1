import type { Programme } from '../../schemas/programme.ts';
import type { CohortModel, ScheduledEvent, VenueWithId } from '../schedule/build-schedule.ts';
import type { FeedDefinition, HandbookModel } from './model.ts';

/** A session as pages use it: with its venue joined in. */
export interface Session extends ScheduledEvent {
  venue?: VenueWithId;
}

export interface CohortView extends Omit<CohortModel, 'years'> {
  programme: Programme;
  events: Session[];
  years: { number: number; name: string; summary?: string; events: Session[] }[];
  /** Sessions on or after the build date, cancelled ones included. */
  upcoming: Session[];
}

export interface Handbook extends Omit<HandbookModel, 'schedule'> {
  cohorts: CohortView[];
  /** Every published session, earliest first. */
  events: Session[];
  session(key: string): Session | undefined;
  cohort(id: string): CohortView | undefined;
  /** The other dates of the same session, earliest first. */
  alternativesOf(session: Session): Session[];
  /** Changes to one session after it was first published (moved, cancelled, …), newest first. */
  changesOf(session: Pick<Session, 'key'>): HandbookModel['changes'];
  /** The sessions a feed publishes. */
  feedEvents(feed: FeedDefinition): Session[];
  /** A cohort's feeds: all its sessions, then one per role. */
  feedsOf(cohortId: string): FeedDefinition[];
}

/**
 * Turns the published model (plain JSON, each session once) into the view pages
 * use: sessions with their venues, cohorts with their sessions, and lookups by
 * key. Done once per build, when the data module is first imported.
 */
export function hydrate(model: HandbookModel): Handbook {
  const byKey = new Map<string, Session>();
  const events: Session[] = model.schedule.events.map((event) => {
    const session: Session = event.venueId ? { ...event, venue: model.venues[event.venueId] } : event;
    byKey.set(session.key, session);
    return session;
  });
  const pick = (keys: readonly string[]) => keys.map((key) => byKey.get(key)).filter((e): e is Session => e !== undefined);
  const cohorts: CohortView[] = model.schedule.cohorts.map(({ years, ...cohort }) => {
    const cohortEvents = pick(cohort.eventKeys);
    return {
      ...cohort,
      programme: model.programmes[cohort.programmeId]!,
      events: cohortEvents,
      years: years.map(({ eventKeys, ...year }) => ({ ...year, events: pick(eventKeys) })),
      upcoming: cohortEvents.filter((e) => !e.past),
    };
  });
  const byCohort = new Map(cohorts.map((c) => [c.id, c]));
  const changesByKey = new Map<string, HandbookModel['changes']>();
  for (const change of model.changes) {
    if (change.changes.includes('added')) continue;
    const list = changesByKey.get(change.key);
    if (list) list.push(change);
    else changesByKey.set(change.key, [change]);
  }
  const feedsByCohort = new Map<string, FeedDefinition[]>();
  for (const feed of model.feeds) {
    if (feed.scope.kind !== 'cohort') continue;
    const list = feedsByCohort.get(feed.scope.cohortId);
    if (list) list.push(feed);
    else feedsByCohort.set(feed.scope.cohortId, [feed]);
  }
  const { schedule: _schedule, ...rest } = model;
  return {
    ...rest,
    cohorts,
    events,
    session: (key) => byKey.get(key),
    cohort: (id) => byCohort.get(id),
    alternativesOf: (session) => pick(session.alternatives),
    changesOf: (session) => changesByKey.get(session.key) ?? [],
    feedsOf: (cohortId) => feedsByCohort.get(cohortId) ?? [],
    feedEvents(feed) {
      const { scope } = feed;
      if (scope.kind === 'all') return events;
      if (scope.kind === 'recruitment') return [];
      const cohortEvents = byCohort.get(scope.cohortId)?.events ?? [];
      return scope.role ? cohortEvents.filter((e) => e.audience.includes(scope.role!)) : cohortEvents;
    },
  };
}
