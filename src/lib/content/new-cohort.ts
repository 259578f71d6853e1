import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schoolPhases } from '../../schemas/cohort.ts';
import { displayPath } from './content-dir.ts';
import type { HandbookContent } from './load-content.ts';
import { scaffoldCohort } from './scaffold-cohort.ts';
import { listOr, nearest } from './suggest.ts';

/** What `npm run new:cohort` asks for. */
export interface NewCohortAnswers {
  programme?: string;
  id?: string;
  startYear?: string;
  phase?: string;
  venue?: string;
}

export type Phase = (typeof schoolPhases)[number];

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function oneOf(value: string, known: readonly string[], what: string, where?: string): string | undefined {
  if (known.includes(value)) return undefined;
  if (known.length === 0) return `"${value}" is not ${what}: there are none in ${where} yet.`;
  // `hub-centre` for `oakfield-hub-centre`: a near spelling, or the only id that contains what was typed.
  const containing = known.filter((id) => value.length >= 3 && id.includes(value.toLowerCase()));
  const guess = nearest(value, known) ?? (containing.length === 1 ? containing[0] : undefined);
  const choices = known.length === 1 ? (guess ? '' : ` Choose ${known[0]}.`) : ` Choose one of ${listOr([...known])}.`;
  return `"${value}" is not ${what}${where ? ` in ${where}` : ''}.${guess ? ` Did you mean ${guess}?` : ''}${choices}`;
}

/**
 * Checks one answer; returns what is wrong with it in plain words, or
 * undefined when it is fine. Used for flags and for answers typed at a prompt.
 */
export const checkAnswer = {
  programme: (value: string, content: HandbookContent) => oneOf(value, Object.keys(content.programmes).sort(), 'a programme', 'content/programmes'),
  venue: (value: string, content: HandbookContent) =>
    value === '' ? undefined : oneOf(value, Object.keys(content.venues).sort(), 'a venue', 'content/venues'),
  phase: (value: string) => oneOf(value, schoolPhases, 'a school phase'),
  startYear: (value: string) =>
    /^\d{4}$/.test(value) && Number(value) >= 2020 && Number(value) <= 2100
      ? undefined
      : `"${value}" is not a start year: write the year the cohort starts in full, for example 2027.`,
  id: (value: string) => {
    if (slug.test(value) && value.length <= 80) return undefined;
    const suggestion = value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80);
    return `"${value}" cannot be a cohort id: use lower-case letters, digits and single dashes${suggestion ? `, for example ${suggestion}` : ''}. It becomes the file name and part of web addresses.`;
  },
};

export interface CreatedCohort {
  path: string;
  text: string;
  sessions: number;
}

/**
 * Writes `content/cohorts/<id>.yaml` from the programme's commitments. Returns
 * what is wrong instead when an answer is not valid or the file exists.
 */
export function createCohort(
  content: HandbookContent,
  answers: Required<Omit<NewCohortAnswers, 'venue'>> & { venue?: string },
  options: { force?: boolean } = {},
): CreatedCohort | { problems: string[] } {
  const problems = [
    checkAnswer.programme(answers.programme, content) && `--programme: ${checkAnswer.programme(answers.programme, content)}`,
    checkAnswer.id(answers.id) && `--id: ${checkAnswer.id(answers.id)}`,
    checkAnswer.startYear(answers.startYear) && `--start-year: ${checkAnswer.startYear(answers.startYear)}`,
    checkAnswer.phase(answers.phase) && `--phase: ${checkAnswer.phase(answers.phase)}`,
    answers.venue !== undefined && checkAnswer.venue(answers.venue, content) && `--venue: ${checkAnswer.venue(answers.venue, content)}`,
  ].filter((problem): problem is string => Boolean(problem));
  const folder = join(content.dir, 'cohorts');
  const path = join(folder, `${answers.id}.yaml`);
  if (problems.length === 0 && !options.force && (existsSync(path) || existsSync(join(folder, `${answers.id}.yml`)))) {
    problems.push(
      `${displayPath(path)} already exists. Choose another --id, or add --force to replace it (its sessions would be lost: never replace a published cohort).`,
    );
  }
  if (problems.length > 0) return { problems };

  const text = scaffoldCohort({
    cohortId: answers.id,
    programmeId: answers.programme,
    programme: content.programmes[answers.programme]!,
    startYear: Number(answers.startYear),
    phase: answers.phase as Phase,
    contact: content.site.contactEmail,
    venueId: answers.venue || undefined,
  });
  mkdirSync(folder, { recursive: true });
  writeFileSync(path, text);
  return { path, text, sessions: text.match(/^ {2}- id: /gm)?.length ?? 0 };
}
