// Runs the real `npm run check` and `astro build` on a content folder, as separate processes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** The date the test build runs "as of", and a fixed clock for new lock entries. */
export const buildEnv = { HANDBOOK_TODAY: '2026-11-23', SOURCE_DATE_EPOCH: '1788249600', ASTRO_TELEMETRY_DISABLED: '1' };

/** Environment a hostile page might try to read: published anywhere, it leaked. */
export const envSecret = 'ENV-SECRET-b81e44d2';

export interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  seconds: number;
}

function run(args: string[], env: Record<string, string>, timeoutSeconds: number): RunResult {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const error = result.error ? `\n${result.error.message}` : '';
  return { status: result.status, signal: result.signal, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}${error}`, seconds: (performance.now() - started) / 1000 };
}

/** `npm run check` (scripts/check.ts) on `content`. */
export function runCheck(content: string, env: Record<string, string> = {}): RunResult {
  return run(['scripts/check.ts'], { HANDBOOK_CONTENT_DIR: content, ...env }, 120);
}

/**
 * `astro build` of `content` into `outDir`, with HOME pointed at a folder of
 * `work` whose name is itself a secret. Removes the build's own content cache after.
 */
export function runBuild(content: string, outDir: string, work: string, env: Record<string, string> = {}): RunResult {
  const home = join(work, 'home-HOME-SECRET-5c0ffee');
  mkdirSync(home, { recursive: true });
  const result = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { ...buildEnv, HANDBOOK_CONTENT_DIR: content, HOME: home, HANDBOOK_HOSTILE_SECRET: envSecret, ...env }, 300);
  // astro.config.mjs keeps one content cache per content folder, named after its path.
  rmSync(join(repoRoot, 'node_modules', '.astro', `content-${createHash('sha256').update(content).digest('hex').slice(0, 12)}`), { recursive: true, force: true });
  return result;
}

/** Secrets the build environment holds, for invariant (e). */
export const environmentSecrets = [
  { label: 'an environment variable of the build', text: envSecret },
  { label: 'the build machine’s HOME', text: 'HOME-SECRET-5c0ffee' },
];
