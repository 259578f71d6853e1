import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { calendarFiles } from '../lib/calendar/calendar-files.ts';
import type { CheckedContent } from '../lib/content/check-content.ts';
import { displayPath } from '../lib/content/content-dir.ts';
import { hydrate, type Handbook } from '../lib/handbook/hydrate.ts';
import { sessionSearchRecord } from '../lib/session-page/search-record.ts';
import { fillShell, parseShell, shellPath } from '../lib/session-page/shell.ts';
import { sessionPageValues } from '../lib/session-page/values.ts';

/**
 * A build never writes into the published folder: Astro builds into a fresh
 * staging folder beside it, and only when the whole build has succeeded
 * (Pagefind included) does the staging folder replace the published one. A
 * build that fails leaves the last good site exactly as it was.
 *
 * Session pages, calendar files and the sessions' search index are written
 * here, in one pass from the checked content, rather than one Astro route at a
 * time: with thousands of sessions, Astro's cost per file is most of the build.
 */

function withoutSlash(path: string): string {
  return path.replace(/[/\\]+$/, '');
}

/** The staging folder for a build whose output belongs in `outDir`. */
export function stagingFor(outDir: URL): URL {
  return pathToFileURL(`${withoutSlash(fileURLToPath(outDir))}.building/`);
}

/** Clears what an interrupted build left, and puts back a site an interrupted swap had moved aside. */
export function prepareStaging(outDir: URL): void {
  const final = withoutSlash(fileURLToPath(outDir));
  rmSync(`${final}.building`, { recursive: true, force: true });
  if (!existsSync(final) && existsSync(`${final}.previous`)) renameSync(`${final}.previous`, final);
  rmSync(`${final}.previous`, { recursive: true, force: true });
}

/** Replaces the published folder with the finished staging folder. */
export function promoteStaging(outDir: URL): void {
  const final = withoutSlash(fileURLToPath(outDir));
  const staging = `${final}.building`;
  if (existsSync(final)) renameSync(final, `${final}.previous`);
  renameSync(staging, final);
  rmSync(`${final}.previous`, { recursive: true, force: true });
}

/** The folder the sessions' own search index is written to; Starlight's search merges it in. */
export const sessionSearchBundle = '/pagefind-sessions/';

/** Writes files, making each folder once. */
function fileWriter(root: string) {
  const made = new Set<string>();
  return (path: string, text: string) => {
    const file = join(root, path);
    const folder = dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, text);
  };
}

/** Every session page, filled into the frame Starlight rendered once; then the frame is removed. */
function writeSessionPages(root: string, handbook: Handbook, write: (path: string, text: string) => void): void {
  const framePath = join(root, shellPath, 'index.html');
  const shell = parseShell(readFileSync(framePath, 'utf8'), new URL(shellPath, handbook.site.url).href);
  rmSync(join(root, shellPath.split('/')[1]!), { recursive: true, force: true });
  for (const session of handbook.events) write(`${session.path}index.html`, fillShell(shell, sessionPageValues(session, handbook)));
}

/** The sessions' search index, from the sessions themselves (not by reading their pages back). */
async function writeSessionSearchIndex(root: string, handbook: Handbook): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en-gb' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const session of handbook.events) {
      const response = await index.addCustomRecord({ ...sessionSearchRecord(session, handbook), language: 'en-gb' });
      if (response.errors.length > 0) throw new Error(`Pagefind could not index ${session.path}: ${response.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(root, sessionSearchBundle) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the sessions' index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Runs after every other integration (Starlight's Pagefind included): writes the
 * session pages, calendars and the sessions' search index, publishes the staged
 * build, then records what the calendars now hold in the publication lock, like
 * a package lock, for the next build to compare against.
 */
export function publishStep(result: () => CheckedContent, outDir: URL | undefined): AstroIntegration {
  return {
    name: 'handbook:publish',
    hooks: {
      'astro:config:setup': () => {
        if (outDir) prepareStaging(outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { model, publication } = result();
        if (model) {
          const handbook = hydrate(model);
          const root = fileURLToPath(dir);
          const write = fileWriter(root);
          writeSessionPages(root, handbook, write);
          for (const file of calendarFiles(handbook)) write(file.path, file.text);
          if (handbook.events.length > 0) await writeSessionSearchIndex(root, handbook);
          logger.info(`Wrote ${handbook.events.length} session pages and ${handbook.feeds.length + handbook.events.length} calendar files.`);
        }
        if (outDir) promoteStaging(outDir);
        if (!publication?.changed) return;
        writeFileSync(publication.lockPath, publication.lockText);
        const parts = [
          publication.added.length && `${publication.added.length} new`,
          publication.moved.length && `${publication.moved.length} moved, cancelled or changed place (SEQUENCE raised)`,
          publication.edited.length && `${publication.edited.length} edited`,
        ].filter(Boolean);
        logger.info(`Updated ${displayPath(publication.lockPath)}${parts.length ? `: ${parts.join(', ')}` : ''}. Commit it with your content.`);
      },
    },
  };
}
