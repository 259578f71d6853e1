import { join, relative } from 'node:path';
import { mdxToJs } from 'satteri';
import { roles } from '../../../schemas/programme.ts';
import { glossaryAnchor, glossaryLetter, letterAnchor } from '../../glossary-anchor.ts';
import { displayPath } from '../content-dir.ts';
import { handbookPageFiles } from '../handbook-files.ts';
import { maxNesting, tooDeep } from '../nesting.ts';
import { readPageTree, type PageFacts } from '../page-tree.ts';
import type { ContentProblem } from '../problem.ts';
import { readContentText } from '../read-file.ts';
import { placeWithin, textValues } from '../read-yaml.ts';
import { markdownLinks } from '../../markdown.ts';
import { listOr, nearest } from '../suggest.ts';
import type { ContentRule, RuleContext } from '../types.ts';
import { checkFrontmatter, type PageMeta } from './page-frontmatter.ts';
import { pagePlainEnglish, unusedGlossaryTerms } from './plain-english.ts';
import type { ProseBlock } from '../plain-english.ts';
import { brokenLinks, generatedRoutes, pageRoute, type PageTarget } from './page-links.ts';

function lineOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** A syntax error from the MDX compiler, placed in the file and worded for an editor. */
function mdxProblem(file: string, error: unknown): ContentProblem {
  const message = error instanceof Error ? error.message : String(error);
  const place = /^(\d+):(\d+):\s*/.exec(message);
  const reason = message.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\(\d+:\d+\)/, '').replace(/\s*\([\w:-]+\)\s*$/, '');
  return {
    file,
    line: place ? Number(place[1]) : undefined,
    column: place ? Number(place[2]) : undefined,
    message: `cannot be read as MDX: ${reason}.`,
    fix: 'Close every tag you open (<Tag> … </Tag>, or <Tag />), and write a literal { or < as \\{ or \\<.',
    severity: 'error',
  };
}

/** `<Commitment>` must name a programme, role and year that exist, or the page would say "no sessions". */
function commitmentProblems(text: string, file: string, context: RuleContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // The names the page gives Commitment: itself, and any `Commitment as …`.
  const names = new Set(['Commitment']);
  for (const block of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]@handbook\/components['"]/g)) {
    for (const alias of block[1]!.matchAll(/\bCommitment\s+as\s+([A-Za-z_$][\w$]*)/g)) names.add(alias[1]!);
  }
  const tag = new RegExp(`<(?:${[...names].join('|')})\\b([^>]*)\\/?>`, 'g');
  for (const match of text.matchAll(tag)) {
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
  return problems;
}

interface ReadPage {
  file: string;
  /** Where `slug:` is written, when the page sets one. */
  slugAt?: { line: number; column: number };
  meta?: PageMeta;
  facts?: PageFacts;
  route?: string;
}

/**
 * Handbook pages, each read once: the file itself (UTF-8, size, nesting), its
 * front matter (Starlight's fields and ours, nothing that adds markup, review
 * dates and sources), its MDX (compiles, imports and expressions that stay
 * content, no active elements or unsafe links), `<Commitment>` props, and
 * finally every link between pages and to their anchors.
 */
export const handbookPagesRule: ContentRule = (context) => {
  const problems: ContentProblem[] = [];
  const handbookDir = join(context.dir, 'handbook');
  const pages: ReadPage[] = [];
  const prose: ProseBlock[] = [];
  for (const path of handbookPageFiles(context.dir)) {
    const file = displayPath(path);
    const { text, problem } = readContentText(path, context.dir);
    if (text === undefined) {
      if (problem) problems.push(problem);
      continue;
    }
    const rel = relative(handbookDir, path).replace(/\\/g, '/');
    const partial = rel.split('/').some((part) => part.startsWith('_'));
    const deep = tooDeep(text);
    if (deep) {
      problems.push({ file, line: deep.line, column: 1, message: `nests ${deep.depth} levels deep (${deep.what}), more than the ${maxNesting} a page may, so it is not read.`, fix: 'Check the tags, brackets and indentation around this line.', severity: 'error' });
      continue;
    }
    const linksToGovUk = /https:\/\/www\.gov\.uk\//.test(text);
    const { meta, problems: frontProblems } = partial ? { meta: undefined, problems: [] } : checkFrontmatter(text, file, context, { path, special: rel === '404.md', linksToGovUk });
    problems.push(...frontProblems);
    const mdx = path.endsWith('.mdx');
    let facts: PageFacts | undefined;
    try {
      if (mdx) mdxToJs(text);
      facts = readPageTree(text, { file, path, contentDir: context.dir, mdx, site: context.content?.site });
      problems.push(...facts.problems);
    } catch (error) {
      problems.push(mdxProblem(file, error));
      // Still a page that others may link to; its anchors are unknown.
      facts = { problems: [], links: [], anchors: new Set(), anchorsComplete: false, components: new Set() };
    }
    problems.push(...commitmentProblems(text, file, context));
    if (facts && !partial && rel !== '404.md') {
      const plain = pagePlainEnglish(file, facts, context);
      problems.push(...plain.problems);
      prose.push(...plain.blocks);
    }
    const slugLine = meta?.slug ? text.split('\n').findIndex((l) => /^slug\s*:/.test(l)) : -1;
    pages.push({ file, meta, facts, route: partial || meta?.draft ? undefined : pageRoute(rel, meta?.slug), ...(slugLine >= 0 ? { slugAt: { line: slugLine + 1, column: 1 } } : {}) });
  }

  const targets = new Map<string, PageTarget>();
  const owners = new Map<string, string>();
  for (const page of pages) {
    if (!page.route) continue;
    const reserved = reservedPrefixes.find((prefix) => page.route!.startsWith(prefix) || `${page.route}` === prefix);
    const where = page.slugAt ? { ...page.slugAt, field: 'slug' } : { line: 1, column: 1 };
    if (reserved) {
      problems.push({ file: page.file, ...where, message: `would be published at ${page.route}, where the site puts its own ${reserved === '/events/' ? 'events pages' : 'pages'}, so one would replace the other.`, fix: 'Give the page another address: rename the file, or change its `slug:`.', severity: 'error' });
      continue;
    }
    const owner = owners.get(page.route);
    if (owner) {
      const fix = 'Keep one of them, or give one another file name or `slug:`.';
      problems.push({ file: page.file, ...where, message: `has the same address (${page.route}) as ${owner}, so one page would replace the other.`, fix, severity: 'error' });
      problems.push({ file: owner, line: 1, column: 1, message: `has the same address (${page.route}) as ${page.file}, so one page would replace the other.`, fix, severity: 'error' });
      continue;
    }
    owners.set(page.route, page.file);
    if (!page.facts) continue;
    const anchors = new Set(page.facts.anchors);
    if (page.facts.components.has('Glossary')) {
      for (const term of context.content?.glossary ?? []) anchors.add(glossaryAnchor(term.term)).add(letterAnchor(glossaryLetter(term.term)));
    }
    if (page.facts.components.has('RecruitmentWindows')) for (const id of Object.keys(context.content?.recruitment ?? {})) anchors.add(`window-${id}`);
    targets.set(page.route, { route: page.route, anchors, anchorsComplete: page.facts.anchorsComplete });
  }
  const generated = generatedRoutes(context.content);
  // Without readable content (site.yaml has errors of its own), links cannot be judged: report those first.
  for (const page of context.content ? pages : []) {
    if (page.facts) problems.push(...brokenLinks(page.file, page.route ?? '/', page.facts.links, targets, generated));
  }
  problems.push(...unusedGlossaryTerms(prose, context));
  if (context.content) problems.push(...yamlPageLinks(context, targets, generated));
  return problems;
};

/** Addresses the site itself publishes under: a page there would replace or hide the site's own. */
const reservedPrefixes = ['/events/', '/calendars/', '/changes/', '/my-sessions/', '/schemas/', '/pagefind/', '/_astro/'];

/** Links in the Markdown of YAML files (descriptions, instructions) to pages of this site that do not exist. */
function yamlPageLinks(context: RuleContext, targets: ReadonlyMap<string, PageTarget>, generated: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const source of context.sources.files) {
    for (const value of textValues(source)) {
      if (!value.text.includes('](/') && !value.text.includes(']: /')) continue;
      for (const link of markdownLinks(value.text)) {
        if (link.kind !== 'link' || !link.url.startsWith('/') || link.url.startsWith('//')) continue;
        const at = placeWithin(source, value, link.url);
        for (const problem of brokenLinks(source.file, '/', [{ url: link.url, kind: 'link', ...at }], targets, generated)) problems.push({ ...problem, field: value.field });
      }
    }
  }
  return problems;
}
