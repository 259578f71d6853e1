/**
 * Which link addresses content may publish. A browser reads `java&#115;cript:`,
 * ` JAVASCRIPT:` and `java\tscript:` all as `javascript:`, so the address is
 * decoded and normalised the same way before its scheme is read.
 */

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', sol: '/', period: '.', lpar: '(', rpar: ')' };

/** Decodes HTML character references (`&#106;`, `&#x6A;`, `&colon;`), as a browser does in an attribute. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[ref.toLowerCase()] ?? whole;
  });
}

/** The scheme a browser would see in `url`, lower case, or undefined for a relative address. */
export function urlScheme(url: string): string | undefined {
  let decoded = decodeEntities(url);
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // Not percent-encoded text: read it as it is.
  }
  // Browsers drop leading spaces and control characters, and tabs and newlines anywhere.
  const cleaned = decoded.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match ? match[1]!.toLowerCase() : undefined;
}

const safeSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/** Why a link address must not be published, or undefined if it may be. */
export function unsafeUrl(url: string, kind: 'link' | 'image' = 'link'): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || safeSchemes.has(scheme)) return undefined;
  if (kind === 'image' && scheme === 'data' && /^data:image\/(png|jpeg|gif|webp|avif);base64,/i.test(url.trim())) return undefined;
  if (scheme === 'javascript' || scheme === 'vbscript') return `is a ${scheme}: address, which runs a program instead of opening a page`;
  if (scheme === 'data') return 'is a data: address, which can carry a whole page or program';
  return `uses the ${scheme}: scheme, which a browser may hand to another program`;
}
