import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { fieldName, type ContentProblem } from './problem.ts';

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
  BLOCK_AS_IMPLICIT_KEY: 'Check the indentation and that each field is `name: value` on its own line.',
  MULTILINE_IMPLICIT_KEY: 'Check the indentation and that each field is `name: value` on its own line.',
  UNEXPECTED_TOKEN: 'Quote text that starts with a special character such as `@`, `` ` ``, `*`, `&` or `%`.',
};

interface SyntaxProblem {
  offset: number;
  message: string;
  fix: string;
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const isBlankOrComment = (line: string) => /^\s*(#.*)?$/.test(line);

/** Offset of the start of line `index` (0-based) in `text`. */
function lineStart(lines: string[], index: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) offset += lines[i]!.length + 1;
  return offset;
}

/** The opening bracket `open` that is still unclosed at `offset`, ignoring quoted text. */
function unclosedOpening(text: string, offset: number, open: string, close: string): number | undefined {
  const stack: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (char === '"' || (char === "'" && (i === 0 || /[\s[{,:]/.test(text[i - 1]!)))) quote = char;
    else if (char === open) stack.push(i);
    else if (char === close) stack.pop();
  }
  return stack.at(-1);
}

/**
 * Explains one error from the `yaml` library in the administrator's terms, and
 * places it where the mistake is: the opening quote or bracket that is never
 * closed, or the line indented too far, rather than where the parser gave up.
 */
function explainSyntaxError(text: string, error: YAMLError): SyntaxProblem {
  const offset = error.pos[0];
  const reason = yamlReason(error.message);
  const lines = text.split('\n');
  const lineIndex = text.slice(0, offset).split('\n').length - 1;
  const line = lines[lineIndex] ?? '';
  const firstChar = (index: number) => lineStart(lines, index) + indentOf(lines[index] ?? '');

  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^["']?([^"':\n]+)/.exec(text.slice(offset))?.[1]?.trim();
      return {
        offset,
        message: `\`${key}\` is written twice in the same group of fields.`,
        fix: 'Each field may appear once: delete or rename the repeated one.',
      };
    }
    case 'TAB_AS_INDENT':
      return { offset, message: 'this line is indented with a tab.', fix: 'Indent with spaces, not tabs.' };
    case 'MISSING_CHAR': {
      const quote = /closing (["'])quote/.exec(reason)?.[1];
      if (quote) {
        const opening = text.lastIndexOf(quote, offset - 1);
        return {
          offset: opening >= 0 ? opening : offset,
          message: `the quote (${quote}) opened here is never closed.`,
          fix: `Add the closing ${quote} at the end of the text.`,
        };
      }
      if (/without - indicator/.test(reason)) {
        return {
          offset: firstChar(lineIndex),
          message: 'this field is not lined up with the fields above it.',
          fix: 'Indent it with the same number of spaces as the other fields of the same session or group.',
        };
      }
      break;
    }
    case 'BAD_INDENT': {
      const flow = /^Flow (sequence|map)/.exec(reason)?.[1];
      if (flow) {
        const [open, close] = flow === 'sequence' ? ['[', ']'] : ['{', '}'];
        const opening = unclosedOpening(text, offset, open, close);
        return {
          offset: opening ?? offset,
          message: flow === 'sequence' ? 'the list opened with [ here is never closed.' : 'the group opened with { here is never closed.',
          fix: flow === 'sequence' ? 'Add ] at the end of the list, for example `audience: [ect, mentor]`.' : 'Add } at the end of the group.',
        };
      }
      if (/same column/.test(reason)) {
        let index = lineIndex;
        while (index < lines.length - 1 && isBlankOrComment(lines[index]!)) index++;
        const dash = /^(\s*)-([^\s-].*)$/.exec(lines[index]!);
        if (dash) {
          return { offset: firstChar(index), message: 'the dash that starts a list item needs a space after it.', fix: `Write \`- ${dash[2]}\`.` };
        }
        return {
          offset: firstChar(index),
          message: 'this field is not lined up with the fields above it.',
          fix: 'Indent it with the same number of spaces as the other fields of the same session or group.',
        };
      }
      break;
    }
    case 'UNEXPECTED_TOKEN': {
      const field = /^(\s*(?:- )?)([\w-]+):\s+(.*)$/.exec(line);
      const value = field?.[3]?.replace(/\s+#.*$/, '').trim();
      if (field && value && /at node end/.test(reason)) {
        const quoted = /^["']/.test(value) ? `${field[2]}: '${value.replace(/'/g, "''")}'` : `${field[2]}: "${value.replace(/"/g, '\\"')}"`;
        return {
          offset: lineStart(lines, lineIndex) + line.indexOf(value),
          message: /^["']/.test(value) ? 'there is more text after the closing quote.' : `text cannot start with ${value[0]} unless it is in quotes.`,
          fix: `Put all of the text in quotes: \`${quoted}\`.`,
        };
      }
      break;
    }
    case 'BAD_SCALAR_START': {
      const field = /^(\s*(?:- )?)([\w-]+):\s+(.*)$/.exec(line);
      const value = field?.[3]?.replace(/\s+#.*$/, '').trim();
      return {
        offset,
        message: `text cannot start with ${text[offset]} unless it is in quotes.`,
        fix: field && value ? `Put it in quotes: \`${field[2]}: "${value.replace(/"/g, '\\"')}"\`.` : 'Put the text in quotes.',
      };
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      // `title: A talk` followed by a line indented further reads as one long title.
      const keyColumn = indentOf(line.replace(/^(\s*)- /, '$1  '));
      let next = lineIndex + 1;
      while (next < lines.length && isBlankOrComment(lines[next]!)) next++;
      const value = /^\s*(?:- )?[^\s:#][^:#]*:\s+(.*)$/.exec(line)?.[1] ?? '';
      if (next < lines.length && indentOf(lines[next]!) > keyColumn && /^\s*[\w-]+:(\s|$)/.test(lines[next]!) && !/^[|>]/.test(value)) {
        return {
          offset: firstChar(next),
          message: 'this line is indented further than the field above it, so it reads as part of that field’s value.',
          fix: 'Line it up with the fields above it, using spaces.',
        };
      }
      const field = /^(\s*(?:- )?)([^\s:#"'][^:#]*?):(\s+)(.*)$/.exec(line);
      if (field && /:\s/.test(field[4]!) && !/^["'[{|>]/.test(field[4]!)) {
        const quoted = `${field[2]}: "${field[4]!.trim().replace(/"/g, '\\"')}"`;
        return {
          offset: lineStart(lines, lineIndex) + field[1]!.length + field[2]!.length + 1 + field[3]!.length,
          message: 'the text contains a colon followed by a space, which YAML reads as the start of another field.',
          fix: `Put the text in quotes: \`${quoted}\`.`,
        };
      }
      const noSpace = /^(\s*(?:- )?)([\w-]+):(\S.*)$/.exec(line);
      if (noSpace) {
        return {
          offset: lineStart(lines, lineIndex) + noSpace[1]!.length + noSpace[2]!.length,
          message: `the colon after \`${noSpace[2]}\` needs a space after it.`,
          fix: `Write \`${noSpace[2]}: ${noSpace[3]}\`.`,
        };
      }
      if (/^\s*- /.test(line)) {
        return {
          offset: firstChar(lineIndex),
          message: 'a list item (a line starting with "- ") is not expected here.',
          fix: 'Indent it under the field it belongs to, or make it a `name: value` field.',
        };
      }
      return {
        offset,
        message: 'this line cannot be read as `name: value`.',
        fix: 'Check the indentation, and that each field is `name: value` on its own line.',
      };
    }
    case 'MULTIPLE_DOCS':
      return {
        offset: firstChar(lineIndex),
        message: 'the file has a second `---` line, which would start a second document.',
        fix: 'Delete the `---` line: a file holds one document.',
      };
  }
  return {
    offset,
    message: `YAML cannot be read here: ${reason}.`,
    fix: yamlFixes[error.code] ?? 'Check the indentation, colons and quotes on this line and the one above.',
  };
}

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
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
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
  const source: YamlSource = { file, text, doc, lines, value };
  problems.push(...longStrings(source));
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
  text: string;
  /** Field name as an editor reads it: `events[3].description`. */
  field: string;
  line: number;
  column: number;
}

/** Every text value in a YAML file, with where it is written. */
export function textValues(source: YamlSource): TextValue[] {
  const found: TextValue[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (isScalar(node)) {
      if (typeof node.value !== 'string') return;
      const { line, col } = source.lines.linePos(node.range?.[0] ?? 0);
      found.push({ text: node.value, field: fieldName(path), line, column: col });
    } else if (isMap(node)) {
      for (const pair of node.items) visit(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    }
  };
  visit(source.doc.contents, []);
  return found;
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
