import { eventTypes, roles, type EventType, type Role } from '../../../schemas/programme.ts';
import { countOf, typeName } from '../../schedule/describe-counts.ts';
import { countScheduledSessions } from '../../schedule/count-sessions.ts';
import type { ContentProblem } from '../problem.ts';
import { cohortFiles, hasBrokenReferences } from './cohort-files.ts';
import type { ContentRule } from '../types.ts';
import { problemAt } from './place.ts';

const roleWords: Record<Role, string> = { ect: 'ECTs', mentor: 'mentors' };

/**
 * A cohort must offer each role at least the sessions its programme commits that
 * role to (a repeat and its original count once); more is allowed but flagged.
 */
export const commitmentsRule: ContentRule = (context) => {
  const problems: ContentProblem[] = [];
  for (const file of cohortFiles(context)) {
    if (!file.valid || !file.programmeId || hasBrokenReferences(file)) continue;
    const programme = context.content?.programmes[file.programmeId];
    if (!programme) continue;
    const events = file.events.map(({ event }) => event);
    for (const role of roles) {
      const committed = programme.commitments[role] ?? {};
      const { scheduled, cancelledWithoutRepeat } = countScheduledSessions(events, role);
      for (const type of eventTypes) {
        const want = committed[type as EventType] ?? 0;
        const have = scheduled[type] ?? 0;
        if (have === want) continue;
        const lost = cancelledWithoutRepeat[type] ?? 0;
        const lostNote = lost > 0 ? ` (${countOf(lost, type)} cancelled without a repeat)` : '';
        if (have < want) {
          problems.push(
            problemAt(
              file.source,
              ['events'],
              `schedules ${countOf(have, type)} for ${roleWords[role]}${lostNote}, but programme ${file.programmeId} commits ${roleWords[role]} to ${countOf(want, type)}.`,
              `Add the missing ${typeName(type, want - have)}${lost > 0 ? ' or a repeat date for the cancelled one' : ''}, or check each session's \`type\` and \`audience\`.`,
            ),
          );
        } else {
          problems.push(
            problemAt(
              file.source,
              ['events'],
              `schedules ${countOf(have, type)} for ${roleWords[role]}, more than the ${countOf(want, type)} programme ${file.programmeId} commits them to.`,
              `If a session is an alternative date for another, add \`repeatOf:\` to it; otherwise check its \`audience\` and \`type\`.`,
              'warning',
            ),
          );
        }
      }
    }
  }
  return problems;
};
