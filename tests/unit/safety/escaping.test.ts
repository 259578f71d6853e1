import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../../src/lib/calendar/build-feed.ts';
import { icsText } from '../../../src/lib/calendar/ics-text.ts';
import { astroFiles, inlineScriptBodies, inlineScriptHashes, sha256Source } from '../../../src/lib/csp-hashes.ts';
import { markdownLinks, markdownToText, renderMarkdown } from '../../../src/lib/markdown.ts';
import { readFeed } from '../../helpers/read-feed.ts';
import { sampleSchedule, site } from '../fixtures/sample-schedule.ts';

describe('Markdown from YAML', () => {
  it.each([
    ['raw HTML', 'Hello <script>alert("PWN")</script>', '&lt;script&gt;'],
    ['an image with a handler', '<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
  ])('shows %s as text', (_name, markdown, shown) => {
    const html = renderMarkdown(markdown);
    expect(html).toContain(shown);
    expect(html).not.toMatch(/<script|<img/);
  });

  it.each([
    ['javascript: link', '[click](javascript:alert(1))'],
    ['mixed-case scheme', '[click](JaVaScRiPt:alert(1))'],
    ['entity-encoded scheme', '[click](&#106;avascript:alert(1))'],
    ['vbscript: link', '[click](vbscript:msgbox(1))'],
    ['data: link', '[click](data:text/html,<script>alert(1)</script>)'],
    ['autolink', '<javascript:alert(1)>'],
    ['reference link', '[click][x]\n\n[x]: javascript:alert(1)'],
  ])('shows a %s as its words only', (_name, markdown) => {
    const html = renderMarkdown(markdown);
    expect(html).not.toMatch(/href="\s*(javascript|vbscript|data|&#)/i);
    expect(html).not.toContain('<a ');
  });

  it('keeps ordinary links, escaping their addresses', () => {
    expect(renderMarkdown('[guidance](https://www.gov.uk/x?a=1&b="2")')).toBe('<p><a href="https://www.gov.uk/x?a=1&amp;b=&quot;2&quot;">guidance</a></p>\n');
    expect(renderMarkdown('[team](mailto:team@example.org)')).toContain('href="mailto:team@example.org"');
  });

  it('lists every link for the content checks', () => {
    expect(markdownLinks('[a](https://x.org) ![b](./b.png) <javascript:c>')).toEqual([
      { url: 'https://x.org', kind: 'link' },
      { url: './b.png', kind: 'image' },
      { url: 'javascript:c', kind: 'link' },
    ]);
  });

  it('reduces to text for calendars without unsafe addresses', () => {
    expect(markdownToText('Read [this](javascript:alert(1)) and [that](https://x.org).')).toBe('Read this and that (https://x.org).');
  });
});

describe('iCalendar text', () => {
  it('turns every kind of line break into a newline and drops control characters', () => {
    expect(icsText('a\r\nb\rc\u2028d\u0085e\tf\u0000g\u0007h\u007f')).toBe('a\nb\nc\nd\ne fgh');
  });

  it('escapes calendar names, descriptions and summaries, and ends every line with CRLF', () => {
    const schedule = sampleSchedule();
    const [first] = schedule.events;
    const hostile = { ...first!, title: 'Evil\r\nBEGIN:VEVENT\r\nUID:x; y, z' };
    const text = buildFeed({ site, uidHost: schedule.uidHost, name: 'Hub: A\r\nX-INJECTED:1; b, c', description: 'Line one\nLine two', path: '/calendars/a.ics', events: [hostile] });
    expect(text).toContain('X-WR-CALNAME:Hub: A\\nX-INJECTED:1\\; b\\, c');
    expect(text).toContain('NAME:Hub: A\\nX-INJECTED:1\\; b\\, c');
    expect(text).toContain('X-WR-CALDESC:Line one\\nLine two');
    expect(text).not.toMatch(/^X-INJECTED/m);
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const feed = readFeed(text);
    expect(feed.events).toHaveLength(1);
    expect(feed.events[0]!.summary).toBe('Clinic: Evil\nBEGIN:VEVENT\nUID:x; y, z');
  });
});

describe('Content-Security-Policy hashes', () => {
  it('hashes an inline script body as the browser does (SHA-256, base64)', () => {
    const body = '\n\tStarlightThemeProvider.updatePickers();\n';
    expect(sha256Source(body)).toBe(`sha256-${createHash('sha256').update(body).digest('base64')}`);
  });

  it('reads is:inline scripts from a component source, and nothing else', () => {
    const source = '<script is:inline>one()</script>\n<script>bundled()</script>\n<script is:inline aria-hidden="true">two()</script>\n<script is:inline define:vars={{ a }}>three(a)</script>';
    expect(inlineScriptBodies(source)).toEqual(['one()', 'two()']);
  });

  it("covers Starlight's own inline scripts", () => {
    const starlight = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
    const hashes = inlineScriptHashes(astroFiles(starlight));
    expect(hashes.length).toBeGreaterThanOrEqual(5);
    expect(hashes).toContain(sha256Source('\n\tStarlightThemeProvider.updatePickers();\n'));
  });
});
