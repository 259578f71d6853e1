import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToJs } from 'satteri';
import { handbookFrontmatterSchema } from '../../../schemas/handbook-page-frontmatter.ts';
import { roles } from '../../../schemas/programme.ts';
import { displayPath } from '../content-dir.ts';
import type { ContentProblem } from '../problem.ts';
import { parseYaml, tooBig, yamlLimits } from '../read-yaml.ts';
import { validateSource } from '../schema-problems.ts';
import { listOr, nearest } from '../suggest.ts';
import type { ContentRule } from '../types.ts';
import { handbookPageFiles } from '../handbook-files.ts';

/** What a page can import from '@handbook/components' (src/components/mdx/index.ts). */
export const handbookComponentNames = ['site', 'ContactEmail', 'Commitment', 'RecruitmentWindows', 'Glossary', 'Pathway', 'PathwayStage', 'PartnerName', 'PlatformSupport'] as const;

/**
 * The `---` front matter of a page, preceded by an empty line for the opening
 * `---`, so that line numbers in its YAML are line numbers in the page.
 */
function frontmatterOf(text: string): string | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  return match ? `\n${match[1]}` : undefined;
}

function lineOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * Handbook pages: front matter fields, MDX that compiles, imports that exist,
 * and `<Commitment>` props that name a real programme, role and year.
 */
export const handbookPagesRule: ContentRule = (context) => {
  const problems: ContentProblem[] = [];
  for (const path of handbookPageFiles(context.dir)) {
    const file = displayPath(path);
    const size = statSync(path).size;
    if (size > yamlLimits.maxBytes) {
      // Decided from the size alone, like a YAML file: a huge page is not read or compiled.
      problems.push(tooBig(file, size));
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const isIndex404 = relative(join(context.dir, 'handbook'), path).replace(/\\/g, '/') === '404.md';

    const frontmatter = frontmatterOf(text);
    if (frontmatter === undefined) {
      problems.push({ file, line: 1, column: 1, message: 'has no front matter, so it has no title.', fix: 'Start the file with three lines: ---, then title: Your page title, then ---.', severity: 'error' });
    } else {
      const parsed = parseYaml(frontmatter, file);
      problems.push(...parsed.problems);
      if (parsed.source) {
        const { data, problems: fieldProblems } = validateSource(handbookFrontmatterSchema, parsed.source);
        problems.push(...fieldProblems);
        if (data && !data.lastReviewed && !isIndex404) {
          problems.push({ file, line: 2, column: 1, field: 'lastReviewed', message: 'is missing, so readers cannot tell how current the page is.', fix: 'Add `lastReviewed: YYYY-MM-DD` with the date you last checked the page against its sources.', severity: 'warning' });
        }
      }
    }

    if (path.endsWith('.mdx')) {
      try {
        mdxToJs(text);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const place = /^(\d+):(\d+):\s*/.exec(message);
        const reason = message.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\(\d+:\d+\)/, '').replace(/\s*\([\w:-]+\)\s*$/, '');
        problems.push({
          file,
          line: place ? Number(place[1]) : undefined,
          column: place ? Number(place[2]) : undefined,
          message: `cannot be read as MDX: ${reason}.`,
          fix: 'Close every tag you open (<Tag> … </Tag>, or <Tag />), and write a literal { or < as \\{ or \\<.',
          severity: 'error',
        });
      }
    }

    for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]@handbook\/components['"]/g)) {
      for (const raw of match[1]!.split(',')) {
        const name = raw.trim().split(/\s+as\s+/)[0]!.trim();
        if (!name || (handbookComponentNames as readonly string[]).includes(name)) continue;
        const guess = nearest(name, handbookComponentNames);
        problems.push({
          file,
          ...lineOf(text, match.index! + match[0].indexOf(name)),
          message: `imports ${name}, which '@handbook/components' does not provide.`,
          fix: guess ? `Did you mean \`${guess}\`?` : `Available: ${listOr([...handbookComponentNames])}.`,
          severity: 'error',
        });
      }
    }

    for (const match of text.matchAll(/<Commitment\b([^>]*)\/?>/g)) {
      const props = Object.fromEntries([...match[1]!.matchAll(/(\w+)=(?:"([^"]*)"|\{(\d+)\})/g)].map((m) => [m[1], m[2] ?? m[3]]));
      const at = lineOf(text, match.index!);
      const programmeId = props.programme;
      const programme = programmeId ? context.content?.programmes[programmeId] : undefined;
      const known = context.sources.ids.programmes;
      if (programmeId && !programme && known.includes(programmeId)) {
        // The programme file has problems of its own, reported where they are.
      } else if (!programmeId || !programme) {
        const guess = programmeId ? nearest(programmeId, known) : undefined;
        problems.push({ file, ...at, message: `<Commitment> ${programmeId ? `names programme "${programmeId}", which is not in content/programmes` : 'has no programme="…"'}.`, fix: guess ? `Did you mean programme="${guess}"?` : `Use ${known.length === 1 ? '' : 'one of '}${listOr(known.map((k) => `programme="${k}"`))}.`, severity: 'error' });
      } else if (!props.role || !(roles as readonly string[]).includes(props.role)) {
        problems.push({ file, ...at, message: `<Commitment> needs role="ect" or role="mentor"${props.role ? `, not "${props.role}"` : ''}.`, fix: 'Set role to the person whose sessions you mean.', severity: 'error' });
      } else if (props.year !== undefined && !programme.years.some((y) => String(y.number) === props.year)) {
        problems.push({ file, ...at, message: `<Commitment> asks for year ${props.year}, which programme ${programmeId} does not have.`, fix: `Use ${listOr(programme.years.map((y) => `year={${y.number}}`))}, or leave year out for the whole programme.`, severity: 'error' });
      } else if (props.year !== undefined && !programme.years.find((y) => String(y.number) === props.year)?.commitments?.[props.role as 'ect' | 'mentor']) {
        problems.push({ file, ...at, message: `<Commitment> asks for year ${props.year}, but programme ${programmeId} states no commitments for that year.`, fix: `Add \`commitments:\` to that year in content/programmes/${programmeId}.yaml, or leave year out.`, severity: 'error' });
      }
    }
  }
  return problems;
};
