import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir } from './dist.ts';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  files: string[];
}

function gz(path: string): number {
  return gzipSync(readFileSync(join(distDir, path))).length;
}

/** JavaScript modules a script pulls in with static imports (what the browser fetches on first load). */
function withImports(entry: string, seen: Set<string>): void {
  if (seen.has(entry) || !existsSync(join(distDir, entry))) return;
  seen.add(entry);
  const code = readFileSync(join(distDir, entry), 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    const target = match[1]!.startsWith('/') ? match[1]!.slice(1) : posix.join(posix.dirname(entry), match[1]!);
    withImports(target, seen);
  }
}

/**
 * What a first visit to a page downloads, gzip-compressed: the HTML, its
 * stylesheets, and its scripts with their static imports. Search's own files load
 * only when someone searches, so they are not counted.
 */
export function pageWeight(page: string): PageWeight {
  // A stylesheet inside <noscript> loads only when scripts are off (then the scripts do not).
  const html = readFileSync(join(distDir, page), 'utf8').replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g)].map((m) => m[1]!);
  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="\/([^"]+)"/g)) withImports(m[1]!, scripts);
  const weight = { html: gz(page), css: css.reduce((s, f) => s + gz(f), 0), js: [...scripts].reduce((s, f) => s + gz(f), 0) };
  return { ...weight, total: weight.html + weight.css + weight.js, files: [page, ...css, ...scripts] };
}
