import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { buildSite, expectBuilt, projectRoot } from '../helpers/build-site.ts';
import { readDist } from '../helpers/dist.ts';
import { readFeed } from '../helpers/read-feed.ts';

// The one test of the hub in content/ (the sample, or whatever a hub has put there
// instead): every other test uses the fixture hubs under tests/. It checks only what
// holds for any hub's content, so a hub that rewrites content/ keeps it green.
const work = mkdtempSync(join(tmpdir(), 'handbook-sample-smoke-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Text of an HTML element as a reader sees it (the entities Astro writes, decoded). */
function decode(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name]!);
}

describe('the hub in content/', () => {
  it('builds, with its name in the home page title, and a page and a calendar for each published cohort', { timeout: 240_000 }, () => {
    const source = join(projectRoot, 'content');
    const { content, problems } = loadContent(source);
    expect(content, problems.map((p) => p.message).join('\n')).toBeDefined();

    // A copy, so the build's calendar.lock.json update (if any) never touches content/.
    const copy = join(work, 'content');
    cpSync(source, copy, { recursive: true });
    const out = join(work, 'site');
    expectBuilt(buildSite(copy, out));

    const title = /<title>([^<]*)<\/title>/.exec(readDist('index.html', out))?.[1];
    expect(title).toBeDefined();
    expect(decode(title!)).toContain(content!.site.name);

    const published = Object.entries(content!.cohorts).filter(([, cohort]) => !cohort.draft);
    for (const [id, cohort] of published) {
      expect(existsSync(join(out, 'events', id, 'index.html')), `events/${id}/index.html`).toBe(true);
      const feed = readFeed(readDist(`calendars/${id}.ics`, out));
      expect(feed.missingTimezones, `calendars/${id}.ics`).toEqual([]);
      expect(feed.events.length, `calendars/${id}.ics`).toBe(cohort.events.length);
    }
  });
});
