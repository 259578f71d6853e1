import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixtureHub, expectBuilt } from '../helpers/build-site.ts';
import { distFiles, readDist } from '../helpers/dist.ts';
import { fixtureContent } from '../helpers/fixture-hub.ts';

// Renaming the hub, its contact address, colour and logo is a change to site.yaml
// (and the logo file) only. Build a renamed copy of the fixture hub and look for the
// old identity anywhere.
const work = mkdtempSync(join(tmpdir(), 'handbook-rebrand-'));
const content = join(work, 'content');
const out = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const old = fixtureContent().site;
const newLogo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#8a1538"/></svg>';

/** Replaces `find` in `text`, which must contain it: the test renames what the fixture really says. */
function swap(text: string, find: string, replacement: string): string {
  expect(text).toContain(find);
  return text.replace(find, replacement);
}

describe('a hub renamed in site.yaml', () => {
  it('shows the new name, contact, colour and logo everywhere', { timeout: 240_000 }, () => {
    copyFixtureHub(content);
    expect(old.theme.logo).toBe('logo.svg');
    let site = readFileSync(join(content, 'site.yaml'), 'utf8');
    site = swap(site, `name: ${old.name}`, 'name: Riverside Teaching School Hub');
    site = swap(site, `shortName: ${old.shortName}`, 'shortName: Riverside TSH');
    site = swap(site, `contactEmail: ${old.contactEmail}`, 'contactEmail: hello@riverside.example.org');
    site = swap(site, `accent: "${old.theme.accent}"`, 'accent: "#8a1538"');
    writeFileSync(join(content, 'site.yaml'), site);
    writeFileSync(join(content, 'logo.svg'), newLogo);
    expectBuilt(buildSite(content, out));

    // Handbook pages (session pages also name venues, which are the hub's data, not its identity).
    const pages = distFiles('.html', out).filter((p) => !p.startsWith('events/'));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const html = readDist(page, out);
      expect(html, page).not.toContain(old.name);
      expect(html, page).toMatch(/<title>[^<]*Riverside Teaching School Hub<\/title>/);
    }
    const home = readDist('index.html', out);
    expect(home).toContain('mailto:hello@riverside.example.org');
    expect(home).not.toContain(`mailto:${old.contactEmail}`);
    const logo = /<img alt="" src="\/(_astro\/logo\.[^"]+\.svg)"/.exec(home)?.[1];
    expect(logo).toBeDefined();
    expect(readDist(logo!, out)).toContain('fill="#8a1538"');
    expect(home).toContain('>Riverside TSH</span>');
    expect(home).not.toContain(`>${old.shortName}</span>`);
    const css = distFiles('.css', out).map((f) => readDist(f, out)).join('');
    expect(css).toContain('--sl-color-accent:#8a1538');
    expect(css).not.toContain(`--sl-color-accent:${old.theme.accent}`);
    expect(readDist('calendars/all.ics', out)).toContain('X-WR-CALNAME:Riverside TSH: all programme dates');
  });
});
