import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The smallest benchmark size runs with every test run, so `npm run bench` never rots.
const out = mkdtempSync(join(tmpdir(), 'handbook-bench-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run bench', () => {
  it('builds 100 synthetic events from a content folder outside the project and reports every measure', { timeout: 240_000 }, () => {
    execFileSync(process.execPath, ['scripts/bench.ts', '--sizes', '100', '--out', out, '--content', 'tests/fixtures/hub'], { cwd: new URL('../..', import.meta.url).pathname, stdio: 'pipe' });
    const { results, baseline } = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(baseline.cpuSeconds).toBeGreaterThan(0);
    const [result] = results;
    expect(result.eventPages).toBe(result.events);
    expect(result.events).toBeGreaterThanOrEqual(100);
    for (const key of ['wallSeconds', 'cpuSeconds', 'cpuMsPerEventPage', 'peakMemoryMb', 'distMb', 'searchIndexMb', 'feedBytesPerEvent']) expect(result[key], key).toBeGreaterThan(0);
    // A guard against feeds growing back: about 600 bytes per session on the bench's own
    // content (README, Performance); the fixture hub's longer descriptions make it ~610.
    expect(result.feedBytesPerEvent).toBeLessThanOrEqual(650);
    expect(result.builds).toBe(1);
    expect(result.medianCpuMsPerEventPage).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'results.md'), 'utf8')).toContain('| Events |');
  });
});
