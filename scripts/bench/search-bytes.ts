// What a typical search downloads: serves a built site on 127.0.0.1, opens a
// session page in headless Chromium, opens Starlight's search, types a query and
// waits for results, then sums the bytes of every /pagefind/ and /pagefind-sessions*/ response (the
// search UI's script, styles and WebAssembly, the entry and metadata files, the
// index chunks for the words typed, and the fragments of the results shown).
// Usage: node scripts/bench/search-bytes.ts <dist> [query] [page path]
// Prints JSON: { query, results, total, byKind: { ui, wasm, meta, index, fragment, filter } }.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

export interface SearchBytes {
  query: string;
  results: number;
  total: number;
  byKind: Record<string, number>;
  requests: number;
}

export async function searchBytes(dist: string, query = 'mentor clinic', pagePath = '/'): Promise<SearchBytes> {
  const serve = sirv(dist, { dev: false, extensions: ['html'] });
  const server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    const sizes: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const url = new URL(response.url());
      if (!/^\/pagefind(-sessions(-\d+)?)?\//.test(url.pathname)) return;
      try {
        sizes.push({ url: url.pathname, bytes: (await response.body()).length });
      } catch {
        /* redirected or aborted */
      }
    });
    await page.goto(base + pagePath, { waitUntil: 'load' });
    await page.click('site-search button[data-open-modal]');
    await page.locator('#starlight__search input').fill(query);
    await page.waitForSelector('.pagefind-ui__result', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const results = await page.locator('.pagefind-ui__result').count();
    const kind = (path: string) =>
      /\.pf_fragment$/.test(path) ? 'fragment' : /\.pf_index$/.test(path) ? 'index' : /\.pf_filter$/.test(path) ? 'filter' : /\.pf_meta$|entry\.json$/.test(path) ? 'meta' : /wasm/.test(path) ? 'wasm' : 'ui';
    const byKind: Record<string, number> = {};
    for (const s of sizes) byKind[kind(s.url)] = (byKind[kind(s.url)] ?? 0) + s.bytes;
    return { query, results, total: sizes.reduce((sum, s) => sum + s.bytes, 0), byKind, requests: sizes.length };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) {
  const [dist, query, pagePath] = process.argv.slice(2);
  if (!dist) throw new Error('usage: search-bytes.ts <dist> [query] [page path]');
  console.log(JSON.stringify(await searchBytes(dist, query, pagePath)));
}
