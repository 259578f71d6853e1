import { readFileSync, statSync } from 'node:fs';
import { displayPath } from '../content-dir.ts';
import type { ContentProblem } from '../problem.ts';
import { textValues, yamlLimits, type YamlSource } from '../read-yaml.ts';
import type { ContentRule } from '../types.ts';
import { handbookPageFiles } from '../handbook-files.ts';

/** Addresses that let anyone who has them join an online meeting. */
export const joiningLinkPatterns: readonly RegExp[] = [
  /teams\.microsoft\.com\/(l\/meetup-join|meet)\//i,
  /teams\.live\.com\/meet\//i,
  /(^|[./])zoom\.us\/(j|my|w|s)\//i,
  /meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}/i,
  /(^|[./])whereby\.com\/[\w-]+/i,
  /(^|[./])webex\.com\/(meet|join|[\w-]+\/j\.php)/i,
  /(gotomeeting\.com\/join|meet\.goto\.com)\//i,
  /meet\.jit\.si\/[\w-]+/i,
];

export function findJoiningLink(text: string): string | undefined {
  for (const pattern of joiningLinkPatterns) {
    const match = pattern.exec(text);
    if (match) {
      const start = text.lastIndexOf(' ', match.index) + 1;
      const link = text.slice(start).split(/[\s)>\]"']/)[0] ?? match[0];
      return link.length > 60 ? `${link.slice(0, 60)}…` : link;
    }
  }
  return undefined;
}

const fix = 'Remove it and send joining details to participants by email: the site and its calendars are public, so anyone could use it.';

function yamlLinks(source: YamlSource): ContentProblem[] {
  return textValues(source).flatMap(({ text, field, line, column }) => {
    const link = findJoiningLink(text);
    return link ? [{ file: source.file, line, column, field, message: `contains a joining link for an online meeting (${link}).`, fix, severity: 'error' as const }] : [];
  });
}

/** No joining link for an online meeting anywhere in content/: YAML values and handbook pages alike. */
export const joiningLinksRule: ContentRule = (context) => {
  const problems = context.sources.files.flatMap(yamlLinks);
  for (const path of handbookPageFiles(context.dir)) {
    if (statSync(path).size > yamlLimits.maxBytes) continue; // reported by the page checks
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const link = findJoiningLink(text);
        if (link) problems.push({ file: displayPath(path), line: i + 1, column: text.indexOf(link.replace(/…$/, '')) + 1, message: `contains a joining link for an online meeting (${link}).`, fix, severity: 'error' });
      });
  }
  return problems;
};
