import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { calendarFiles } from '../lib/calendar/calendar-files.ts';
import type { CheckedContent } from '../lib/content/check-content.ts';
import { displayPath } from '../lib/content/content-dir.ts';
import { hydrate, type Handbook } from '../lib/handbook/hydrate.ts';
import { cohortFrames } from '../lib/page-frame/cohort-frames.ts';
import { cohortPageValues, sessionPageValues } from '../lib/page-frame/page-values.ts';
import { searchBundles } from '../lib/page-frame/search-bundles.ts';
import { cohortSearchRecord, sessionSearchRecord, type SearchRecord } from '../lib/page-frame/search-records.ts';
import { cohortShellPath, cohortSlots, fillShell, parseShell, sessionSlots, shellPath, shellRoot, type Shell } from '../lib/page-frame/shell.ts';
import { eventSitemaps } from '../lib/page-frame/sitemaps.ts';
import { cohortPagePath } from '../lib/pages/cohort-page.ts';
import { cohortSchedulePath, scheduleText } from '../lib/schedule/export.ts';

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

/** A frame Starlight rendered (see src/lib/page-frame/shell.ts). */
function readShell(root: string, handbook: Handbook, framePath: string, slots: typeof sessionSlots): Shell {
  return parseShell(readFileSync(join(root, framePath, 'index.html'), 'utf8'), handbook.site.url, framePath, slots);
}

/**
 * Every session page and cohort page, each filled into the frame Starlight
 * rendered for its kind (a cohort page's frame carries its table of contents);
 * then the frames are removed. A cohort's schedule.json is written beside its page,
 * and the pages' sitemaps (see sitemaps.ts) after them.
 */
function writeFramedPages(root: string, handbook: Handbook, write: (path: string, text: string) => void): void {
  const sessionShell = readShell(root, handbook, shellPath, sessionSlots);
  const { frames, frameOf } = cohortFrames(handbook.cohorts);
  const cohortShells = new Map(frames.map((frame) => [frame.id, readShell(root, handbook, cohortShellPath(frame.id), cohortSlots)]));
  rmSync(join(root, shellRoot), { recursive: true, force: true });
  for (const session of handbook.events) write(`${session.path}index.html`, fillShell(sessionShell, sessionPageValues(session, handbook)));
  for (const cohort of handbook.cohorts) {
    const values = cohortPageValues(cohort, handbook);
    write(`${cohortPagePath(cohort.id)}index.html`, fillShell(cohortShells.get(frameOf.get(cohort.id)!)!, values));
    write(cohortSchedulePath(cohort.id), scheduleText(cohort.events, handbook.site, (key) => handbook.session(key)?.uid, cohort));
  }
  const pages = [...handbook.cohorts.map((cohort) => cohortPagePath(cohort.id)), ...handbook.events.map((session) => session.path)];
  for (const sitemap of eventSitemaps(pages, handbook.site.url)) write(sitemap.path, sitemap.text);
}

/** Search records for the pages the publish step writes, made from the data (not by reading the pages back); cohorts first, in `framedPageCount` order. */
function framedPageRecords(handbook: Handbook): SearchRecord[] {
  return [...handbook.cohorts.map((cohort) => cohortSearchRecord(cohort)), ...handbook.events.map((session) => sessionSearchRecord(session, handbook))];
}

/** The search index of the framed pages, in bundles (see search-bundles.ts); Starlight's search merges them with the handbook's. */
async function writeFramedSearchIndex(root: string, handbook: Handbook): Promise<void> {
  const records = framedPageRecords(handbook);
  for (const bundle of searchBundles(records.length)) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en-gb' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      for (const record of records.slice(bundle.start, bundle.end)) {
        const response = await index.addCustomRecord({ ...record, language: 'en-gb' });
        if (response.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${response.errors.join('; ')}`);
      }
      const written = await index.writeFiles({ outputPath: join(root, bundle.path) });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write the search index ${bundle.path}: ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close();
    }
  }
}

/**
 * Runs after every other integration (Starlight's Pagefind included): writes the
 * cohort and session pages, their sitemaps and search index, and the calendar
 * files, publishes the staged build, then records what the calendars now hold in the publication lock, like
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
          writeFramedPages(root, handbook, write);
          for (const file of calendarFiles(handbook)) write(file.path, file.text);
          await writeFramedSearchIndex(root, handbook);
          logger.info(`Wrote ${handbook.cohorts.length} cohort pages, ${handbook.events.length} session pages and ${handbook.feeds.length + handbook.events.length} calendar files.`);
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
