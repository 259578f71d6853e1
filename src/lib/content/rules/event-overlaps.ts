import type { Role } from '../../../schemas/programme.ts';
import { formatDateWithDay } from '../../time/govuk-date.ts';
import type { ContentProblem } from '../problem.ts';
import { locateValue } from '../read-yaml.ts';
import { cohortFiles, originalIds, type IndexedEvent } from './cohort-files.ts';
import type { ContentRule } from '../types.ts';
import { problemAt } from './place.ts';

const roleWords: Record<Role, string> = { ect: 'ECTs', mentor: 'mentors' };

/**
 * Two sessions for the same people at the same time (a warning: it is allowed,
 * but usually a typo). Sorted sweep per day, so large schedules stay fast.
 */
export const eventOverlapsRule: ContentRule = (context) => {
  const problems: ContentProblem[] = [];
  for (const file of cohortFiles(context)) {
    // Same session offered twice (an original and its repeat, or two repeats of one original).
    const originals = originalIds(file);
    const alternatives = (a: IndexedEvent['event'], b: IndexedEvent['event']) => originals.get(a.id) === originals.get(b.id);
    const live = file.events
      .filter(({ event }) => event.status !== 'cancelled' && event.end > event.start)
      .sort((x, y) => x.event.date.localeCompare(y.event.date) || x.event.start.localeCompare(y.event.start));
    const pairs = new Map<string, { later: IndexedEvent; earlier: IndexedEvent; roles: Set<Role> }>();
    let open: IndexedEvent[] = [];
    for (const current of live) {
      open = open.filter((o) => o.event.date === current.event.date && o.event.end > current.event.start);
      for (const other of open) {
        if (alternatives(other.event, current.event)) continue;
        const shared = current.event.audience.filter((role) => other.event.audience.includes(role));
        if (shared.length === 0) continue;
        const key = `${other.index}:${current.index}`;
        const entry = pairs.get(key) ?? { earlier: other, later: current, roles: new Set<Role>() };
        shared.forEach((role) => entry.roles.add(role));
        pairs.set(key, entry);
      }
      open.push(current);
    }
    for (const { earlier, later, roles } of pairs.values()) {
      const { line } = locateValue(file.source, ['events', earlier.index]);
      problems.push(
        problemAt(
          file.source,
          ['events', later.index, 'start'],
          `overlaps "${earlier.event.title}" (events[${earlier.index}], line ${line}) on ${formatDateWithDay(later.event.date)}, and both are for ${[...roles].map((r) => roleWords[r]).join(' and ')}.`,
          'Check the date and times: nobody can attend both.',
          'warning',
        ),
      );
    }
  }
  return problems;
};
