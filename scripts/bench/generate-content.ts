// Synthetic but realistic content for the benchmark: a hub's pages, site.yaml,
// glossary, sources and recruitment, plus as many cohorts as it takes to reach N
// sessions. Each cohort follows the ECTE pattern (6 ECT clinics, 3 conferences,
// 3 mentor clinics, with a cancelled session and its repeat), across 40 venues,
// under a programme of the benchmark's own, so any hub's content can be used.
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const topics = [
  'Creating a positive learning environment',
  'How pupils learn and remember',
  'Adaptive teaching in the classroom',
  'Explaining and modelling new content',
  'Questioning to check understanding',
  'Assessment that informs the next lesson',
  'Managing workload and wellbeing',
  'Subject knowledge and the curriculum',
  'Routines and high expectations',
];

const phases = ['primary', 'secondary', 'all-through'] as const;

/** Session dates for one cohort: weekdays spread over two academic years, GMT and BST. */
function dateFor(startYear: number, index: number, of: number): string {
  const first = Date.UTC(startYear, 9, 1);
  const span = Date.UTC(startYear + 2, 5, 30) - first;
  const day = new Date(first + Math.round((span * (index + 0.5)) / of));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function cohortYaml(n: number, venueCount: number): string {
  const startYear = 2024 + (n % 4);
  const venue = `bench-venue-${(n % venueCount) + 1}`;
  const events: string[] = [];
  const plan: { id: string; type: string; audience: string; repeatOf?: string; status?: string }[] = [];
  for (let i = 1; i <= 6; i++) plan.push({ id: `ect-clinic-${i}`, type: 'clinic', audience: '[ect]' });
  plan.push({ id: 'ect-clinic-2-repeat', type: 'clinic', audience: '[ect]', repeatOf: 'ect-clinic-2' });
  plan[1]!.status = 'cancelled';
  for (let i = 1; i <= 3; i++) plan.push({ id: `mentor-clinic-${i}`, type: 'clinic', audience: '[mentor]' });
  for (let i = 1; i <= 3; i++) plan.push({ id: `conference-${i}`, type: 'conference', audience: i === 2 ? '[ect]' : '[ect, mentor]' });
  // Sessions in date order; a repeat follows its original a week or so later.
  const ordered = plan.map((session, i) => ({ ...session, date: dateFor(startYear, i, plan.length) }));
  ordered.forEach((session, i) => {
    const year = session.date < `${startYear + 1}-09-01` ? 1 : 2;
    const inPerson = session.type === 'conference';
    events.push(
      [
        `  - id: ${session.id}`,
        `    type: ${session.type}`,
        `    title: ${topics[(n + i) % topics.length]}`,
        `    date: ${session.date}`,
        `    start: "${inPerson ? '09:00' : '16:00'}"`,
        `    end: "${inPerson ? '15:30' : '17:00'}"`,
        `    mode: ${inPerson ? 'in-person' : 'online'}`,
        ...(inPerson ? [`    venue: ${venue}`] : []),
        `    audience: ${session.audience}`,
        `    year: ${year}`,
        ...(session.repeatOf ? [`    repeatOf: ${session.repeatOf}`] : []),
        ...(session.status ? ['    status: cancelled', '    note: Cancelled because the facilitator is unwell; please join the repeat.'] : []),
        `    description: Bring an example from your own class. We look at what the research says and plan one change to try next week.`,
      ].join('\n'),
    );
  });
  return [
    `title: ECT programme ${startYear} to ${startYear + 2}, ${phases[n % 3]} cohort ${n}`,
    'programme: bench-ecte',
    `startYear: ${startYear}`,
    `phase: ${phases[n % 3]}`,
    'contact: ect-programme@example.org',
    'events:',
    ...events,
    '',
  ].join('\n');
}

export const sessionsPerCohort = 13;

/** Writes a content folder with about `events` sessions into `dir`; returns the exact count. */
export function generateContent(sampleDir: string, dir: string, events: number): { cohorts: number; events: number } {
  mkdirSync(dir, { recursive: true });
  // The hub as it is (its pages link to its own cohorts), then the synthetic cohorts beside its own.
  for (const entry of readdirSync(sampleDir)) {
    if (entry !== 'schemas') cpSync(join(sampleDir, entry), join(dir, entry), { recursive: true });
  }
  // A hub that has never built has no lock yet: start one, as `npm run lock -- --new-hub` does.
  if (!existsSync(join(dir, 'calendar.lock.json'))) writeFileSync(join(dir, 'calendar.lock.json'), '{\n  "version": 2,\n  "items": {},\n  "history": []\n}\n');
  mkdirSync(join(dir, 'programmes'), { recursive: true });
  writeFileSync(
    join(dir, 'programmes', 'bench-ecte.yaml'),
    ['title: Early career teacher entitlement (benchmark)', 'provider: A lead provider', 'statutory: true', 'years:', '  - number: 1', '    name: Year 1', '  - number: 2', '    name: Year 2', 'commitments:', '  ect: { clinic: 6, conference: 3 }', '  mentor: { clinic: 3, conference: 2 }', ''].join('\n'),
  );
  mkdirSync(join(dir, 'venues'), { recursive: true });
  mkdirSync(join(dir, 'cohorts'), { recursive: true });
  const venueCount = 40;
  for (let v = 1; v <= venueCount; v++) {
    writeFileSync(join(dir, 'venues', `bench-venue-${v}.yaml`), `name: Training Centre ${v}\naddress: [${v} Station Road, Town ${v}]\npostcode: AB${v % 90 + 1} ${v % 9}CD\naccessibility: Step-free entrance and a hearing loop.\n`);
  }
  const cohorts = Math.round(events / sessionsPerCohort);
  mkdirSync(join(dir, 'cohorts'), { recursive: true });
  for (let n = 1; n <= cohorts; n++) writeFileSync(join(dir, 'cohorts', `cohort-${String(n).padStart(4, '0')}.yaml`), cohortYaml(n, venueCount));
  return { cohorts, events: cohorts * sessionsPerCohort };
}
