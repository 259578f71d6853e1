import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The toolchain is pinned in .nvmrc and package.json; ./npmw and .ci/run read those.
// These tests keep the pins exact and in agreement, so CI never runs a Node or npm
// that nobody chose.
const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const nvmrc = readFileSync(`${root}.nvmrc`, 'utf8').trim();
const exact = /^\d+\.\d+\.\d+$/;

describe('the pinned toolchain', () => {
  it('names one exact Node version in .nvmrc, the same as devEngines.runtime', () => {
    expect(nvmrc).toMatch(exact);
    expect(pkg.devEngines.runtime).toEqual({ name: 'node', version: nvmrc, onFail: 'error' });
  });

  it('names one exact npm version in packageManager, the same as devEngines.packageManager', () => {
    const npm = /^npm@(.+)$/.exec(pkg.packageManager)?.[1];
    expect(npm).toMatch(exact);
    expect(pkg.devEngines.packageManager).toEqual({ name: 'npm', version: npm, onFail: 'error' });
  });

  it('is what runs the tests', () => {
    expect(process.version).toBe(`v${nvmrc}`);
    const npm = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
    expect(`npm@${npm}`).toBe(pkg.packageManager);
  });

  it('keeps registry addresses out of the lockfile, so any mirror leaves it unchanged', () => {
    expect(readFileSync(`${root}.npmrc`, 'utf8')).toMatch(/^omit-lockfile-registry-resolved=true$/m);
    expect(readFileSync(`${root}package-lock.json`, 'utf8')).not.toContain('"resolved"');
  });
});
