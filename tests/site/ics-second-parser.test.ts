import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, distFiles, readDist } from '../helpers/dist.ts';
import { readFeed } from '../helpers/read-feed.ts';

// Debian's python3-icalendar (installed by .ci/run). Without it, outside CI, this
// check cannot run and says so instead of passing.
const python = '/usr/bin/python3';
const available = spawnSync(python, ['-c', 'import icalendar'], { stdio: 'ignore' }).status === 0;

describe('a second, independent parser (Python icalendar)', () => {
  it('is installed (required in CI)', () => {
    if (!available && !process.env.CI) {
      console.warn('python3-icalendar is not installed: `apt-get install python3-icalendar` to run the second-parser check.');
      return;
    }
    expect(available).toBe(true);
  });

  it.runIf(available)('reads every calendar file to the same events, statuses and instants as ical.js', () => {
    const files = distFiles('.ics');
    const output = execFileSync(python, [new URL('../helpers/read-feeds.py', import.meta.url).pathname, ...files.map((f) => join(distDir, f))], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const parsed = JSON.parse(output) as Record<string, { uid: string; status: string; start: string; end: string; tzidDeclared: boolean }[]>;
    for (const file of files) {
      const theirs = parsed[join(distDir, file)]!;
      const ours = readFeed(readDist(file)).events;
      expect(theirs.every((e) => e.tzidDeclared), file).toBe(true);
      expect(theirs.map((e) => [e.uid, e.status, e.start, e.end]), file).toEqual(ours.map((e) => [e.uid, e.status ?? '', e.startUtc, e.endUtc]));
    }
  });
});
