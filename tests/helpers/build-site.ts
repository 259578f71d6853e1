import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDate, fixtureHubDir } from './fixture-hub.ts';

/** The project's root folder, where `scripts/build.ts` runs. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A copy of the fixture hub at `dest`, for a test to change and build: a build
 * writes calendar.lock.json into the content folder it builds, and the fixture
 * in tests/ must stay as committed.
 */
export function copyFixtureHub(dest: string): string {
  cpSync(fixtureHubDir, dest, { recursive: true });
  return dest;
}

/**
 * Builds the hub in `contentDir` into `outDir` the way an administrator does
 * (`npm run build -- --outDir <folder>`, that is `node scripts/build.ts`), as of
 * the test build's date. Waits for it: site test files run one at a time, so two
 * builds never share the project's .astro/ folder.
 */
export function buildSite(contentDir: string, outDir: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build.ts'), '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...process.env, HANDBOOK_TODAY: buildDate, ASTRO_TELEMETRY_DISABLED: '1', ...env, HANDBOOK_CONTENT_DIR: contentDir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Fails with the build's own output when it did not succeed. */
export function expectBuilt(build: SpawnSyncReturns<string>): void {
  if (build.status !== 0) throw new Error(`The build failed (exit code ${build.status}):\n${build.stdout}\n${build.stderr}`);
}

/** One SHA-256 over every file's path and bytes under `dir` (and every empty folder), in a stable order. */
export function hashFolder(dir: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (entries.length === 0) hash.update(`folder ${relative(dir, folder)}\0`);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        hash.update(`file ${relative(dir, path)}\0`);
        hash.update(readFileSync(path));
        hash.update('\0');
      }
    }
  };
  walk(dir);
  return hash.digest('hex');
}
