import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The handbook pages in a content folder, in a stable order: every .md and .mdx
 * file under handbook/, including those starting with `_` (not published as
 * pages, but a page may import them, so they are checked too).
 */
export function handbookPageFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      // Links are followed only to files (and checked to stay inside the content folder); never to folders.
      if (stat.isDirectory()) walk(path);
      else if (/\.mdx?$/.test(name)) found.push(path);
    }
  };
  walk(join(dir, 'handbook'));
  return found;
}
