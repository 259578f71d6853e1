import { escapeHtml } from '../html.ts';

/** The sitemaps.org limit of addresses in one sitemap file. */
export const maxUrlsPerSitemap = 50_000;

/**
 * The cohort and session pages' sitemaps. The publish step writes them (the
 * pages are not Astro routes), and @astrojs/sitemap lists them in
 * sitemap-index.xml through its `customSitemaps` option, so its own sitemap
 * holds only Astro's pages: it sorts its addresses with `localeCompare`, which
 * took 3.6 s at 50,000 sessions. Addresses stay in the schedule's order.
 */
export function eventSitemapPaths(pages: number): string[] {
  return Array.from({ length: Math.ceil(pages / maxUrlsPerSitemap) }, (_, n) => `/sitemap-events-${n}.xml`);
}

/** The sitemap files for these page addresses (paths on the site), in `eventSitemapPaths` order. */
export function eventSitemaps(pages: readonly string[], siteUrl: string): { path: string; text: string }[] {
  return eventSitemapPaths(pages.length).map((path, n) => {
    const entries = pages.slice(n * maxUrlsPerSitemap, (n + 1) * maxUrlsPerSitemap).map((page) => `<url><loc>${escapeHtml(new URL(page, siteUrl).href)}</loc></url>`);
    return { path, text: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n` };
  });
}
