import { parse as parseModule } from 'acorn';
import Slugger from 'github-slugger';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { componentUsageProblem } from './component-usage.ts';
import { checkExpression } from './expression-safety.ts';
import type { ContentProblem } from './problem.ts';
import { listOr, nearest } from './suggest.ts';
import { unsafeUrl } from './url-safety.ts';

/** What a page can import from '@handbook/components' (src/components/mdx/index.ts). */
export const handbookComponentNames = ['site', 'ContactEmail', 'Commitment', 'RecruitmentWindows', 'Glossary', 'Pathway', 'PathwayStage', 'PartnerName', 'PlatformSupport'] as const;

/** Starlight's components, from the module pages import them from. */
export const starlightComponentNames: readonly string[] = (() => {
  const file = new URL('./components.ts', import.meta.resolve('@astrojs/starlight'));
  return [...readFileSync(file, 'utf8').matchAll(/export \{ default as (\w+) \}/g)].map((m) => m[1]!);
})();

/** HTML elements a page may not contain: they run code, load other pages or change the page's own rules. */
const forbiddenElements = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'portal', 'noscript', 'template', 'svg', 'math']);
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'background', 'xlink:href', 'srcset', 'ping', 'manifest']);
const importableFiles = new Set(['.md', '.mdx', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg']);

export interface LinkRef {
  url: string;
  kind: 'link' | 'image';
  line: number;
  column: number;
}

export interface PageFacts {
  problems: ContentProblem[];
  links: LinkRef[];
  /** Anchors on the page: heading ids and explicit ids. `undefined` when a heading's text is computed. */
  anchors: Set<string>;
  anchorsComplete: boolean;
  /** Components the page uses, by name. */
  components: Set<string>;
  /** The page as a Markdown tree, for the plain-English checks. */
  tree?: MdastNode;
}

export interface PageContext {
  file: string;
  path: string;
  contentDir: string;
  mdx: boolean;
  /** Values `{site.…}` expressions read, so computed headings still get their anchors. */
  site: unknown;
}

export function textOf(node: MdastNode, site: unknown): string | undefined {
  const n = node as MdastNode & { value?: string; children?: MdastNode[] };
  if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
  if (n.type === 'mdxTextExpression') {
    const path = /^\s*site((?:\.\w+)+)\s*$/.exec(n.value ?? '');
    if (!path) return undefined;
    let value: unknown = site;
    for (const key of path[1]!.slice(1).split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  }
  if (n.type === 'mdxJsxTextElement') return undefined;
  let text = '';
  for (const child of n.children ?? []) {
    const part = textOf(child, site);
    if (part === undefined) return undefined;
    text += part;
  }
  return text;
}

type Jsx = MdastNode & { name: string | null; attributes: { type: string; name?: string; value?: unknown }[] };

/**
 * Reads a Markdown or MDX page into facts the checks need, refusing what would
 * make content into code: scripts and other active elements, event handlers,
 * `javascript:` and `data:` links, imports from outside the content folder or
 * of code, and expressions that could reach the build machine.
 */
export function readPageTree(text: string, context: PageContext): PageFacts {
  const facts: PageFacts = { problems: [], links: [], anchors: new Set(['_top']), anchorsComplete: true, components: new Set() };
  const at = (node: { position?: { start: { line: number; column: number } } }) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  const refuse = (node: { position?: { start: { line: number; column: number } } }, message: string, fix: string) =>
    facts.problems.push({ file: context.file, ...at(node), message, fix, severity: 'error' });
  const tree = (context.mdx ? mdxToMdast(text) : markdownToMdast(text)) as MdastNode;
  const imported = new Set<string>();
  const slugger = new Slugger();

  const checkUrl = (node: MdastNode, url: string, kind: 'link' | 'image', fix = 'Link to a web page (https://…), an email address (mailto:…) or a page of this handbook.') => {
    const why = unsafeUrl(url, kind);
    if (why) refuse(node, `has a ${kind} whose address ${why}: ${url.length > 60 ? `${url.slice(0, 60)}…` : url}`, fix);
    else if (kind === 'image' && url.startsWith('.')) checkLocalFile(node, url, 'shows the picture');
    else facts.links.push({ url, kind, ...at(node) });
  };

  /** A picture next to the page must be a file inside the content folder: the build publishes it. */
  const checkLocalFile = (node: MdastNode, source: string, verb: string) => {
    const target = resolve(dirname(context.path), source.replace(/[?#].*$/, ''));
    if (!existsSync(target) || !statSync(target).isFile()) refuse(node, `${verb} '${source}', which does not exist.`, 'Check the file name and where it is saved, relative to this page.');
    else if (!realpathSync(target).startsWith(`${realpathSync(context.contentDir)}/`)) refuse(node, `${verb} '${source}', which is outside the content folder.`, 'Save the picture in the content folder, next to the page.');
  };

  /** The place of character `index` of an ESM block's text, in the page. */
  const within = (node: MdastNode & { value?: string }, index: number) => {
    const start = at(node);
    const before = (node.value ?? '').slice(0, index).split('\n');
    return before.length === 1 ? { line: start.line, column: start.column + index } : { line: start.line + before.length - 1, column: before[before.length - 1]!.length + 1 };
  };
  const checkImport = (node: MdastNode & { value?: string }, source: string, names: { name: string; start: number }[]) => {
    const refuseName = (start: number, message: string, fix: string) => facts.problems.push({ file: context.file, ...within(node, start), message, fix, severity: 'error' });
    if (source === '@handbook/components') {
      for (const { name, start } of names) {
        if ((handbookComponentNames as readonly string[]).includes(name)) continue;
        const guess = nearest(name, handbookComponentNames);
        refuseName(start, `imports ${name}, which '@handbook/components' does not provide.`, guess ? `Did you mean \`${guess}\`?` : `Available: ${listOr([...handbookComponentNames])}.`);
      }
      return;
    }
    if (source === '@astrojs/starlight/components') {
      for (const { name, start } of names) {
        if (starlightComponentNames.includes(name)) continue;
        const guess = nearest(name, starlightComponentNames);
        refuseName(start, `imports ${name}, which Starlight's components do not include.`, guess ? `Did you mean \`${guess}\`?` : `Available: ${listOr([...starlightComponentNames])}.`);
      }
      return;
    }
    const fix = "Import only from '@handbook/components', '@astrojs/starlight/components', or a picture or page inside the content folder (for example ./diagram.png).";
    if (!source.startsWith('.')) return refuse(node, `imports from '${source}', which a handbook page may not use.`, fix);
    if (/[?#]/.test(source)) return refuse(node, `imports '${source}' with a query, which could read a file as code or raw text.`, fix);
    if (!importableFiles.has(extname(source).toLowerCase())) return refuse(node, `imports '${source}', which is not a picture or a page.`, fix);
    const target = resolve(dirname(context.path), source);
    if (!existsSync(target) || !statSync(target).isFile()) return refuse(node, `imports '${source}', which does not exist.`, 'Check the file name and where it is saved, relative to this page.');
    if (!realpathSync(target).startsWith(`${realpathSync(context.contentDir)}/`)) return refuse(node, `imports '${source}', which is outside the content folder.`, fix);
  };

  const esm = (node: MdastNode & { value?: string }) => {
    let program: { body: { type: string; source?: { value: string }; specifiers?: { local: { name: string }; imported?: { name?: string; start: number }; start: number }[] }[] };
    try {
      program = parseModule(node.value ?? '', { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as typeof program;
    } catch (error) {
      return refuse(node, `has an import line that cannot be read (${error instanceof Error ? error.message : 'syntax error'}).`, "Write imports as: import { Commitment } from '@handbook/components';");
    }
    for (const statement of program.body) {
      if (statement.type !== 'ImportDeclaration') {
        refuse(node, statement.type.startsWith('Export') ? 'exports code, which a handbook page may not do.' : 'contains code, which a handbook page may not run.', 'Keep only import lines at the top of the page; write everything else as text.');
        continue;
      }
      const names = (statement.specifiers ?? []).map((s) => ({ name: s.imported?.name ?? s.local.name, start: s.imported?.start ?? s.start }));
      for (const specifier of statement.specifiers ?? []) imported.add(specifier.local.name);
      checkImport(node, statement.source!.value, names);
    }
  };

  const expression = (node: MdastNode & { value?: string }, where: string) => {
    const verdict = checkExpression(node.value ?? '', imported);
    if (!verdict.ok) refuse(node, `has ${where} {${(node.value ?? '').trim().slice(0, 50)}} that ${verdict.reason}.`, 'Use only values from what the page imports, such as {site.name}, or write the text out.');
  };

  const jsx = (node: Jsx) => {
    const name = node.name ?? '';
    if (name === '') return;
    if (/^[a-z]/.test(name)) {
      if (forbiddenElements.has(name.toLowerCase())) refuse(node, `contains a <${name}> element, which a handbook page may not have.`, 'Write the content as text; ask a developer to add a component if you need something interactive.');
    } else {
      const root = name.split('.')[0]!;
      facts.components.add(name);
      if (!imported.has(root)) refuse(node, `uses <${name}>, which the page does not import.`, `Add it to an import line, for example: import { ${root} } from '@handbook/components';`);
      const usage = componentUsageProblem(node, starlightComponentNames);
      if (usage) refuse(node, `uses a component in a way that would stop the build: ${usage}`, 'See starlight.astro.build/components for how the component is used.');
    }
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') {
        refuse(node, `passes {...} spread attributes to <${name}>.`, 'Write each attribute out, for example role="ect".');
        continue;
      }
      const attr = attribute.name ?? '';
      const lower = attr.toLowerCase();
      if (/^on/.test(lower) || /^(set|is|define):/.test(lower) || ['dangerouslysetinnerhtml', 'srcdoc', 'innerhtml'].includes(lower)) {
        refuse(node, `gives <${name}> the attribute ${attr}, which runs code or injects markup.`, 'Remove the attribute.');
        continue;
      }
      const value = attribute.value as string | { type: string; value?: string } | null | undefined;
      if (typeof value === 'string') {
        if (urlAttributes.has(lower)) checkUrl(node, value, lower === 'src' ? 'image' : 'link');
        if (lower === 'id') facts.anchors.add(value);
      } else if (value && typeof value === 'object') {
        const verdict = checkExpression(value.value ?? '', imported);
        if (!verdict.ok) refuse(node, `gives <${name}> ${attr}={${(value.value ?? '').trim().slice(0, 50)}}, which ${verdict.reason}.`, 'Use a plain value such as role="ect" or year={1}, or a value the page imports.');
      }
    }
  };

  const html = (node: MdastNode & { value?: string }) => {
    for (const tag of (node.value ?? '').matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)) {
      const name = tag[1]!.toLowerCase();
      if (forbiddenElements.has(name)) refuse(node, `contains a <${name}> element, which a handbook page may not have.`, 'Write the content as text.');
      for (const attr of tag[2]!.matchAll(/([^\s"'=/<>]+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
        const attrName = attr[1]!.toLowerCase();
        const value = (attr[2] ?? '').replace(/^["']|["']$/g, '');
        if (/^on/.test(attrName) || attrName === 'srcdoc') refuse(node, `gives <${name}> the attribute ${attr[1]}, which runs code.`, 'Remove the attribute.');
        else if (urlAttributes.has(attrName)) checkUrl(node, value, attrName === 'src' ? 'image' : 'link');
        else if (attrName === 'id') facts.anchors.add(value);
      }
    }
  };

  const walk = (node: MdastNode) => {
    const n = node as MdastNode & { value?: string; url?: string; depth?: number; children?: MdastNode[] };
    switch (n.type) {
      case 'mdxjsEsm':
        esm(n);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        expression(n, 'an expression');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        jsx(n as Jsx);
        break;
      case 'html':
        html(n);
        break;
      case 'link':
      case 'definition':
        checkUrl(n, n.url ?? '', 'link');
        break;
      case 'image':
        checkUrl(n, n.url ?? '', 'image');
        break;
      case 'heading': {
        const heading = textOf(n, context.site);
        if (heading === undefined) facts.anchorsComplete = false;
        else facts.anchors.add(slugger.slug(heading));
        break;
      }
    }
    for (const child of n.children ?? []) walk(child);
  };
  // ESM first, so components and values used above their import line are known.
  for (const child of (tree as MdastNode & { children?: MdastNode[] }).children ?? []) if (child.type === 'mdxjsEsm') esm(child as MdastNode & { value?: string });
  for (const child of (tree as MdastNode & { children?: MdastNode[] }).children ?? []) if (child.type !== 'mdxjsEsm') walk(child);
  facts.tree = tree;
  return facts;
}
