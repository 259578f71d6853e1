import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The fixture hub's site, built by `npm run build:test`. */
export const distDir = new URL('../../.test-site/', import.meta.url).pathname;

/** Every file under dist/ with one of the given extensions, as paths relative to dist/. */
export function distFiles(extension: string, dir = distDir): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(extension)) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

export function readDist(path: string, dir = distDir): string {
  return readFileSync(join(dir, path), 'utf8');
}
