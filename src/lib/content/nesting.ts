/**
 * How deeply a text nests, measured before any parser sees it. The Markdown,
 * MDX and YAML parsers recurse once per level, and thousands of levels crash
 * them (a segmentation fault cannot even be caught), so deeply nested content is
 * refused first. Real content nests a handful of levels.
 */

export const maxNesting = 64;

export interface Nesting {
  depth: number;
  line: number;
  what: string;
}

/** Deepest run of brackets `( [ {` and of HTML or JSX tags, with the line where it peaks. */
export function bracketNesting(text: string): Nesting {
  let depth = 0;
  let deepest: Nesting = { depth: 0, line: 1, what: 'brackets' };
  let tags = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === '<') {
      const next = text[i + 1] ?? '';
      if (next === '/') tags = Math.max(0, tags - 1);
      else if (/[A-Za-z]/.test(next)) {
        const end = text.indexOf('>', i);
        if (end > 0 && text[end - 1] !== '/') tags++;
      }
    }
    if (depth > deepest.depth && depth >= tags) deepest = { depth, line, what: 'brackets' };
    if (tags > deepest.depth) deepest = { depth: tags, line, what: 'tags' };
  }
  return deepest;
}

/** Deepest quote (`>`) or indentation on any line, the way Markdown nests quotes and lists. */
export function lineNesting(text: string): Nesting {
  let deepest: Nesting = { depth: 0, line: 1, what: 'quotes' };
  text.split('\n').forEach((content, index) => {
    const prefix = /^[\s>]*/.exec(content)![0];
    const quotes = prefix.split('>').length - 1;
    const indent = Math.floor(prefix.replace(/>/g, '').replace(/\t/g, '    ').length / 2);
    // Lists nest by "- " at the start of a line too: "- - - - x".
    const listMarkers = (/^(\s*[-*+]\s+)+/.exec(content)?.[0].match(/[-*+]/g) ?? []).length;
    const depth = Math.max(quotes, indent, listMarkers);
    if (depth > deepest.depth) deepest = { depth, line: index + 1, what: quotes >= indent ? 'quotes' : 'indentation' };
  });
  return deepest;
}

/** The deeper of the two measures, if it is past the limit. */
export function tooDeep(text: string): Nesting | undefined {
  const brackets = bracketNesting(text);
  const lines = lineNesting(text);
  const worst = brackets.depth >= lines.depth ? brackets : lines;
  return worst.depth > maxNesting ? worst : undefined;
}
