import type { YAMLError } from 'yaml';

/**
 * Explains a YAML syntax error in an administrator's terms: which line, what is
 * probably wrong (an unclosed quote or bracket, a line indented too far, a tab)
 * and how to fix it, with the line itself and a caret under the spot.
 */

export function excerpt(text: string, line: number, column: number): string {
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

export interface SyntaxProblem {
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
export function explainSyntaxError(text: string, error: YAMLError): SyntaxProblem {
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

