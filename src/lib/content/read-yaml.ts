import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { maxNesting, tooDeep } from './nesting.ts';
import { fieldName, type ContentProblem } from './problem.ts';
import { excerpt, explainSyntaxError } from './yaml-syntax-errors.ts';

/** Limits that keep hostile or mistaken files from hanging or exhausting the build. */
export const yamlLimits = {
  /** Largest file read, in bytes. A busy cohort of 1,000 sessions is about 300 KB. */
  maxBytes: 2_000_000,
  /** Most alias expansions (`*name`) a file may use; alias bombs need thousands. */
  maxAliasCount: 100,
  /** Longest single text value, in characters. */
  maxStringLength: 20_000,
};

export interface YamlSource {
  file: string;
  text: string;
  /** The parsed document with positions: parsed when a problem needs a line and column. */
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  /** The plain data, ready for schema validation. */
  value: unknown;
}

function parsedDocument(text: string) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  return { doc, lines };
}

/** A source whose document with positions is parsed only when something asks where a value is. */
function lazySource(file: string, text: string, value: unknown, parsed?: ReturnType<typeof parsedDocument>): YamlSource {
  let positions = parsed;
  const get = () => (positions ??= parsedDocument(text));
  return {
    file,
    text,
    value,
    get doc() {
      return get().doc;
    },
    get lines() {
      return get().lines;
    },
  };
}

/**
 * Anything the quick reader must leave to the full one: aliases, anchors and
 * tags (the full reader limits aliases), directives (\`%YAML 1.1\` changes what
 * values mean), complex keys (\`? \`), null keys, and the number forms that
 * YAML 1.2's core schema and js-yaml read differently (\`0b101\`, \`+.5\`). A
 * false alarm only costs time: the full reader then reads the file.
 * tests/unit/yaml-readers.test.ts holds the cases where the two readers differ.
 */
const needsFullReader = /(?:^|[\s,[{])(?:[&*!][^\s,[\]{}*]|[-+]?0b|[-+]\.|\?(?:\s|$)|(?:null|Null|NULL|~)\s*:)|^%/m;

/**
 * Reads well-formed YAML with js-yaml's core schema, which gives the same values
 * as the full reader for everything \`needsFullReader\` lets through, about ten
 * times faster. Anything it refuses goes to the full reader, whose messages say
 * what is wrong and where.
 */
export function readsQuickly(text: string): boolean {
  return quickValue(text) !== undefined;
}

function quickValue(text: string): { value: unknown } | undefined {
  if (needsFullReader.test(text)) return undefined;
  try {
    return { value: load(text, { schema: CORE_SCHEMA }) ?? null };
  } catch {
    return undefined;
  }
}

export type YamlResult = { source: YamlSource; problems: ContentProblem[] } | { source?: undefined; problems: ContentProblem[] };

/**
 * Parses a YAML file as YAML 1.2, so that `2026-10-06` and `16:00` stay text
 * and nothing is converted in the build machine's time zone.
 *
 * Only the first syntax error is reported (and any repeated field): one mistake
 * in YAML usually confuses the parser for the rest of the file, and a list of
 * follow-on errors would hide the one that matters.
 */
export function parseYaml(text: string, file: string): YamlResult {
  const problems: ContentProblem[] = [];
  const bytes = Buffer.byteLength(text);
  if (bytes > yamlLimits.maxBytes) {
    return { problems: [tooBig(file, bytes)] };
  }
  const deep = tooDeep(text);
  if (deep) {
    return {
      problems: [
        {
          file,
          line: deep.line,
          column: 1,
          message: `nests ${deep.depth} levels deep (${deep.what}), more than the ${maxNesting} a content file may, so it is not read.`,
          fix: 'Check the brackets and indentation around this line: content files need only a few levels.',
          severity: 'error',
        },
      ],
    };
  }
  const quick = quickValue(text);
  if (quick) return withLimits(lazySource(file, text, quick.value));
  const parsed = parsedDocument(text);
  const { doc, lines } = parsed;
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const reported = errors.filter((error, i) => i === 0 || error.code === 'DUPLICATE_KEY');
  for (const error of reported) {
    const explained = explainSyntaxError(text, error);
    const { line, col } = lines.linePos(explained.offset);
    if (problems.some((p) => p.line === line && p.column === col)) continue;
    problems.push({
      file,
      line,
      column: col,
      message: explained.message,
      fix: explained.fix,
      severity: 'error',
      excerpt: excerpt(text, line, col),
    });
  }
  if (problems.length > 0) return { problems };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: yamlLimits.maxAliasCount });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const aliasAbuse = /alias/i.test(reason);
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          message: aliasAbuse
            ? `uses YAML aliases (\`*name\`) more than ${yamlLimits.maxAliasCount} times, which could exhaust the build.`
            : `YAML cannot be read: ${reason}.`,
          fix: aliasAbuse ? 'Write the values out in full instead of using `&anchors` and `*aliases`.' : 'Check the file is valid YAML.',
          severity: 'error',
        },
      ],
    };
  }
  return withLimits(lazySource(file, text, value, parsed));
}

function withLimits(source: YamlSource): YamlResult {
  const problems = longStrings(source);
  return problems.length > 0 ? { problems } : { source, problems };
}

export function tooBig(file: string, bytes: number): ContentProblem {
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
  return {
    file,
    message: `is ${mb(bytes)}, larger than the ${mb(yamlLimits.maxBytes)} a content file may be.`,
    fix: 'Split it into smaller files (one cohort per file, one page per topic), or check it is the file you meant to save here.',
    severity: 'error',
  };
}

export interface TextValue {
  readonly text: string;
  /** Where the value is written in the file, as offsets. */
  readonly start: number;
  readonly end: number;
  /** Field name as an editor reads it: `events[3].description`. */
  readonly field: string;
  readonly line: number;
  readonly column: number;
}

/**
 * The line and column of `fragment` inside a value as written, for a problem in
 * the middle of a long block of text; the value's own start when it is not
 * written there as it is (an escape or an entity, say).
 */
export function placeWithin(source: YamlSource, value: TextValue, fragment: string): { line: number; column: number } {
  const at = fragment ? source.text.slice(value.start, value.end).indexOf(fragment) : -1;
  if (at < 0) return { line: value.line, column: value.column };
  const { line, col } = source.lines.linePos(value.start + at);
  return { line, column: col };
}

/** Every text value in a YAML file, with where it is written. */
export function textValues(source: YamlSource): TextValue[] {
  const found: TextValue[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') found.push(new PlacedText(source, path, value));
    else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(source.value, []);
  return found;
}

/** A text value whose place in the file is looked up only when a problem is reported there. */
class PlacedText implements TextValue {
  readonly source: YamlSource;
  readonly path: readonly (string | number)[];
  readonly text: string;
  readonly field: string;
  #range?: [number, number];
  #position?: Position;
  constructor(source: YamlSource, path: readonly (string | number)[], text: string) {
    this.source = source;
    this.path = path;
    this.text = text;
    this.field = fieldName(path);
  }
  get start(): number {
    return (this.#range ??= rangeOf(nodeAt(this.source, this.path)))[0];
  }
  get end(): number {
    return (this.#range ??= rangeOf(nodeAt(this.source, this.path)))[1];
  }
  get line(): number {
    return (this.#position ??= locateValue(this.source, this.path)).line;
  }
  get column(): number {
    return (this.#position ??= locateValue(this.source, this.path)).column;
  }
}

function rangeOf(node: Node | undefined): [number, number] {
  return [node?.range?.[0] ?? 0, node?.range?.[1] ?? 0];
}

function longStrings(source: YamlSource): ContentProblem[] {
  return textValues(source)
    .filter((value) => value.text.length > yamlLimits.maxStringLength)
    .map((value) => ({
      file: source.file,
      line: value.line,
      column: value.column,
      field: value.field,
      message: `is ${value.text.length.toLocaleString('en-GB')} characters long; the most allowed is ${yamlLimits.maxStringLength.toLocaleString('en-GB')}.`,
      fix: 'Shorten it, or link to a page with the detail.',
      severity: 'error' as const,
    }));
}

export interface Position {
  line: number;
  column: number;
}

function position(source: YamlSource, node: Node | undefined | null): Position {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = source.lines.linePos(offset);
  return { line, column: col };
}

/** The node at `path`, or the deepest existing node along it. */
function deepestNode(source: YamlSource, path: readonly PropertyKey[]): { node: Node | undefined; depth: number } {
  let node = source.doc.contents as Node | null;
  let depth = 0;
  for (const key of path) {
    let next: unknown;
    if (isMap(node)) next = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(key))?.value;
    else if (isSeq(node) && typeof key === 'number') next = node.items[key];
    if (!next) break;
    node = next as Node;
    depth += 1;
  }
  return { node: node ?? undefined, depth };
}

/** The node holding the value at `path`, if there is one. */
export function nodeAt(source: YamlSource, path: readonly PropertyKey[]): Node | undefined {
  const { node, depth } = deepestNode(source, path);
  return depth === path.length ? node : undefined;
}

/** The value at `path` exactly as written in the file, for example `16.00` where YAML read the number 16. */
export function writtenText(source: YamlSource, path: readonly PropertyKey[]): string | undefined {
  const range = nodeAt(source, path)?.range;
  return range ? source.text.slice(range[0], range[1]).trim() : undefined;
}

/** Where the value at `path` is written; falls back to the nearest parent that exists. */
export function locateValue(source: YamlSource, path: readonly PropertyKey[]): Position {
  return position(source, deepestNode(source, path).node);
}

/** Where the key `key` of the map at `path` is written (for unknown fields). */
export function locateKey(source: YamlSource, path: readonly PropertyKey[], key: string): Position {
  const { node, depth } = deepestNode(source, path);
  if (depth === path.length && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    if (pair) return position(source, pair.key as Node);
  }
  return position(source, node);
}
