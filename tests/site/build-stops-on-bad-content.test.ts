import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixtureHub, expectBuilt, hashFolder } from '../helpers/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'handbook-bad-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build of content with a mistake in it', () => {
  it('stops with exit code 1 and the administrator’s message, no stack trace, and leaves the last site byte for byte', { timeout: 240_000 }, () => {
    // A copy of the fixture hub, built once: the site a mistake must not touch.
    const content = copyFixtureHub(join(work, 'content'));
    const outDir = join(work, 'site');
    expectBuilt(buildSite(content, outDir));
    const before = hashFolder(outDir);
    expect(readdirSync(outDir)).toContain('index.html');
    const lock = readFileSync(join(content, 'calendar.lock.json'), 'utf8');

    // The same mistake an administrator makes: a time written "4pm".
    const cohort = join(content, 'cohorts', 'ecte-2026-northmere-primary.yaml');
    const text = readFileSync(cohort, 'utf8');
    expect(text).toContain('start: "16:00"');
    writeFileSync(cohort, text.replace('start: "16:00"', 'start: 4pm'));
    // Where the message points: the line of that field, and the session it belongs to (events[0] is the first `  - id:`).
    const upTo = text.slice(0, text.indexOf('start: "16:00"'));
    const line = upTo.split('\n').length;
    const events = upTo.split('\n  - id: ').length - 2;

    const build = buildSite(content, outDir);
    const output = `${build.stdout}\n${build.stderr}`;

    expect(build.status, output).toBe(1);
    expect(build.stderr).toContain(`${content}/cohorts/ecte-2026-northmere-primary.yaml:${line}:12 events[${events}].start: "4pm" is not a time written as 24-hour HH:MM. Write it on the 24-hour clock: "16:00".`);
    expect(build.stderr).toContain('1 error, 0 warnings in content.');
    expect(build.stderr).toContain('Stopped: nothing was built.');
    // No stack trace: no "    at function (file:line)" lines, and no trace heading.
    expect(build.stderr.split('\n').filter((l) => /^\s+at /.test(l))).toEqual([]);
    expect(output).not.toMatch(/Stack trace/i);
    // The site from the first build, byte for byte, and nothing left beside it.
    expect(hashFolder(outDir)).toBe(before);
    expect(readdirSync(work).sort()).toEqual(['content', 'site']);
    expect(readFileSync(join(content, 'calendar.lock.json'), 'utf8')).toBe(lock);
  });
});
