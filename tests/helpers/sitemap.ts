import { readFileSync } from 'node:fs';
import { distDir } from './dist.ts';

/** Every page path in the test build's sitemaps: the ones sitemap-index.xml lists (Astro's pages, then the cohort and session pages'). */
export function sitemapPaths(): string[] {
  const index = readFileSync(`${distDir}sitemap-index.xml`, 'utf8');
  const files = [...index.matchAll(/<loc>https?:\/\/[^/]+\/([^<]*)<\/loc>/g)].map((m) => m[1]!);
  return files.flatMap((file) => [...readFileSync(`${distDir}${file}`, 'utf8').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!));
}
