import type { CohortEvent } from '../../schemas/cohort.ts';
import type { EventType, Role } from '../../schemas/programme.ts';

export type CountsByType = Partial<Record<EventType, number>>;

/**
 * Distinct sessions a role is offered: an original and its repeats are one
 * session, which counts if any of its dates still goes ahead.
 */
export function countScheduledSessions(events: readonly CohortEvent[], role: Role): { scheduled: CountsByType; cancelledWithoutRepeat: CountsByType } {
  const groups = new Map<string, { type: EventType; live: boolean }>();
  for (const event of events) {
    if (!event.audience.includes(role)) continue;
    const key = event.repeatOf ?? event.id;
    const group = groups.get(key) ?? { type: event.type, live: false };
    if (!event.repeatOf) group.type = event.type;
    group.live ||= event.status !== 'cancelled';
    groups.set(key, group);
  }
  const scheduled: CountsByType = {};
  const cancelledWithoutRepeat: CountsByType = {};
  for (const { type, live } of groups.values()) {
    const target = live ? scheduled : cancelledWithoutRepeat;
    target[type] = (target[type] ?? 0) + 1;
  }
  return { scheduled, cancelledWithoutRepeat };
}
