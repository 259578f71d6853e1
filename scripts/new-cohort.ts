// npm run new:cohort -- --programme <id> --id <cohort-id> --start-year <year> --phase <phase> [--venue <venue-id>] [--force]
// Creates content/cohorts/<cohort-id>.yaml with a placeholder for every session the
// programme commits each role to, marked `draft: true` so nothing is published yet.
// Asks for anything left out when run in a terminal.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { schoolPhases } from '../src/schemas/cohort.ts';
import { checkContent } from '../src/lib/content/check-content.ts';
import { contentDir, displayPath } from '../src/lib/content/content-dir.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { checkAnswer, createCohort, type NewCohortAnswers } from '../src/lib/content/new-cohort.ts';
import { formatProblem, formatReport } from '../src/lib/content/problem.ts';
import { nearest } from '../src/lib/content/suggest.ts';

const usage = `Usage: npm run new:cohort -- --programme <id> --id <cohort-id> --start-year <year> --phase <${schoolPhases.join('|')}> [--venue <venue-id>] [--force]

Creates content/cohorts/<cohort-id>.yaml with a placeholder for each session the
programme commits ECTs and mentors to, marked draft: true so nothing is published
until you have put in the real dates.

  --programme   the id of a file in content/programmes
  --id          the new cohort's id, for example ecte-2027-primary-b (the file name)
  --start-year  the year the cohort starts, for example 2027
  --phase       ${schoolPhases.join(', ')}
  --venue       the id of a file in content/venues, for in-person sessions (optional)
  --force       replace the file if it already exists`;

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let values: { programme?: string; id?: string; 'start-year'?: string; phase?: string; venue?: string; force?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      programme: { type: 'string' },
      id: { type: 'string' },
      'start-year': { type: 'string' },
      phase: { type: 'string' },
      venue: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  const message = error instanceof Error ? error.message.split('. ')[0]! : String(error);
  const unknown = /Unknown option '--?([^']+)'/.exec(message)?.[1];
  const guess = unknown ? nearest(unknown, ['programme', 'id', 'start-year', 'phase', 'venue', 'force', 'help']) : undefined;
  fail(`${message}.${guess ? ` Did you mean --${guess}?` : ''}\n\n${usage}`, 2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const dir = contentDir();
const { content, problems } = loadContent(dir);
if (!content) {
  fail(`${formatReport(problems)}\nStopped: ${displayPath(dir)}/site.yaml must be right before a cohort can be added (it gives the contact email).`);
}
const programmes = Object.keys(content.programmes).sort();
const venues = Object.keys(content.venues).sort();
if (programmes.length === 0)
  fail(
    `There are no programmes in ${displayPath(dir)}/programmes${problems.length ? ' that pass their checks (run npm run check)' : ''}: add one before adding a cohort.`,
  );

const answers: NewCohortAnswers = {
  programme: values.programme,
  id: values.id,
  startYear: values['start-year'],
  phase: values.phase,
  venue: values.venue,
};
const required = ['programme', 'id', 'startYear', 'phase'] as const;
const flag = { programme: '--programme', id: '--id', startYear: '--start-year', phase: '--phase' } as const;
const missing = required.filter((key) => !answers[key]);

if (missing.length > 0) {
  if (!process.stdin.isTTY) {
    fail(
      `Missing ${missing.map((key) => flag[key]).join(', ')}.\n\n${usage}\n\nProgrammes: ${programmes.join(', ')}\nVenues: ${venues.join(', ') || 'none yet'}`,
      2,
    );
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (question: string, check: (value: string) => string | undefined): Promise<string> => {
    for (;;) {
      const answer = (await prompt.question(question)).trim();
      const problem = check(answer);
      if (!problem) return answer;
      console.log(problem);
    }
  };
  const questions: Record<(typeof required)[number], () => Promise<string>> = {
    programme: () => ask(`Programme (${programmes.join(', ')}): `, (value) => checkAnswer.programme(value, content)),
    id: () => ask('Cohort id, for example ecte-2027-primary-b: ', checkAnswer.id),
    startYear: () => ask('Year the cohort starts, for example 2027: ', checkAnswer.startYear),
    phase: () => ask(`Phase (${schoolPhases.join(', ')}): `, checkAnswer.phase),
  };
  for (const key of missing) answers[key] = await questions[key]();
  if (answers.venue === undefined && venues.length > 0) {
    answers.venue = await ask(`Venue for in-person sessions (${venues.join(', ')}; leave empty for online only): `, (value) =>
      checkAnswer.venue(value, content),
    );
  }
  prompt.close();
}

const created = createCohort(content, answers as Parameters<typeof createCohort>[1], { force: values.force });
if ('problems' in created) fail(created.problems.join('\n'));

// The file is made to pass every check; say so plainly if something in content/ disagrees.
const own = checkContent(dir).problems.filter((problem) => problem.file === displayPath(created.path));
const file = displayPath(created.path);
console.log(
  `Created ${file}: ${created.sessions} placeholder sessions from content/programmes/${answers.programme}.yaml, marked draft: true (checked, not published).`,
);
if (own.length > 0) console.log(`\nIt has ${own.length} problem${own.length === 1 ? '' : 's'} to fix:\n${own.map(formatProblem).join('\n')}`);
console.log(`
Next:
  1. Open ${file} and set each session's real date, times and title: search for "placeholder".
  2. ${answers.venue ? `In-person sessions are at ${answers.venue}: change \`venue:\` where a session is elsewhere.` : 'Every session is online: for one held in person, set `mode: in-person` and add `venue:` with the id of a file in content/venues.'}
  3. Add a repeat date for a session with \`repeatOf: <id of the session>\`.
  4. Run npm run check to see any problem.
  5. When the dates are final, delete the line \`draft: true\` to publish the cohort.`);
