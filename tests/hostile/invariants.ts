// What must hold of a built site, whatever the content said:
//  (a) a failed build leaves the previous output byte-identical (compare hashTree before and after);
//  (b) no HTML runs a payload: no <script>, on* attribute, javascript:/vbscript:/data: address,
//      frame or other active element carrying the marker, and no raw markup in the search index;
//  (c) every .ics file is read by ical.js, has no raw control character in a value, ends its lines
//      (the last one too) in CRLF and folds them at 75 octets;
//  (d) every JSON-LD block parses as JSON and holds no </script;
//  (e) nothing from outside the content folder and public/ is published.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
// `entities` comes with Astro (through svgo); it decodes attribute values the way a browser does.
import { decodeHTMLAttribute } from 'entities';
import { HtmlValidate, Parser } from 'html-validate';
import ICAL from 'ical.js';

export interface Violation {
  invariant: 'a' | 'b' | 'c' | 'd' | 'e';
  file: string;
  detail: string;
}

/** Every file under `dir` (symbolic links listed, not followed), as sorted relative paths. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** A hash of each file under `dir` (the target, for a symbolic link), by relative path. */
export function fileHashes(dir: string): Map<string, string> {
  return new Map(
    filesUnder(dir).map((path) => {
      const full = join(dir, path);
      const bytes = lstatSync(full).isSymbolicLink() ? `-> ${readlinkSync(full)}` : readFileSync(full);
      return [path, createHash('sha256').update(bytes).digest('hex')];
    }),
  );
}

/** One hash for the names and bytes of every file under `dir`. */
export function hashTree(dir: string): string {
  return createHash('sha256').update(JSON.stringify([...fileHashes(dir)])).digest('hex');
}

/** What changed between two `fileHashes`, in words, or undefined when nothing did. */
export function treeChanges(before: Map<string, string>, after: Map<string, string>): string | undefined {
  const removed = [...before.keys()].filter((path) => !after.has(path));
  const added = [...after.keys()].filter((path) => !before.has(path));
  const changed = [...before.keys()].filter((path) => after.has(path) && after.get(path) !== before.get(path));
  if (removed.length + added.length + changed.length === 0) return undefined;
  const part = (n: number, what: string, paths: string[]) => (n ? `${n} ${what} (${paths.slice(0, 2).join(', ')}${n > 2 ? ', …' : ''})` : '');
  return [part(removed.length, 'removed', removed), part(changed.length, 'changed', changed), part(added.length, 'added', added)].filter(Boolean).join(', ');
}

/** A file's text, unzipped first for Pagefind's compressed index files. */
export function readPublished(path: string): string {
  const bytes = readFileSync(path);
  if (/\.pf_(fragment|index|meta|filter)$/.test(path)) {
    try {
      return gunzipSync(bytes).toString('utf8');
    } catch {
      // Not compressed after all: read as it is.
    }
  }
  return bytes.toString('utf8');
}

/** Published files whose text holds `marker`: where a payload ended up. */
export function filesWith(dist: string, marker: string): string[] {
  return filesUnder(dist).filter((path) => readPublished(join(dist, path)).includes(marker));
}

// ---------------------------------------------------------------------------
// (b) and (d): HTML, parsed by html-validate's parser (raw-text elements, unquoted
// attributes and RCDATA as browsers read them), attributes decoded like a browser.

const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'codebase', 'ping', 'srcset', 'manifest', 'icon']);
/** Elements that load or send something through their attributes. */
const activeElements = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form']);

function runsCode(url: string): boolean {
  // Browsers ignore leading control characters and spaces, and tabs and line breaks anywhere.
  return /^(javascript|vbscript|data):/i.test(url.replace(/[\u0000-\u0020]/g, ''));
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

interface ParsedElement {
  tagName: string;
  textContent: string;
  attributes: { key: string; value: unknown }[];
  childElements: ParsedElement[];
}

// html-validate's parser with its default element metadata: raw-text elements, unquoted
// attributes and RCDATA are read the way browsers read them.
const htmlParser = new Parser(new HtmlValidate({ rules: {} }).getConfigForSync('page.html'));

/**
 * Every start tag of `html` as a flat list, with the text of <script> and <style>: a
 * rougher reading, for a page nested too deeply for the parser's recursion.
 */
function startTags(html: string): ParsedElement {
  const elements: ParsedElement[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][^\s/>]*)((?:\s*[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    const attributes = [...tag[2]!.matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((a) => ({ key: a[1]!, value: a[2] ?? a[3] ?? a[4] ?? '' }));
    const rawText = /^(script|style)$/i.test(tag[1]!) ? html.slice(tag.index! + tag[0].length).split(new RegExp(`</${tag[1]}`, 'i'))[0]! : '';
    elements.push({ tagName: tag[1]!, textContent: rawText, attributes, childElements: [] });
  }
  return { tagName: '#document', textContent: '', attributes: [], childElements: elements };
}

function parseHtml(html: string, file: string): ParsedElement {
  try {
    return htmlParser.parseHtml({ data: html, filename: file, line: 1, column: 1, offset: 0 }) as unknown as ParsedElement;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return startTags(html);
  }
}

function htmlViolations(root: ParsedElement, file: string, marker: RegExp): Violation[] {
  const found: Violation[] = [];
  const add = (invariant: Violation['invariant'], detail: string) => found.push({ invariant, file, detail });
  // A loop, not recursion: a page may nest elements thousands deep.
  const stack = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    const name = element.tagName.toLowerCase();
    const attributes = element.attributes.map(({ key, value }) => ({ key: key.toLowerCase(), value: decodeHTMLAttribute(typeof value === 'string' ? value : String(value ?? '')) }));
    const attribute = (key: string) => attributes.find((a) => a.key === key)?.value;
    const carries = (text: string) => marker.test(text) || marker.test(percentDecoded(text));
    const attributesCarry = attributes.some((a) => carries(a.value));

    if (marker.test(name)) add('b', `an element <${name}> made from the payload`);
    if (name === 'script') {
      const text = element.textContent;
      if ((attribute('type') ?? '').toLowerCase() === 'application/ld+json') {
        if (/<\/script/i.test(text)) add('d', 'a JSON-LD block holds </script');
        try {
          JSON.parse(text);
        } catch (error) {
          add('d', `a JSON-LD block is not JSON (${(error as Error).message.slice(0, 80)}): ${text.slice(0, 120)}`);
        }
      } else if (carries(text) || attributesCarry) {
        add('b', `a <script> element carries the payload: ${text.trim().slice(0, 100)}`);
      }
    }
    for (const { key, value } of attributes) {
      if (marker.test(key)) add('b', `<${name}> has an attribute named from the payload: ${key}`);
      if (key.startsWith('on') && carries(value)) add('b', `<${name} ${key}="${value.slice(0, 80)}">`);
      if (urlAttributes.has(key) && runsCode(value) && carries(value)) add('b', `<${name} ${key}="${value.slice(0, 80)}">`);
      if (key === 'srcdoc' && carries(value)) add('b', `<${name} srcdoc="${value.slice(0, 80)}">`);
    }
    if (name === 'meta' && /refresh/i.test(attribute('http-equiv') ?? '') && carries(attribute('content') ?? '')) {
      add('b', `<meta http-equiv="refresh" content="${(attribute('content') ?? '').slice(0, 80)}">`);
    } else if (activeElements.has(name) && attributesCarry) {
      add('b', `a <${name}> element carries the payload in its attributes`);
    } else if (name === 'style' && carries(element.textContent)) {
      add('b', 'a <style> element carries the payload');
    }
    stack.push(...element.childElements);
  }
  return found;
}

/**
 * Pagefind's search box escapes a fragment's `content` before it builds excerpts, but
 * shows `raw_content` as it is and filter names and values as HTML: those must hold no
 * raw markup, and an image address must not run code.
 */
function searchIndexViolations(text: string, file: string, marker: RegExp): Violation[] {
  let fragment: { raw_content?: string; filters?: Record<string, string[]>; meta?: Record<string, string> };
  try {
    fragment = JSON.parse(text.replace(/^pagefind_dcd/, ''));
  } catch {
    return [];
  }
  const markup = /<[a-zA-Z/!?]/;
  const shownAsHtml = [fragment.raw_content ?? '', ...Object.entries(fragment.filters ?? {}).flat(2)];
  const found: Violation[] = shownAsHtml
    .filter((value) => marker.test(value) && markup.test(value))
    .map((value) => ({ invariant: 'b' as const, file, detail: `the search index holds raw markup shown as HTML: …${value.slice(Math.max(0, value.search(markup) - 20), value.search(markup) + 80)}…` }));
  const image = fragment.meta?.image ?? '';
  if (runsCode(image) && marker.test(image)) found.push({ invariant: 'b', file, detail: `the search index gives an image address that runs code: ${image.slice(0, 80)}` });
  return found;
}

// ---------------------------------------------------------------------------
// (c): calendar files.

/** Properties whose values come from what an administrator wrote (or from the site's address in site.yaml). */
const textProperties = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'X-WR-CALNAME', 'NAME', 'X-WR-CALDESC', 'URL', 'UID', 'PRODID']);
const singleLineProperties = ['summary', 'location', 'x-wr-calname', 'name'];
// RFC 5545 CONTROL (all but tab), C1 controls and Unicode line and paragraph separators.
const controlCharacter = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function icsViolations(bytes: Buffer, file: string, marker: RegExp): Violation[] {
  const found: Violation[] = [];
  const add = (detail: string) => found.length < 20 && found.push({ invariant: 'c', file, detail });
  const text = bytes.toString('utf8');
  if (!text.endsWith('\r\n')) add('the last line does not end in CRLF');
  const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let i = 1; start < bytes.length; i++) {
    const end = bytes.indexOf('\r\n', start);
    const line = bytes.subarray(start, end < 0 ? bytes.length : end);
    start = end < 0 ? bytes.length : end + 2;
    if (line.includes(0x0d) || line.includes(0x0a)) add(`line ${i} holds a bare CR or LF: ${JSON.stringify(line.toString('utf8').slice(0, 80))}`);
    if (line.length > 75) add(`line ${i} is ${line.length} octets, not folded at 75`);
    try {
      strictUtf8.decode(line);
    } catch {
      add(`line ${i} is not whole UTF-8: a fold splits a character`);
    }
  }
  const logical = text.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  for (const line of logical) {
    const name = line.split(/[;:]/)[0]!.toUpperCase();
    const control = controlCharacter.exec(line);
    if (control) add(`${name} holds the control character ${codePoint(control[0])}`);
    if (marker.test(line) && !textProperties.has(name)) add(`the payload became a property of its own: ${JSON.stringify(line.slice(0, 100))}`);
  }
  try {
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const component of [calendar, ...calendar.getAllSubcomponents('vevent')]) {
      for (const property of singleLineProperties) {
        const value = component.getFirstPropertyValue(property);
        if (typeof value === 'string' && /[\r\n]/.test(value)) add(`${property.toUpperCase()} reads back with a line break: ${JSON.stringify(value.slice(0, 80))}`);
      }
    }
  } catch (error) {
    add(`ical.js cannot read it: ${(error as Error).message.slice(0, 120)}`);
  }
  return found;
}

// ---------------------------------------------------------------------------
// (e): files from outside the content folder.

export interface Secret {
  /** What it is, for the report. */
  label: string;
  text: string;
}

/** Text that identifies files outside the content folder and the build machine. */
export function machineSecrets(repoRoot: string): Secret[] {
  const secrets: Secret[] = [
    { label: 'the repository’s package.json', text: JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).name },
    { label: '/etc/passwd', text: 'root:x:0:0:' },
  ];
  try {
    const hostname = readFileSync('/etc/hostname', 'utf8').trim();
    if (hostname.length >= 8) secrets.push({ label: '/etc/hostname', text: hostname });
  } catch {
    // No /etc/hostname on this machine.
  }
  return secrets;
}

// ---------------------------------------------------------------------------

/** Invariants (b) to (e) over a built site in `dist`. */
export async function builtSiteViolations(dist: string, options: { marker: string; secrets: Secret[] }): Promise<Violation[]> {
  const marker = new RegExp(options.marker, 'i');
  const found: Violation[] = [];
  for (const path of filesUnder(dist)) {
    const full = join(dist, path);
    if (lstatSync(full).isSymbolicLink()) {
      found.push({ invariant: 'e', file: path, detail: `a symbolic link to ${readlinkSync(full)} was published` });
      continue;
    }
    const text = readPublished(full);
    if (path.endsWith('.html')) found.push(...htmlViolations(parseHtml(text, path), path, marker));
    else if (path.endsWith('.ics')) found.push(...icsViolations(readFileSync(full), path, marker));
    else if (path.endsWith('.pf_fragment')) found.push(...searchIndexViolations(text, path, marker));
    for (const secret of options.secrets) {
      if (text.includes(secret.text)) found.push({ invariant: 'e', file: path, detail: `holds the text of ${secret.label}` });
    }
  }
  return found;
}
