import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distFiles, readDist } from '../helpers/dist.ts';

// dist/ was built by `npm run build:test` on this machine's TZ. Build again on the
// other side of the world and compare every calendar file byte for byte.
const otherDir = mkdtempSync(join(tmpdir(), 'handbook-auckland-'));
afterAll(() => rmSync(otherDir, { recursive: true, force: true }));

describe('calendar feeds are reproducible', () => {
  it('are byte-identical when built again under TZ=Pacific/Auckland', { timeout: 180_000 }, () => {
    execFileSync('npx', ['astro', 'build', '--outDir', otherDir], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { ...process.env, TZ: 'Pacific/Auckland', HANDBOOK_TODAY: '2026-11-23', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    });
    const here = distFiles('.ics');
    expect(distFiles('.ics', otherDir)).toEqual(here);
    for (const path of here) expect(readDist(path, otherDir), path).toBe(readDist(path));
  });
});
