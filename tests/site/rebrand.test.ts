import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distFiles, readDist } from '../helpers/dist.ts';

// Renaming the hub, its contact address, colour and logo is a change to content/site.yaml
// (and a logo file) only. Build a renamed copy and look for the old identity anywhere.
const work = mkdtempSync(join(tmpdir(), 'handbook-rebrand-'));
const content = join(work, 'content');
const out = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a hub renamed in content/site.yaml', () => {
  it('shows the new name, contact, colour and logo everywhere', { timeout: 180_000 }, () => {
    cpSync(new URL('../../content', import.meta.url).pathname, content, { recursive: true });
    const site = readFileSync(join(content, 'site.yaml'), 'utf8')
      .replace('name: Oakfield Teaching School Hub', 'name: Riverside Teaching School Hub')
      .replace('shortName: Oakfield TSH', 'shortName: Riverside TSH')
      .replace('contactEmail: ect-programme@example.org', 'contactEmail: hello@riverside.example.org')
      .replace('accent: "#1d70b8"', 'accent: "#8a1538"\n  logo: logo.svg');
    writeFileSync(join(content, 'site.yaml'), site);
    writeFileSync(join(content, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#8a1538"/></svg>');
    execFileSync('npx', ['astro', 'build', '--outDir', out], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { ...process.env, HANDBOOK_CONTENT_DIR: content, HANDBOOK_TODAY: '2026-11-23', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    });

    // Handbook pages (session pages also name venues, which are the hub's data, not its identity).
    const pages = distFiles('.html', out).filter((p) => !p.startsWith('events/'));
    for (const page of pages) {
      const html = readDist(page, out);
      expect(html, page).not.toContain('Oakfield Teaching School Hub');
      expect(html, page).toMatch(/<title>[^<]*Riverside Teaching School Hub<\/title>/);
    }
    const home = readDist('index.html', out);
    expect(home).toContain('mailto:hello@riverside.example.org');
    expect(home).not.toContain('mailto:ect-programme@example.org');
    expect(home).toMatch(/<img alt="" src="\/_astro\/logo\.[^"]+\.svg"/);
    expect(home).toContain('>Riverside TSH</span>');
    const css = distFiles('.css', out).map((f) => readDist(f, out)).join('');
    expect(css).toContain('--sl-color-accent:#8a1538');
    expect(readDist('calendars/all.ics', out)).toContain('X-WR-CALNAME:Riverside TSH: all programme dates');
  });
});
