import { describe, expect, it } from 'vitest';
import { cohortFrames } from './cohort-frames.ts';
import { searchBundles } from './search-bundles.ts';
import { eventSitemapPaths, eventSitemaps } from './sitemaps.ts';
import { cohortSlots, fillShell, markers, parseShell, ShellError, shellRoot, type Slot } from './shell.ts';

const site = 'https://hub.example.org';
const framePath = `${shellRoot}cohort/f0/`;
const frameUrl = `${site}${framePath}`;
const frame = `<html><head><title>${markers.title} | Hub</title><meta name="description" content="${markers.description}"><meta property="og:description" content="${markers.description}"><link rel="canonical" href="${frameUrl}"><meta property="og:title" content="${markers.title}"><meta property="og:url" content="${frameUrl}"></head><body><h1>${markers.title}</h1><main>${markers.body}</main></body></html>`;

describe('a page frame', () => {
  it('is filled with one page’s values, plain text escaped and body HTML kept', () => {
    const shell = parseShell(frame, site, framePath, cohortSlots);
    const page = fillShell(shell, { title: 'Cohort <A> & "B"', description: "It's <b>", body: '<p>Body</p>', url: `${site}/events/a/?x=<y>` });
    expect(page).toContain('<title>Cohort &lt;A&gt; &amp; &quot;B&quot; | Hub</title>');
    expect(page).toContain('content="It&#39;s &lt;b&gt;"');
    expect(page).toContain('<main><p>Body</p></main>');
    expect(page).toContain(`href="${site}/events/a/?x=&lt;y&gt;"`);
    expect(page).not.toMatch(/hbshell|handbook-shell/);
  });

  it('refuses a frame whose slots are not where Starlight put them before', () => {
    const withoutOgTitle = frame.replace(`<meta property="og:title" content="${markers.title}">`, '');
    expect(() => parseShell(withoutOgTitle, site, framePath, cohortSlots)).toThrow(ShellError);
    const expecting: Record<Slot, number> = { ...cohortSlots, jsonLd: 1 };
    expect(() => parseShell(frame, site, framePath, expecting)).toThrow(/jsonLd slot/);
  });

  it('refuses a frame that mentions its own address outside the slots', () => {
    const leaky = frame.replace('<main>', `<main><a href="${framePath}">this page</a>`);
    expect(() => parseShell(leaky, site, framePath, cohortSlots)).toThrow(/outside its slots/);
  });
});

describe('cohort frames', () => {
  let n = 0;
  const session = (termId: string, termName = termId) => ({ key: `k${n++}`, term: { id: termId, name: termName }, minutes: 60, audience: ['ect'], cancelled: false }) as never;
  it('are shared by cohorts with the same table of contents, and one per different one', () => {
    const { frames, frameOf } = cohortFrames([
      { id: 'a', events: [session('autumn-2026'), session('spring-2027')] },
      { id: 'b', events: [session('autumn-2026'), session('spring-2027'), session('spring-2027')] },
      { id: 'c', events: [session('autumn-2026', 'Autumn term (new name)')] },
      { id: 'd', events: [] },
    ]);
    expect(frames).toHaveLength(3);
    expect(frameOf.get('a')).toBe(frameOf.get('b'));
    expect(new Set([frameOf.get('a'), frameOf.get('c'), frameOf.get('d')]).size).toBe(3);
    const c = frames.find((f) => f.id === frameOf.get('c'))!;
    expect(c.headings.map((h) => h.text)).toEqual(['What each person attends', 'Autumn term (new name)', 'Subscribe to this calendar', 'If you cannot make a date']);
    expect(c.headings.map((h) => h.slug)).toContain('term-autumn-2026');
  });
});

describe('search bundles', () => {
  it('are none for nothing, one up to the limit, then even bundles under it covering every record once', () => {
    expect(searchBundles(0)).toEqual([]);
    expect(searchBundles(12_000)).toEqual([{ path: '/pagefind-sessions/', start: 0, end: 12_000 }]);
    const bundles = searchBundles(53_881);
    expect(bundles.map((b) => b.path)).toEqual(['/pagefind-sessions/', '/pagefind-sessions-2/', '/pagefind-sessions-3/', '/pagefind-sessions-4/', '/pagefind-sessions-5/']);
    expect(bundles[0]!.start).toBe(0);
    expect(bundles.at(-1)!.end).toBe(53_881);
    for (let i = 1; i < bundles.length; i++) expect(bundles[i]!.start).toBe(bundles[i - 1]!.end);
    expect(Math.max(...bundles.map((b) => b.end - b.start)) - Math.min(...bundles.map((b) => b.end - b.start))).toBeLessThanOrEqual(bundles.length);
    expect(bundles.every((b) => b.end - b.start <= 12_000)).toBe(true);
  });
});

describe('the cohort and session pages’ sitemaps', () => {
  it('hold every address once, escaped, at most 50,000 to a file, in the files the index is told about', () => {
    const pages = Array.from({ length: 50_001 }, (_, i) => `/events/c/s-${i}/`);
    const files = eventSitemaps(pages, 'https://hub.example.org');
    expect(files.map((f) => f.path)).toEqual(eventSitemapPaths(pages.length));
    expect(files.map((f) => f.path)).toEqual(['/sitemap-events-0.xml', '/sitemap-events-1.xml']);
    const locs = files.flatMap((f) => [...f.text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]));
    expect(locs).toHaveLength(50_001);
    expect(locs[50_000]).toBe('https://hub.example.org/events/c/s-50000/');
    expect(eventSitemaps(['/events/a&b/'], 'https://hub.example.org')[0]!.text).toContain('<loc>https://hub.example.org/events/a&amp;b/</loc>');
    expect(eventSitemapPaths(0)).toEqual([]);
  });
});
