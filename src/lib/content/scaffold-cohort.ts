import { DateTime } from 'luxon';
import { eventTypes, roles, type EventType, type Programme, type Role } from '../../schemas/programme.ts';
import { schoolPhases } from '../../schemas/cohort.ts';
import { typeName } from '../schedule/describe-counts.ts';

export interface ScaffoldOptions {
  cohortId: string;
  programmeId: string;
  programme: Programme;
  startYear: number;
  phase: (typeof schoolPhases)[number];
  contact: string;
  /** A venue id for in-person sessions; without one, every placeholder is online. */
  venueId?: string;
}

const defaults: Record<EventType, { start: string; end: string; inPerson: boolean }> = {
  clinic: { start: '16:00', end: '17:00', inPerson: false },
  conference: { start: '09:00', end: '15:30', inPerson: true },
  induction: { start: '16:00', end: '17:30', inPerson: false },
  'mentor-training': { start: '13:00', end: '16:00', inPerson: false },
  workshop: { start: '09:30', end: '15:00', inPerson: true },
};

type Counts = Partial<Record<Role, Partial<Record<EventType, number>>>>;

/** Sessions per year: the year's own commitments where the programme states them, else the total shared out. */
function countsByYear(programme: Programme): Counts[] {
  const years = programme.years;
  if (years.every((year) => year.commitments)) return years.map((year) => year.commitments as Counts);
  return years.map((_, index) => {
    const share: Counts = {};
    for (const role of roles) {
      for (const type of eventTypes) {
        const total = programme.commitments[role]?.[type] ?? 0;
        // Earlier years take the remainder: 3 over 2 years is 2 then 1.
        const count = Math.floor(total / years.length) + (index < total % years.length ? 1 : 0);
        if (count > 0) (share[role] ??= {})[type] = count;
      }
    }
    return share;
  });
}

/** `count` weekdays spread from October to June of the academic year starting in `year`. */
function spreadDates(year: number, count: number): string[] {
  const first = DateTime.fromISO(`${year}-10-01`, { zone: 'utc' });
  const span = DateTime.fromISO(`${year + 1}-06-30`, { zone: 'utc' }).diff(first, 'days').days;
  return Array.from({ length: count }, (_, i) => {
    let date = first.plus({ days: Math.round((span * (i + 0.5)) / count) });
    while (date.weekday > 5) date = date.plus({ days: 1 });
    return date.toISODate()!;
  });
}

const quote = (text: string) => JSON.stringify(text);

/**
 * A cohort file with the programme's sessions as placeholders: a valid file,
 * marked `draft: true` so nothing is published until real dates are in.
 */
export function scaffoldCohort(options: ScaffoldOptions): string {
  const { programme } = options;
  const lastYear = options.startYear + programme.years.length;
  const lines = [
    '# yaml-language-server: $schema=../schemas/cohort.schema.json',
    `# Created by \`npm run new:cohort\` from content/programmes/${options.programmeId}.yaml.`,
    '# Replace each placeholder date, time and title, then remove `draft: true` to publish.',
    '# Sessions shared by ECTs and mentors are listed once with both in `audience`.',
    `title: ${quote(`${programme.title}, ${options.startYear} to ${lastYear}`)}`,
    `programme: ${options.programmeId}`,
    `startYear: ${options.startYear}`,
    `phase: ${options.phase}`,
    `contact: ${options.contact}`,
    'draft: true',
    'events:',
  ];
  countsByYear(programme).forEach((counts, index) => {
    const year = programme.years[index]!;
    const sessions: { type: EventType; audience: Role[] }[] = [];
    for (const type of eventTypes) {
      const ect = counts.ect?.[type] ?? 0;
      const mentor = counts.mentor?.[type] ?? 0;
      for (let i = 0; i < Math.max(ect, mentor); i++) {
        sessions.push({ type, audience: [...(i < ect ? (['ect'] as Role[]) : []), ...(i < mentor ? (['mentor'] as Role[]) : [])] });
      }
    }
    const dates = spreadDates(options.startYear + index, sessions.length);
    const perType = new Map<EventType, number>();
    sessions
      .map((session, i) => ({ ...session, date: dates[i]! }))
      .forEach((session) => {
        const n = (perType.get(session.type) ?? 0) + 1;
        perType.set(session.type, n);
        const { start, end, inPerson } = defaults[session.type];
        const mode = inPerson && options.venueId ? 'in-person' : 'online';
        lines.push(
          '',
          `  - id: y${year.number}-${session.type}-${n}`,
          `    type: ${session.type}`,
          `    title: ${quote(`${year.name} ${typeName(session.type)} ${n} (placeholder title)`)}`,
          `    date: ${session.date}   # placeholder: set the real date`,
          `    start: "${start}"`,
          `    end: "${end}"`,
          `    mode: ${mode}`,
          ...(mode === 'in-person' ? [`    venue: ${options.venueId}`] : []),
          `    audience: [${session.audience.join(', ')}]`,
          `    year: ${year.number}`,
        );
      });
  });
  return `${lines.join('\n')}\n`;
}
