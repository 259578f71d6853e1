import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { formatProblem, sortProblems } from '../../../src/lib/content/problem.ts';

/**
 * The smallest content folder that passes every check with no warning: a hub,
 * one programme (2 clinics and a conference for ECTs, the conference for
 * mentors), one venue, one cohort meeting those commitments, one recruitment
 * window and one handbook page. Each broken case changes one thing in it.
 */
export const minimalContent: Record<string, string> = {
  'site.yaml': `name: Testfield Teaching School Hub
shortName: Testfield TSH
region: Testfield
url: https://handbook.example.org
contactEmail: team@example.org
leadProvider:
  name: Ambition Institute
  platform: Steplab
theme:
  accent: "#1d70b8"
`,
  'programmes/ecte.yaml': `title: ECT programme
provider: Ambition Institute
statutory: true
years:
  - number: 1
    name: Year 1
  - number: 2
    name: Year 2
commitments:
  ect:
    clinic: 2
    conference: 1
  mentor:
    conference: 1
`,
  'venues/hub-centre.yaml': `name: Testfield Learning Centre
address:
  - 1 Mill Lane
  - Testfield
postcode: TE1 4ST
accessibility: Step-free entrance and a hearing loop.
`,
  'cohorts/cohort-a.yaml': `title: ECT programme 2026 to 2028, cohort A
programme: ecte
startYear: 2026
phase: primary
contact: team@example.org
description: For primary early career teachers and their mentors.
events:
  - id: y1-conference-1
    type: conference
    title: Welcome conference
    date: 2026-10-01
    start: "09:00"
    end: "15:30"
    mode: in-person
    venue: hub-centre
    audience: [ect, mentor]
    year: 1

  - id: y1-clinic-1
    type: clinic
    title: A positive learning environment
    date: 2026-10-20
    start: "16:00"
    end: "17:00"
    mode: online
    audience: [ect]
    year: 1

  - id: y2-clinic-1
    type: clinic
    title: Adaptive teaching
    date: 2027-10-19
    start: "16:00"
    end: "17:00"
    mode: online
    audience: [ect]
    year: 2
`,
  'recruitment/facilitators-2026.yaml': `title: Facilitator recruitment for 2026 to 2027
academicYear: 2026/27
opens: 2026-03-23
closes: 2026-05-08
apply:
  email: team@example.org
  instructions: Email the programme team with a CV.
informationSessions:
  - id: info-1
    date: 2026-04-15
    start: "16:00"
    end: "17:00"
    mode: online
`,
  'handbook/index.mdx': `---
title: Welcome
description: The handbook for early career teachers.
lastReviewed: 2026-11-23
---
import { ContactEmail } from '@handbook/components';

Email the programme team at <ContactEmail />.
`,
  // A hub that has started its own lock and not yet published (npm run lock -- --new-hub).
  'calendar.lock.json': '{\n  "version": 2,\n  "items": {},\n  "history": []\n}\n',
};

/** One change to the minimal content: a new text for a file, an edit of its text, or `null` to delete it. */
export type Overlay = Record<string, string | ((text: string) => string) | null>;

/** An edit that replaces the first occurrence of `find` (which must be there) with `replacement`. */
export function replace(find: string | RegExp, replacement: string): (text: string) => string {
  return (text) => {
    if (typeof find === 'string' ? !text.includes(find) : !find.test(text)) throw new Error(`The fixture has no ${String(find)} to replace.`);
    return text.replace(find, replacement);
  };
}

/** An edit that adds `extra` at the end of the file. */
export function append(extra: string): (text: string) => string {
  return (text) => `${text.replace(/\n*$/, '\n')}${extra}`;
}

let base: string | undefined;
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.length = 0;
  base = undefined;
});

function write(dir: string, path: string, text: string) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** A fresh copy of the minimal content folder in a temporary directory, with `overlay` applied. */
export function contentFolder(overlay: Overlay = {}): string {
  if (!base) {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'handbook-minimal-')));
    made.push(base);
    for (const [path, text] of Object.entries(minimalContent)) write(base, path, text);
  }
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'handbook-case-')));
  made.push(dir);
  cpSync(base, dir, { recursive: true });
  for (const [path, change] of Object.entries(overlay)) {
    if (change === null) rmSync(join(dir, path), { force: true });
    else if (typeof change === 'string') write(dir, path, change);
    else write(dir, path, change(minimalContent[path] ?? ''));
  }
  return dir;
}

/** Replaces the temporary folder's path with `content`, as the administrator's own folder would read. */
export function asContent(text: string, dir: string): string {
  return text.split(dir).join('content');
}

/** Every problem `checkContent` reports for `dir`, formatted as `npm run check` prints it. */
export function problemsIn(dir: string): string[] {
  // As of a fixed day, so what is past or due for review never moves with the clock.
  const { problems } = checkContent(dir, { today: '2026-11-23' });
  return sortProblems(problems).map((problem) => asContent(formatProblem(problem), dir));
}

/** The problems an administrator sees after making the change `overlay` to the minimal content. */
export function problemsWith(overlay: Overlay): string[] {
  return problemsIn(contentFolder(overlay));
}
