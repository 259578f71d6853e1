import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { publishedItems } from '../calendar/published-items.ts';
import { emptyLock, lockFileName, parseLock, reconcile, serializeLock, type PublicationLock, type Reconciled } from '../calendar/publication-lock.ts';
import { displayPath } from './content-dir.ts';
import type { ContentSources, HandbookContent } from './load-content.ts';
import type { ContentProblem } from './problem.ts';
import { locateValue } from './read-yaml.ts';
import { formatDate } from '../time/govuk-date.ts';

export interface Publication extends Reconciled {
  /** Where the lock lives, the text to write there, and whether that differs from what is there now. */
  lockPath: string;
  lockText: string;
  changed: boolean;
}

/** How to start or move a lock on purpose: the one documented step. */
export const lockCommands = {
  newHub: 'npm run lock -- --new-hub',
  moveSite: (url: string) => `npm run lock -- --site ${url}`,
};

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

/** Whether version control has ever held the lock at `path`: if so, a missing lock was deleted, not never made. */
function everCommitted(path: string): boolean {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%H', '--', path], { cwd: dirname(path), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
    return out.trim().length > 0;
  } catch {
    return false;
  }
}

/** A published session dated before today: it must already have been in people's calendars. */
function pastSession(content: HandbookContent, today: string): { title: string; date: string } | undefined {
  for (const cohort of Object.values(content.cohorts)) {
    if (cohort.draft) continue;
    const past = cohort.events.find((event) => event.date < today);
    if (past) return past;
  }
  return undefined;
}

function readLock(lockPath: string, content: HandbookContent, today: string, publishing: boolean, problems: ContentProblem[]): PublicationLock | undefined {
  const file = displayPath(lockPath);
  if (!existsSync(lockPath)) {
    const past = publishing ? pastSession(content, today) : undefined;
    if (past && !everCommitted(lockPath)) {
      problems.push({
        file,
        message: `is missing, but the schedules have sessions that have already happened (for example "${past.title}" on ${formatDate(past.date)}), so their calendars were published before. Without the lock every session would be published afresh: SEQUENCE numbers and time stamps would start again, and calendar apps could ignore later changes.`,
        fix: `Restore it from where the site was last built (version control, or the last deploy). If this hub's calendars have really never been published, start its lock with \`${lockCommands.newHub}\`.`,
        severity: 'error',
      });
      return undefined;
    }
    if (publishing && everCommitted(lockPath)) {
      problems.push({
        file,
        message:
          'is missing, but version control shows calendars were published from this folder before. Without it every session would be published afresh: SEQUENCE numbers and time stamps would go back to the start, so calendar apps could ignore later changes, and deleted sessions could no longer be noticed.',
        fix: `Restore it (\`git checkout ${file}\`). If this folder now holds a different hub whose calendars were never published, start its own lock with \`${lockCommands.newHub}\`.`,
        severity: 'error',
      });
      return undefined;
    }
    return emptyLock();
  }
  const text = readFileSync(lockPath, 'utf8');
  const notJson = jsonProblem(text, file);
  const parsed = notJson ? undefined : parseLock(text);
  if (notJson || typeof parsed === 'string') {
    problems.push(notJson ?? { file, message: `is damaged: it ${parsed}`, fix: lockFix(file), severity: 'error' });
    return undefined;
  }
  return parsed;
}

/**
 * Compares what this build would publish with what the lock says was published,
 * and refuses what would change calendars by accident: a published session or
 * cohort deleted or turned back into a draft, the site moved to another address,
 * or the lock itself deleted.
 */
export function checkPublication(dir: string, content: HandbookContent, sources: ContentSources, options: { now: string; today: string }): { publication?: Publication; problems: ContentProblem[] } {
  const { now } = options;
  const problems: ContentProblem[] = [];
  const lockPath = join(dir, lockFileName);
  const items = publishedItems(content);
  const previous = readLock(lockPath, content, options.today, items.length > 0, problems);
  if (!previous) return { problems };
  const file = displayPath(lockPath);
  const site = new URL(content.site.url).origin;
  const published = Object.keys(previous.items).length > 0;

  if (published && previous.site && previous.site !== site) {
    const siteSource = sources.files.find((source) => source.file.endsWith('site.yaml'));
    problems.push({
      file: siteSource?.file ?? displayPath(join(dir, 'site.yaml')),
      ...(siteSource ? locateValue(siteSource, ['url']) : {}),
      field: 'url',
      message: `is ${site}, but calendars were published at ${previous.site}. Everyone subscribed to a calendar at the old address would stop getting changes unless that address redirects to the new one. (Calendar entries keep their identifiers, so nobody gets duplicates.)`,
      fix: `If the handbook has moved, make the old address redirect, then record the move with \`${lockCommands.moveSite(site)}\`. Otherwise put the url back to ${previous.site}.`,
      severity: 'error',
    });
  }

  const reconciled = reconcile(previous, items, now, site);
  const reportedCohorts = new Set<string>();
  for (const key of reconciled.missing) {
    const [kind, cohortId, eventId] = key.split('/');
    if (kind !== 'cohorts' || !cohortId || !eventId || reportedCohorts.has(cohortId)) continue;
    const source = sources.cohorts[cohortId];
    const cohort = content.cohorts[cohortId];
    // A cohort file that is there but could not be read or failed its own checks has
    // already been reported; its sessions are not missing.
    if (sources.ids.cohorts.includes(cohortId) && !cohort) continue;
    if (cohort?.draft && source) {
      reportedCohorts.add(cohortId);
      const count = reconciled.missing.filter((k) => k.startsWith(`cohorts/${cohortId}/`)).length;
      problems.push({
        file: source.file,
        ...locateValue(source, ['draft']),
        field: 'draft',
        message: `is true, but this cohort's sessions were published in calendar feeds (${count} of them): as a draft it would vanish from the site and from people's calendars without a word.`,
        fix: 'Remove `draft: true`. To call off sessions, keep them and set `status: cancelled` on each; calendars then show them as cancelled.',
        severity: 'error',
      });
      continue;
    }
    if (!source) {
      // One message per deleted cohort file, not one per session in it.
      reportedCohorts.add(cohortId);
      problems.push({
        file: displayPath(join(dir, 'cohorts', `${cohortId}.yaml`)),
        field: 'events',
        message: `was deleted, but its sessions were published in calendar feeds (for example "${eventId}").`,
        fix: `Restore the file and mark each session \`status: cancelled\`. If it was never published, delete its lines from ${file}. If this folder now holds a different hub whose calendars were never published, start its own lock with \`${lockCommands.newHub}\`.`,
        severity: 'error',
      });
      continue;
    }
    problems.push({
      file: source.file,
      ...locateValue(source, ['events']),
      field: 'events',
      message: `session "${eventId}" was published in calendar feeds but is no longer in this file, so it would vanish from people's calendars without a word.`,
      fix: `Put it back with \`status: cancelled\` (add \`note:\` to say why): calendars then show it as cancelled. If it was never published (added and removed before any deploy), delete its line from ${file}.`,
      severity: 'error',
    });
  }
  const lockText = serializeLock(reconciled.lock);
  const exists = existsSync(lockPath);
  // A hub with nothing to publish yet gets no lock file until it has.
  const changed = exists ? lockText !== readFileSync(lockPath, 'utf8') : items.length > 0;
  return { problems, publication: { ...reconciled, lockPath, lockText, changed } };
}
