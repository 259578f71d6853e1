import { displayPath } from '../content-dir.ts';
import { handbookPageFiles } from '../handbook-files.ts';
import { findJoiningLink } from '../joining-link.ts';
import type { ContentProblem } from '../problem.ts';
import { readContentText } from '../read-file.ts';
import { placeWithin, textValues, type YamlSource } from '../read-yaml.ts';
import type { ContentRule } from '../types.ts';

const fix = 'Remove it and send joining details to participants by email: the site and its calendars are public, so anyone could use it.';

function yamlLinks(source: YamlSource): ContentProblem[] {
  return textValues(source).flatMap((value) => {
    const found = findJoiningLink(value.text);
    if (!found) return [];
    // Where the link starts as written; its host when it was written with entities or escapes.
    const written = found.link.replace(/…$/, '').slice(0, 24);
    const host = /^(?:[a-z][a-z0-9+.-]*:\/*)?([^/\s]+)/i.exec(found.link)?.[1] ?? '';
    const place = source.text.slice(value.start, value.end).includes(written) ? placeWithin(source, value, written) : placeWithin(source, value, host);
    return [{ file: source.file, ...place, field: value.field, message: `contains ${found.kind} (${found.link}).`, fix, severity: 'error' as const }];
  });
}

/** No joining link for an online meeting anywhere in content/: YAML values and handbook pages alike. */
export const joiningLinksRule: ContentRule = (context) => {
  const problems = context.sources.files.flatMap(yamlLinks);
  for (const path of handbookPageFiles(context.dir)) {
    // Files that cannot be read are reported by the page checks.
    const { text } = readContentText(path, context.dir);
    text?.split('\n').forEach((line, i) => {
      const found = findJoiningLink(line);
      if (found) problems.push({ file: displayPath(path), line: i + 1, column: Math.max(1, line.indexOf(found.link.replace(/…$/, '').slice(0, 12)) + 1), message: `contains ${found.kind} (${found.link}).`, fix, severity: 'error' });
    });
  }
  return problems;
};
