import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixtureHub, expectBuilt } from '../helpers/build-site.ts';
import { distFiles, readDist } from '../helpers/dist.ts';

// .test-site/ was built from the fixture hub by `npm run build:test` on this machine's
// TZ. Build a copy of the same hub again on the other side of the world and compare
// every calendar file byte for byte.
const work = mkdtempSync(join(tmpdir(), 'handbook-auckland-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('calendar feeds are reproducible', () => {
  it('are byte-identical when built again under TZ=Pacific/Auckland', { timeout: 240_000 }, () => {
    const content = copyFixtureHub(join(work, 'content'));
    const otherDir = join(work, 'site');
    expectBuilt(buildSite(content, otherDir, { TZ: 'Pacific/Auckland', HANDBOOK_STRICT: '1' }));
    const here = distFiles('.ics');
    expect(here.length).toBeGreaterThan(10);
    expect(distFiles('.ics', otherDir)).toEqual(here);
    for (const path of here) expect(readDist(path, otherDir), path).toBe(readDist(path));
  });
});
