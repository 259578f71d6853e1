import type { Role } from '../../schemas/programme.ts';
import type { ScheduledEvent } from './build-schedule.ts';

export interface TermGroup<S> {
  id: string;
  name: string;
  sessions: S[];
  /** Minutes each role is expected to attend this term: one date of each session, cancelled sessions left out. */
  minutes: Record<Role, number>;
}

type Timed = Pick<ScheduledEvent, 'key' | 'eventId' | 'repeatOf' | 'term' | 'minutes' | 'audience' | 'cancelled'>;

/**
 * Sessions grouped by school term, in order, with the hours each role commits
 * in each term. A session offered on several dates counts once, in the term of
 * its first date that goes ahead.
 */
export function groupByTerm<S extends Timed>(sessions: readonly S[]): TermGroup<S>[] {
  const groups = new Map<string, TermGroup<S>>();
  const counted = new Set<string>();
  for (const session of sessions) {
    let group = groups.get(session.term.id);
    if (!group) {
      group = { id: session.term.id, name: session.term.name, sessions: [], minutes: { ect: 0, mentor: 0 } };
      groups.set(session.term.id, group);
    }
    group.sessions.push(session);
    const root = session.repeatOf ?? session.eventId;
    if (session.cancelled || counted.has(root)) continue;
    counted.add(root);
    for (const role of session.audience) group.minutes[role] += session.minutes;
  }
  return [...groups.values()];
}

/** "7 hours 30 minutes", "1 hour", "45 minutes", "no sessions". */
export function formatDuration(minutes: number): string {
  if (minutes <= 0) return 'no sessions';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours > 0 && `${hours} ${hours === 1 ? 'hour' : 'hours'}`, rest > 0 && `${rest} minutes`].filter(Boolean);
  return parts.join(' ');
}

/** The first session that has not finished and goes ahead, at `now` (milliseconds since 1970). */
export function nextSession<S extends Pick<ScheduledEvent, 'endUtc' | 'cancelled'>>(sessions: readonly S[], now: number): S | undefined {
  return sessions.find((s) => !s.cancelled && Date.parse(s.endUtc) > now);
}
