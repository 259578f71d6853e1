import type { ContentProblem } from './problem.ts';
import { loadContent, type HandbookContent } from './load-content.ts';
import { contentRules } from './rules/index.ts';

export interface CheckedContent {
  content?: HandbookContent;
  problems: ContentProblem[];
}

export interface CheckOptions {
  /** Today's date in the hub's zone, `YYYY-MM-DD`, for rules about the past. */
  today?: string;
}

/**
 * The one validation path for content/: `npm run check`, the build and the dev
 * server all call this, so an administrator meets the same message everywhere.
 */
export function checkContent(dir: string, options: CheckOptions = {}): CheckedContent {
  const { content, sources, problems } = loadContent(dir);
  for (const rule of contentRules) problems.push(...rule({ dir, content, sources, options }));
  return { content, problems };
}

const cacheKey = Symbol.for('handbook.checkedContent');
type Cache = Map<string, CheckedContent>;

/**
 * `checkContent` once per build: the config hook and the content loaders run in
 * different module graphs of the same process, so the result is kept on globalThis.
 */
export function checkContentOnce(dir: string, options: CheckOptions & { fresh?: boolean } = {}): CheckedContent {
  const globals = globalThis as { [cacheKey]?: Cache };
  const cache = (globals[cacheKey] ??= new Map());
  if (!options.fresh && cache.has(dir)) return cache.get(dir)!;
  const result = checkContent(dir, options);
  cache.set(dir, result);
  return result;
}
