import { createHash } from 'node:crypto';

/**
 * Astro writes a Content-Security-Policy <meta> with the hashes of the scripts
 * and styles it bundles, but not of `is:inline` scripts (Starlight's theme and
 * sidebar scripts) or of some styles it inlines. This adds the missing hashes to
 * a built page, so nothing needs 'unsafe-inline' and nothing is blocked.
 */

const metaPattern = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const scriptPattern = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const stylePattern = /<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi;

const hashCache = new Map<string, string>();

function sha256(text: string): string {
  let hash = hashCache.get(text);
  if (!hash) {
    hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    hashCache.set(text, hash);
  }
  return hash;
}

function inlineBodies(html: string, pattern: RegExp, isData: (attrs: string) => boolean): string[] {
  const bodies: string[] = [];
  for (const match of html.matchAll(pattern)) {
    const attrs = match[1] ?? '';
    if (/\ssrc=/.test(attrs) || isData(attrs) || !match[2]) continue;
    bodies.push(match[2]);
  }
  return bodies;
}

function addToDirective(policy: string, directive: string, hashes: string[]): string {
  if (hashes.length === 0) return policy;
  const pattern = new RegExp(`(^|;\\s*)(${directive})\\s([^;]*)`);
  const match = pattern.exec(policy);
  if (!match) return policy;
  const existing = new Set(match[3]!.trim().split(/\s+/));
  const missing = hashes.filter((hash) => !existing.has(hash));
  if (missing.length === 0) return policy;
  return policy.replace(pattern, `$1$2 ${[...existing, ...missing].join(' ')}`);
}

/** The page with every inline script and style hash in its CSP meta; unchanged if nothing is missing. */
export function completeCspHashes(html: string): string {
  const meta = metaPattern.exec(html);
  if (!meta) return html;
  // JSON-LD and other data blocks are not executed, so CSP does not apply to them.
  const scripts = inlineBodies(html, scriptPattern, (attrs) => /type="(application\/(ld\+)?json|text\/template)"/i.test(attrs)).map(sha256);
  const styles = inlineBodies(html, stylePattern, () => false).map(sha256);
  let policy = meta[2]!.replace(/&#39;/g, "'");
  policy = addToDirective(policy, 'script-src', scripts);
  policy = addToDirective(policy, 'style-src', styles);
  if (policy === meta[2]) return html;
  return html.replace(metaPattern, `$1${policy}$3`);
}
