import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Astro's Content-Security-Policy covers the scripts it bundles, but not
 * `is:inline` scripts, which it copies into pages as written (Starlight's theme,
 * search shortcut and sidebar scripts). Their hashes are worked out here from
 * the component sources themselves, never from built pages: a script that
 * reached a page any other way, such as through content, has no hash and the
 * browser refuses to run it.
 */

const inlineScript = /<script\s+is:inline(\s[^>]*)?>([\s\S]*?)<\/script>/g;

export function sha256Source(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The bodies of the `is:inline` scripts in one `.astro` source, as they appear in built pages. */
export function inlineScriptBodies(source: string): string[] {
  const bodies: string[] = [];
  for (const match of source.matchAll(inlineScript)) {
    // A script with `define:vars` or an expression inside is not copied verbatim; none is shipped.
    if (/define:vars/.test(match[1] ?? '') || match[2]!.trim() === '') continue;
    bodies.push(match[2]!);
  }
  return bodies;
}

/** Every `.astro` file under the given folders. */
export function astroFiles(...folders: string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
      .map((entry) => join(entry.parentPath, entry.name)),
  );
}

/** Hashes of every inline script the project ships, from these component sources. */
export function inlineScriptHashes(files: readonly string[]): `sha256-${string}`[] {
  const hashes = new Set<`sha256-${string}`>();
  for (const file of files) for (const body of inlineScriptBodies(readFileSync(file, 'utf8'))) hashes.add(sha256Source(body));
  return [...hashes].sort();
}
