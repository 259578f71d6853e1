import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The handbook pages in a content folder, in a stable order: every .md and .mdx
 * file under handbook/ except those starting with `_`, which are not published.
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
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.mdx?$/.test(name) && !name.startsWith('_')) found.push(path);
    }
  };
  walk(join(dir, 'handbook'));
  return found;
}
