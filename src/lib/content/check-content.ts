import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedItems } from '../calendar/published-items.ts';
import { emptyLock, lockClock, lockFileName, parseLock, reconcile, type Reconciled } from '../calendar/publication-lock.ts';
import { displayPath } from './content-dir.ts';
import { loadContent, type HandbookContent } from './load-content.ts';
import type { ContentProblem } from './problem.ts';
import { locateValue } from './read-yaml.ts';
import { contentRules } from './rules/index.ts';

export interface Publication extends Reconciled {
  /** Where the lock lives, and whether this build changes it. */
  lockPath: string;
  changed: boolean;
}

export interface CheckedContent {
  content?: HandbookContent;
  /** What the calendar feeds will publish, compared with what they published before. */
  publication?: Publication;
  problems: ContentProblem[];
}

export interface CheckOptions {
  /** Today's date in the hub's zone, `YYYY-MM-DD`, for rules about the past. */
  today?: string;
}

function lockFix(file: string): string {
  return `Restore it from version control (for example \`git checkout ${file}\`). The build writes it; do not edit it by hand.`;
}

/** A lock file that is not JSON at all, placed at the line where reading stopped. */
function jsonProblem(text: string, file: string): ContentProblem | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : '';
    const at = /line (\d+) column (\d+)/.exec(reason);
    return {
      file,
      ...(at ? { line: Number(at[1]), column: Number(at[2]) } : {}),
      message: 'is damaged: it is not complete, valid JSON, so the build cannot tell what calendars were given before.',
      fix: lockFix(file),
      severity: 'error',
    };
  }
}

/**
 * The one validation path for content/: `npm run check`, the build and the dev
 * server all call this, so an administrator meets the same message everywhere.
 */
export function checkContent(dir: string, options: CheckOptions = {}): CheckedContent {
  const { content, sources, problems } = loadContent(dir);
  const context = { dir, content, sources, options };
  for (const rule of contentRules) problems.push(...rule(context));
  if (!content) return { problems };

  const lockPath = join(dir, lockFileName);
  let previous = emptyLock();
  if (existsSync(lockPath)) {
    const text = readFileSync(lockPath, 'utf8');
    const file = displayPath(lockPath);
    const notJson = jsonProblem(text, file);
    const parsed = notJson ? undefined : parseLock(text);
    if (notJson || typeof parsed === 'string') {
      problems.push(notJson ?? { file, message: `is damaged: it ${parsed}`, fix: lockFix(file), severity: 'error' });
      return { content, problems };
    }
    previous = parsed!;
  }
  const reconciled = reconcile(previous, publishedItems(content), lockClock());
  const deletedFiles = new Set<string>();
  for (const key of reconciled.missing) {
    const [kind, cohortId, eventId] = key.split('/');
    if (kind !== 'cohorts' || !cohortId || !eventId) continue;
    const source = sources.cohorts[cohortId];
    // A cohort file that is there but could not be read (a YAML syntax error, say) has
    // already been reported; its sessions are not missing.
    if (!source && ['.yaml', '.yml'].some((ext) => existsSync(join(dir, 'cohorts', `${cohortId}${ext}`)))) continue;
    if (!source) {
      // One message per deleted cohort file, not one per session in it.
      if (deletedFiles.has(cohortId)) continue;
      deletedFiles.add(cohortId);
    }
    // A cohort file that failed its own checks has already been reported; its sessions are not missing.
    if (source && !content.cohorts[cohortId]) continue;
    problems.push({
      file: source ? source.file : displayPath(join(dir, 'cohorts', `${cohortId}.yaml`)),
      ...(source ? locateValue(source, ['events']) : {}),
      field: 'events',
      message: source
        ? `session "${eventId}" was published in calendar feeds but is no longer in this file, so it would vanish from people's calendars without a word.`
        : `was deleted, but its sessions were published in calendar feeds (for example "${eventId}").`,
      fix: source
        ? `Put it back with \`status: cancelled\` (add \`note:\` to say why): calendars then show it as cancelled. If it was never published (added and removed before any deploy), delete its line from ${displayPath(lockPath)}.`
        : `Restore the file and mark each session \`status: cancelled\`. If it was never published, delete its lines from ${displayPath(lockPath)}.`,
      severity: 'error',
    });
  }
  const changed = reconciled.added.length + reconciled.moved.length + reconciled.edited.length + reconciled.missing.length > 0;
  return { content, problems, publication: { ...reconciled, lockPath, changed } };
}

const cacheKey = Symbol.for('handbook.checkedContent');
type Cache = Map<string, { result: CheckedContent; checkedAt: number }>;

function cache(): Cache {
  const globals = globalThis as { [cacheKey]?: Cache };
  return (globals[cacheKey] ??= new Map());
}

/**
 * `checkContent` once per build: the config hook and the content loaders run in
 * different module graphs of the same process, so the result is kept on globalThis.
 */
export function checkContentOnce(dir: string, options: CheckOptions = {}): CheckedContent {
  const cached = cache().get(dir);
  if (cached) return cached.result;
  const result = checkContent(dir, options);
  cache().set(dir, { result, checkedAt: Date.now() });
  return result;
}

/**
 * After a file in content/ changed at `changedAt` (ms), in `astro dev`: checks again
 * unless a check already ran since, so the several collections that watch the
 * folder share one check per edit. `rechecked` says whether this call ran it.
 */
export function recheckAfterChange(dir: string, changedAt: number): { result: CheckedContent; rechecked: boolean } {
  const cached = cache().get(dir);
  if (cached && cached.checkedAt >= changedAt) return { result: cached.result, rechecked: false };
  const result = checkContent(dir);
  cache().set(dir, { result, checkedAt: Date.now() });
  return { result, rechecked: true };
}
