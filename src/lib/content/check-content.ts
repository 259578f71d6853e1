import { lockClock } from '../calendar/publication-lock.ts';
import { buildModel } from '../handbook/build-model.ts';
import type { HandbookModel } from '../handbook/model.ts';
import { buildToday } from '../time/build-date.ts';
import { loadContent, type HandbookContent } from './load-content.ts';
import type { ContentProblem } from './problem.ts';
import { checkPublication, type Publication } from './publication.ts';
import { contentRules } from './rules/index.ts';
import type { CheckOptions } from './types.ts';
import { ukZone } from '../time/uk-zone.ts';

export type { CheckOptions } from './types.ts';
export type { Publication } from './publication.ts';

export interface CheckedContent {
  /** Every problem found, errors and warnings. */
  problems: ContentProblem[];
  /** The content as validated, file by file (present once site.yaml can be read). */
  content?: HandbookContent;
  /** What the calendar feeds will publish, compared with what they published before. */
  publication?: Publication;
  /** Everything the site publishes, when there are no errors. */
  model?: HandbookModel;
}

/** The build date: `HANDBOOK_TODAY=YYYY-MM-DD` pins it, so tests and rebuilds do not depend on the clock. */
export function optionsFromEnv(zone: string, env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): Required<CheckOptions> {
  return { today: buildToday(zone, env, now), now: lockClock(env, now) };
}

/**
 * The one road from a content folder to what the site publishes: reads every
 * file, validates it, applies the rules across files, reconciles the calendar
 * publication lock and, when nothing is wrong, works out the published model.
 * `npm run check`, the build and the dev server all call this, so an
 * administrator meets the same message everywhere, and pages only ever see
 * content that passed.
 */
export function checkContent(dir: string, options: CheckOptions = {}): CheckedContent {
  const { content, sources, problems } = loadContent(dir);
  const defaults = optionsFromEnv(ukZone);
  const resolved = { today: options.today ?? defaults.today, now: options.now ?? defaults.now };
  const context = { dir, content, sources, options: resolved };
  for (const rule of contentRules) problems.push(...rule(context));
  if (!content) return { problems };
  const { publication, problems: publicationProblems } = checkPublication(dir, content, sources, resolved);
  problems.push(...publicationProblems);
  if (!publication || problems.some((p) => p.severity === 'error')) return { problems, content, publication };
  return { problems, content, publication, model: buildModel(content, publication.lock, resolved.today) };
}
