import { markdownLinks } from '../../markdown.ts';
import type { ContentProblem } from '../problem.ts';
import { textValues } from '../read-yaml.ts';
import type { ContentRule } from '../types.ts';
import { unsafeUrl } from '../url-safety.ts';

/**
 * Links in the Markdown of YAML files (descriptions, instructions): none whose
 * address could run code. Links to this site's pages are checked with the pages
 * (they need the pages' addresses).
 */
export const yamlLinksRule: ContentRule = (context) => {
  const problems: ContentProblem[] = [];
  for (const source of context.sources.files) {
    // Not destructured: a value's line and column are worked out only when a problem needs them.
    for (const value of textValues(source)) {
      if (!/[[<(:]/.test(value.text)) continue;
      for (const { url, kind } of markdownLinks(value.text)) {
        const why = unsafeUrl(url, kind);
        if (why) {
          problems.push({ file: source.file, line: value.line, column: value.column, field: value.field, message: `has a ${kind} whose address ${why}: ${url.length > 60 ? `${url.slice(0, 60)}…` : url}`, fix: 'Link to a web page (https://…), an email address (mailto:…) or a page of this handbook.', severity: 'error' });
        }
      }
    }
  }
  return problems;
};
