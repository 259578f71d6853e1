import { describe, expect, it } from 'vitest';
import { cohortFrames } from './cohort-frames.ts';
import { searchBundles } from './search-bundles.ts';
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
