import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, distFiles, readDist } from '../helpers/dist.ts';

const pages = distFiles('.html');
const vague = new Set(['click here', 'here', 'read more', 'more', 'this page', 'link', 'this link', 'find out more', 'learn more']);

const idsCache = new Map<string, Set<string>>();
function idsIn(path: string): Set<string> {
  let ids = idsCache.get(path);
  if (!ids) {
    ids = new Set([...readDist(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(path, ids);
  }
  return ids;
}

/** The file in dist/ a site path is served from, as a static host would find it. */
function targetFile(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}.html`, `${decoded}/index.html`];
  return candidates.map((c) => c.replace(/^\//, '')).find((c) => existsSync(join(distDir, c)));
}

describe('links on every page', () => {
  it.each(pages)('%s: internal links and anchors resolve, and link text says where it goes', (path) => {
    const html = readDist(path);
    const base = new URL(`/${path.replace(/index\.html$/, '')}`, 'https://site.invalid');
    const problems: string[] = [];
    for (const match of html.matchAll(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
      const href = match[1]!.replace(/&amp;/g, '&');
      const text = match[2]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
      if (vague.has(text)) problems.push(`vague link text "${text}" → ${href}`);
      if (/^(mailto|tel|webcal|https?):/.test(href) && !href.startsWith('https://site.invalid')) continue;
      const url = new URL(href, base);
      const file = targetFile(url.pathname);
      if (!file) {
        problems.push(`broken link ${href}`);
        continue;
      }
      if (url.hash && url.hash !== '#' && file.endsWith('.html') && !idsIn(file).has(decodeURIComponent(url.hash.slice(1)))) {
        problems.push(`missing anchor ${href}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
