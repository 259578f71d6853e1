import { markdownLinks } from '../../markdown.ts';
import type { ContentProblem } from '../problem.ts';
import { textValues } from '../read-yaml.ts';
import type { ContentRule } from '../types.ts';
import { unsafeUrl } from '../url-safety.ts';
import { generatedRoutes } from './page-links.ts';

/**
 * Links in the Markdown of YAML files (descriptions, instructions): none whose
 * address could run code, and none to a page of this site that is not there.
 * Links to handbook pages are checked with the pages (they need the pages' list).
 */
export const yamlLinksRule: ContentRule = (context) => {
  const problems: ContentProblem[] = [];
  const generated = generatedRoutes(context.content);
  for (const source of context.sources.files) {
    for (const { text, field, line, column } of textValues(source)) {
      if (!/[[<(:]/.test(text)) continue;
      for (const { url, kind } of markdownLinks(text)) {
        const why = unsafeUrl(url, kind);
        if (why) {
          problems.push({ file: source.file, line, column, field, message: `has a ${kind} whose address ${why}: ${url.length > 60 ? `${url.slice(0, 60)}…` : url}`, fix: 'Link to a web page (https://…), an email address (mailto:…) or a page of this handbook.', severity: 'error' });
        } else if (/^\/(events|calendars|changes)\b/.test(url) && !generated.has(url.split('#')[0]!.replace(/^([^.]*[^/])$/, '$1/'))) {
          problems.push({ file: source.file, line, column, field, message: `links to ${url}, which is not a page of this handbook.`, fix: 'Check the cohort and session ids in the address.', severity: 'error' });
        }
      }
    }
  }
  return problems;
};
