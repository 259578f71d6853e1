import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'handbook-bad-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build of content with a mistake in it', () => {
  it('stops with exit code 1 and the administrator’s message, no stack trace, and writes nothing', { timeout: 120_000 }, () => {
    const content = join(work, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    const cohort = join(content, 'cohorts', 'ecte-2026-primary-a.yaml');
    const text = readFileSync(cohort, 'utf8');
    expect(text).toContain('start: "16:00"');
    writeFileSync(cohort, text.replace('start: "16:00"', 'start: 4pm'));
    const lock = readFileSync(join(content, 'calendar.lock.json'), 'utf8');
    const outDir = join(work, 'dist');

    const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, HANDBOOK_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', HANDBOOK_TODAY: '2026-11-23' },
      encoding: 'utf8',
    });
    const output = `${build.stdout}\n${build.stderr}`;

    expect(build.status, output).toBe(1);
    expect(output).toContain(`${content}/cohorts/ecte-2026-primary-a.yaml:`);
    expect(output).toContain('start: "4pm" is not a time written as 24-hour HH:MM. Write it on the 24-hour clock: "16:00".');
    expect(output).toContain('1 error, 0 warnings in content.');
    expect(output).toContain('Stopped: nothing was built.');
    expect(output).not.toMatch(/Stack trace|^\s{4}at /m);
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
    expect(readFileSync(join(content, 'calendar.lock.json'), 'utf8')).toBe(lock);
  });
});
