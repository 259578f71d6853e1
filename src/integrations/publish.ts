import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CheckedContent } from '../lib/content/check-content.ts';
import { displayPath } from '../lib/content/content-dir.ts';

/**
 * A build never writes into the published folder: Astro builds into a fresh
 * staging folder beside it, and only when the whole build has succeeded
 * (Pagefind included) does the staging folder replace the published one. A
 * build that fails leaves the last good site exactly as it was.
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

/**
 * Runs after every other integration (Starlight's Pagefind included): publishes
 * the staged build, then records what the calendars now hold in the publication
 * lock, like a package lock, for the next build to compare against.
 */
export function publishStep(result: () => CheckedContent, outDir: URL | undefined): AstroIntegration {
  return {
    name: 'handbook:publish',
    hooks: {
      'astro:config:setup': () => {
        if (outDir) prepareStaging(outDir);
      },
      'astro:build:done': ({ logger }) => {
        if (outDir) promoteStaging(outDir);
        const { publication } = result();
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
