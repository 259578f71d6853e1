import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ContentProblem } from './problem.ts';

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
  doc: Document.Parsed;
  lines: LineCounter;
  /** The plain data, ready for schema validation. */
  value: unknown;
}

export type YamlResult = { source: YamlSource; problems: ContentProblem[] } | { source?: undefined; problems: ContentProblem[] };

function excerpt(text: string, line: number, column: number): string {
  const content = text.split(/\r?\n/)[line - 1] ?? '';
  const shown = content.length > 200 ? `${content.slice(0, 200)}…` : content;
  return `  ${String(line).padStart(4)} | ${shown}\n       | ${' '.repeat(Math.max(0, column - 1))}^`;
}

/** First sentence of a `yaml` library message, without its own excerpt. */
function yamlReason(message: string): string {
  return message.split(' at line ')[0]!.replace(/\.$/, '');
}

const yamlFixes: Record<string, string> = {
  DUPLICATE_KEY: 'Each field may appear once: delete or rename the repeated one.',
  BAD_INDENT: 'Line the field up with the fields around it, using spaces, not tabs.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  MISSING_CHAR: 'Close the quote or bracket that was opened.',
  BLOCK_AS_IMPLICIT_KEY: 'Check the indentation and that each field is `name: value` on its own line.',
  MULTILINE_IMPLICIT_KEY: 'Put a space after the colon, or quote the text if it contains a colon.',
  UNEXPECTED_TOKEN: 'Quote text that starts with a special character such as `@`, `` ` ``, `*`, `&` or `%`.',
};

/**
 * Parses a YAML file as YAML 1.2, so that `2026-10-06` and `16:00` stay text
 * and nothing is converted in the build machine's time zone.
 */
export function parseYaml(text: string, file: string): YamlResult {
  const problems: ContentProblem[] = [];
  const bytes = Buffer.byteLength(text);
  if (bytes > yamlLimits.maxBytes) {
    return { problems: [tooBig(file, bytes)] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  for (const error of doc.errors) {
    const { line, col } = lines.linePos(error.pos[0]);
    problems.push({
      file,
      line,
      column: col,
      message: `YAML cannot be read here: ${yamlReason(error.message)}.`,
      fix: yamlFixes[error.code] ?? 'Check the indentation, colons and quotes on this line and the one above.',
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
  const source: YamlSource = { file, text, doc, lines, value };
  problems.push(...longStrings(source));
  return problems.length > 0 ? { problems } : { source, problems };
}

export function tooBig(file: string, bytes: number): ContentProblem {
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
  return {
    file,
    message: `is ${mb(bytes)}, larger than the ${mb(yamlLimits.maxBytes)} a content file may be.`,
    fix: 'Split it into smaller files (one cohort per file), or check it is the file you meant to save here.',
    severity: 'error',
  };
}

function longStrings(source: YamlSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.value.length > yamlLimits.maxStringLength) {
        const { line, col } = source.lines.linePos(node.range?.[0] ?? 0);
        problems.push({
          file: source.file,
          line,
          column: col,
          field: path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join(''),
          message: `is ${node.value.length.toLocaleString('en-GB')} characters long; the most allowed is ${yamlLimits.maxStringLength.toLocaleString('en-GB')}.`,
          fix: 'Shorten it, or link to a page with the detail.',
          severity: 'error',
        });
      }
    } else if (isMap(node)) {
      for (const pair of node.items) visit(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    }
  };
  visit(source.doc.contents, []);
  return problems;
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
