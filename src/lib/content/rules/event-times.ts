import { formatDateWithDay } from '../../time/govuk-date.ts';
import { wallTimeKind, wallTimeToInstant } from '../../time/wall-time.ts';
import type { ContentProblem } from '../problem.ts';
import { cohortFiles } from './cohort-files.ts';
import type { ContentRule } from '../types.ts';
import { problemAt } from './place.ts';
import { ukZone } from '../../time/uk-zone.ts';

function zoneWords(zone: string): string {
  return zone === 'Europe/London' ? 'UK time' : `${zone} time`;
}

/** Checks a wall time against the zone's clock changes. */
export function clockChangeProblem(
  source: Parameters<typeof problemAt>[0],
  path: readonly PropertyKey[],
  date: string,
  time: string,
  zone: string,
): ContentProblem | undefined {
  const kind = wallTimeKind(date, time, zone);
  if (kind === 'normal') return undefined;
  const day = formatDateWithDay(date);
  if (kind === 'skipped') {
    return problemAt(
      source,
      path,
      `${time} on ${day} does not exist in ${zoneWords(zone)}: the clocks go forward an hour that night, skipping it.`,
      'Choose a time outside the skipped hour (in the UK, before 01:00 or from 02:00).',
    );
  }
  const first = wallTimeToInstant(date, time, zone);
  return problemAt(
    source,
    path,
    `${time} on ${day} happens twice in ${zoneWords(zone)}: the clocks go back an hour that night. Calendars will use the first one (${first.toUTC().toFormat('HH:mm')} UTC).`,
    'Move the session out of the repeated hour (in the UK, 01:00 to 01:59) so nobody is an hour out.',
    'warning',
  );
}

/** Times that cannot be right: end not after start, and times the clocks skip or repeat. */
export const eventTimesRule: ContentRule = (context) => {
  const zone = ukZone;
  const problems: ContentProblem[] = [];
  for (const file of cohortFiles(context)) {
    for (const { index, event } of file.events) {
      const at = ['events', index] as const;
      if (event.end <= event.start) {
        problems.push(
          problemAt(
            file.source,
            [...at, 'end'],
            event.end === event.start ? `ends at ${event.end}, the time it starts.` : `ends at ${event.end}, before it starts (${event.start}).`,
            event.end === event.start ? 'Correct the end time.' : 'Swap them or correct the time.',
          ),
        );
      }
      for (const key of ['start', 'end'] as const) {
        const problem = clockChangeProblem(file.source, [...at, key], event.date, event[key], zone);
        if (problem) problems.push(problem);
      }
    }
  }
  return problems;
};
