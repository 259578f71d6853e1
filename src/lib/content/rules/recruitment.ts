import { formatDate } from '../../time/govuk-date.ts';
import type { ContentProblem } from '../problem.ts';
import type { ContentRule } from '../types.ts';
import { problemAt } from './place.ts';
import { clockChangeProblem } from './event-times.ts';
import { ukZone } from '../../time/uk-zone.ts';

/** A recruitment window must close after it opens; its information sessions must make sense in time. */
export const recruitmentRule: ContentRule = (context) => {
  const problems: ContentProblem[] = [];
  const zone = ukZone;
  for (const [id, window] of Object.entries(context.content?.recruitment ?? {})) {
    const source = context.sources.recruitment[id]!;
    if (window.closes < window.opens) {
      problems.push(problemAt(source, ['closes'], `is ${formatDate(window.closes)}, before the window opens (${formatDate(window.opens)}).`, 'Swap `opens` and `closes`, or correct the dates.'));
    }
    window.informationSessions.forEach((session, index) => {
      const at = ['informationSessions', index] as const;
      if (session.end <= session.start) {
        problems.push(problemAt(source, [...at, 'end'], `ends at ${session.end}, ${session.end === session.start ? 'the time it starts' : `before it starts (${session.start})`}.`, 'Swap them or correct the time.'));
      }
      for (const key of ['start', 'end'] as const) {
        const problem = clockChangeProblem(source, [...at, key], session.date, session[key], zone);
        if (problem) problems.push(problem);
      }
    });
  }
  return problems;
};
