import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { handbookPageSchema } from '../../../schemas/handbook-page.ts';
import { reviewIsDue } from '../../handbook/review.ts';
import { formatDate } from '../../time/govuk-date.ts';
import type { ContentProblem } from '../problem.ts';
import { locateKey, locateValue, parseYaml, type YamlSource } from '../read-yaml.ts';
import { validateSource } from '../schema-problems.ts';
import { listOr, nearest } from '../suggest.ts';
import type { RuleContext } from '../types.ts';
import { unsafeUrl } from '../url-safety.ts';

/** What the rest of the checks need from a page's front matter. */
export interface PageMeta {
  title: string;
  reviewed?: string;
  sources: string[];
  slug?: string;
  draft: boolean;
  pagefind: boolean;
}

/**
 * The `---` front matter of a page, preceded by an empty line for the opening
 * `---`, so that line numbers in its YAML are line numbers in the page.
 */
export function frontmatterOf(text: string): string | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  return match ? `\n${match[1]}` : undefined;
}

const singleLine = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Front-matter fields that would put markup or code on the page, with what to do instead. */
function markupProblems(source: YamlSource, data: Record<string, unknown>, page: { path: string; contentDir: string }): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const refuse = (path: PropertyKey[], message: string, fix: string) => problems.push({ file: source.file, ...locateValue(source, path), field: path.join('.'), message, fix, severity: 'error' });
  if (data.head !== undefined && !(Array.isArray(data.head) && data.head.length === 0)) {
    refuse(['head'], 'adds tags to the page head, which can load or run code.', 'Remove `head:`. Ask a developer if the page needs something in its head.');
  }
  const banner = data.banner as { content?: string } | undefined;
  if (banner?.content && /[<>&]/.test(banner.content)) refuse(['banner', 'content'], 'contains markup, which Starlight would put on the page as HTML.', 'Write the banner as plain text.');
  const hero = data.hero as { title?: string; tagline?: string; image?: { html?: string }; actions?: { link?: string }[] } | undefined;
  for (const key of ['title', 'tagline'] as const) if (hero?.[key] && /[<>&]/.test(hero[key]!)) refuse(['hero', key], 'contains markup, which Starlight would put on the page as HTML.', 'Write it as plain text.');
  if (hero?.image?.html !== undefined) refuse(['hero', 'image', 'html'], 'puts raw HTML on the page.', 'Use `file:` with a picture saved in the content folder.');
  for (const key of ['file', 'dark', 'light'] as const) {
    const picture = (hero?.image as Record<string, unknown> | undefined)?.[key];
    if (typeof picture !== 'string') continue;
    const target = resolve(dirname(page.path), picture);
    if (!existsSync(target) || !statSync(target).isFile()) refuse(['hero', 'image', key], `names ${picture}, which does not exist.`, 'Save the picture in the content folder and give its path relative to this page.');
    else if (!realpathSync(target).startsWith(`${realpathSync(page.contentDir)}/`)) refuse(['hero', 'image', key], `names ${picture}, which is outside the content folder.`, 'Save the picture in the content folder, next to the page.');
  }
  hero?.actions?.forEach((action, i) => {
    const why = action.link ? unsafeUrl(action.link) : undefined;
    if (why) refuse(['hero', 'actions', i, 'link'], `is an address that ${why}.`, 'Link to a web page or a page of this handbook.');
  });
  const sidebar = data.sidebar as { attrs?: Record<string, unknown> } | undefined;
  if (sidebar?.attrs && Object.keys(sidebar.attrs).length > 0) refuse(['sidebar', 'attrs'], 'sets HTML attributes on the sidebar link, which can run code.', 'Remove `attrs:`.');
  if (typeof data.editUrl === 'string') refuse(['editUrl'], 'adds an edit link the handbook does not use.', 'Remove `editUrl:`.');
  for (const key of ['prev', 'next'] as const) {
    const link = (data[key] as { link?: string } | undefined)?.link;
    const why = link ? unsafeUrl(link) : undefined;
    if (why) refuse([key, 'link'], `is an address that ${why}.`, 'Link to a page of this handbook.');
  }
  for (const key of ['title', 'description'] as const) {
    const value = data[key];
    if (typeof value === 'string' && singleLine.test(value)) {
      refuse([key], 'contains a line break or an invisible control character, which would break the page title and search results.', 'Write it on one line, and retype any character pasted from elsewhere.');
    }
  }
  return problems;
}

/** A page's review date against the hub's review period and the dates its sources changed. */
function currencyProblems(source: YamlSource, meta: PageMeta, context: RuleContext, linksToGovUk: boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const content = context.content;
  const today = context.options.today;
  const warn = (path: PropertyKey[], message: string, fix: string) => problems.push({ file: source.file, ...locateValue(source, path), field: path.join('.'), message, fix, severity: 'warning' });
  const reviewedKey = (source.value as Record<string, unknown>).reviewed !== undefined ? 'reviewed' : 'lastReviewed';
  if (!meta.reviewed) {
    if (meta.sources.length > 0 || linksToGovUk) {
      problems.push({ file: source.file, line: 1, column: 1, field: 'reviewed', message: 'is missing: this page cites official guidance, so readers need to see how current it is.', fix: 'Add `reviewed: YYYY-MM-DD` to the front matter with the date you last checked the page against its sources.', severity: 'warning' });
    }
  } else if (today && content) {
    const months = content.site.reviewEveryMonths;
    if (meta.reviewed > today) {
      warn([reviewedKey], `is ${formatDate(meta.reviewed)}, which is in the future.`, 'Use the date you actually checked the page.');
    } else if (reviewIsDue(meta.reviewed, today, months)) {
      warn([reviewedKey], `is ${formatDate(meta.reviewed)}, more than ${months} months ago: guidance may have changed since.`, `Check the page against its sources, then set \`${reviewedKey}:\` to today's date. (The period is \`reviewEveryMonths\` in site.yaml.)`);
    }
  }
  const known = Object.keys(content?.sources ?? {});
  meta.sources.forEach((id, i) => {
    const cited = content?.sources[id];
    if (!cited) {
      const guess = nearest(id, known);
      problems.push({
        file: source.file,
        ...locateValue(source, ['sources', i]),
        field: `sources[${i}]`,
        message: `"${id}" is not a source in content/sources.yaml.`,
        fix: guess ? `Did you mean \`${guess}\`?` : known.length ? `Use ${listOr(known.slice(0, 8).map((k) => `\`${k}\``))}${known.length > 8 ? ' or another id' : ''}, or add it to content/sources.yaml.` : 'Add it to content/sources.yaml with its title and address.',
        severity: 'error',
      });
    } else if (cited.updated && meta.reviewed && cited.updated > meta.reviewed) {
      warn(['sources', i], `"${cited.title}" changed on ${formatDate(cited.updated)}, after this page was last reviewed (${formatDate(meta.reviewed)}).`, `Check what changed and update the page, then set \`${reviewedKey}:\` to today's date.`);
    }
  });
  return problems;
}

/** Checks a page's front matter; gives what later checks need when it can be read. */
export function checkFrontmatter(text: string, file: string, context: RuleContext, options: { path: string; special: boolean; linksToGovUk: boolean }): { meta?: PageMeta; problems: ContentProblem[] } {
  const frontmatter = frontmatterOf(text);
  if (frontmatter === undefined) {
    return { problems: [{ file, line: 1, column: 1, message: 'has no front matter, so it has no title.', fix: 'Start the file with three lines: ---, then title: Your page title, then ---.', severity: 'error' }] };
  }
  const parsed = parseYaml(frontmatter, file);
  if (!parsed.source) return { problems: parsed.problems };
  const source = parsed.source;
  const { data, problems } = validateSource(handbookPageSchema(), source);
  const raw = (source.value ?? {}) as Record<string, unknown>;
  if (raw.reviewed !== undefined && raw.lastReviewed !== undefined) {
    problems.push({ file, ...locateKey(source, [], 'lastReviewed'), field: 'lastReviewed', message: 'is given as well as `reviewed`.', fix: 'Keep one: `reviewed:`.', severity: 'error' });
  }
  if (!data) return { problems };
  problems.push(...markupProblems(source, raw, { path: options.path, contentDir: context.dir }));
  const meta: PageMeta = {
    title: data.title,
    reviewed: data.reviewed ?? data.lastReviewed,
    sources: data.sources ?? [],
    slug: data.slug,
    draft: data.draft,
    pagefind: data.pagefind,
  };
  if (!options.special) problems.push(...currencyProblems(source, meta, context, options.linksToGovUk));
  return { meta, problems };
}
