import type { MdastNode } from 'satteri';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import { glossaryAnchor } from '../glossary-anchor.ts';

/**
 * Plain-English checks on a page's prose, in the spirit of the GOV.UK style
 * guide: sentences that stay short, headings that do not lean on an acronym,
 * and every acronym written out (or linked to the glossary) where a page first
 * uses it. They are warnings: the administrator decides.
 */

export const maxSentenceWords = 25;

export interface ProseBlock {
  kind: 'heading' | 'text';
  /** The block's words, with glossary links written ⟦anchor:text⟧ so they survive as text. */
  text: string;
  line: number;
}

type Node = MdastNode & { value?: string; url?: string; children?: Node[]; position?: { start: { line: number } } };

/** A page's prose in reading order: headings, paragraphs, list items and table cells (not code). */
export function proseBlocks(tree: MdastNode, site: unknown, expression: (value: string, site: unknown) => string | undefined): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const inline = (node: Node): string => {
    switch (node.type) {
      case 'text':
        return node.value ?? '';
      case 'inlineCode':
      case 'code':
      case 'html':
        return ' ';
      case 'mdxTextExpression':
        return expression(node.value ?? '', site) ?? ' … ';
      case 'link': {
        const text = (node.children ?? []).map(inline).join('');
        const glossary = /\/help\/glossary\/#([\w-]+)$/.exec(node.url ?? '');
        return glossary ? `⟦${glossary[1]}:${text}⟧` : text;
      }
      case 'break':
        return ' ';
      case 'mdxJsxTextElement':
      case 'mdxJsxFlowElement':
        // Literal values (code, keys) are not prose.
        return /^(code|kbd|pre|samp)$/.test((node as { name?: string }).name ?? '') ? ' ' : (node.children ?? []).map(inline).join('');
      default:
        return (node.children ?? []).map(inline).join('');
    }
  };
  const walk = (node: Node) => {
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      blocks.push({ kind: node.type === 'heading' ? 'heading' : 'text', text: inline(node).replace(/\s+/g, ' ').trim(), line: node.position?.start.line ?? 1 });
      return;
    }
    if (node.type === 'code' || node.type === 'yaml' || node.type === 'mdxjsEsm') return;
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree as Node);
  return blocks.filter((b) => b.text !== '');
}

/** Sentences longer than the limit, with their first words. */
export function longSentences(blocks: readonly ProseBlock[], limit = maxSentenceWords): { line: number; words: number; start: string }[] {
  const found: { line: number; words: number; start: string }[] = [];
  for (const block of blocks) {
    if (block.kind !== 'text') continue;
    const plain = block.text.replace(/⟦[\w-]+:([^⟧]*)⟧/g, '$1');
    // Full stops inside abbreviations and numbers ("e.g.", "2.20") do not end a sentence.
    for (const sentence of plain.split(/(?<=[.!?])\s+(?=[A-Z0-9"“‘(])/)) {
      const words = sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      if (words.length > limit) found.push({ line: block.line, words: words.length, start: words.slice(0, 8).join(' ') });
    }
  }
  return found;
}

/** Glossary entries that are acronyms: written out somewhere, no spaces, two or more capitals (ECT, DfE, KS2). */
export function acronymsOf(glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  return glossary.filter((term) => term.expansion && !/\s/.test(term.term) && (term.term.match(/[A-Z]/g)?.length ?? 0) >= 2);
}

const wordPattern = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}⟦:])${term.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')}s?(?![\\p{L}\\p{N}])`, 'u');

/** Headings that use an acronym without its words. */
export function bareAcronymHeadings(blocks: readonly ProseBlock[], acronyms: readonly GlossaryTerm[]): { line: number; term: string; heading: string }[] {
  const found: { line: number; term: string; heading: string }[] = [];
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    for (const term of acronyms) {
      if (wordPattern(term.term).test(block.text) && !block.text.toLowerCase().includes(term.expansion!.toLowerCase())) found.push({ line: block.line, term: term.term, heading: block.text });
    }
  }
  return found;
}

/** Acronyms whose first use on the page is neither written out ("early career teacher (ECT)") nor linked to the glossary. */
export function unexplainedAcronyms(blocks: readonly ProseBlock[], acronyms: readonly GlossaryTerm[]): { line: number; term: string; context: string }[] {
  const found: { line: number; term: string; context: string }[] = [];
  for (const term of acronyms) {
    const pattern = wordPattern(term.term);
    for (const block of blocks) {
      const match = pattern.exec(block.text);
      const linked = block.text.includes(`⟦${glossaryAnchor(term.term)}:`) && block.text.indexOf(`⟦${glossaryAnchor(term.term)}:`) < (match?.index ?? Infinity);
      if (linked) break;
      if (!match) continue;
      const before = block.text.slice(0, match.index).toLowerCase().replace(/\s+/g, ' ');
      const expansion = term.expansion!.toLowerCase();
      if (!before.endsWith(`${expansion} (`) && !before.endsWith(`${expansion}s (`)) found.push({ line: block.line, term: term.term, context: block.text.slice(Math.max(0, match.index - 30), match.index + term.term.length) });
      break;
    }
  }
  return found;
}

/** Glossary terms that no page and no generated text uses. */
export function unusedTerms(glossary: readonly GlossaryTerm[], texts: readonly string[]): GlossaryTerm[] {
  const all = texts.join('\n');
  return glossary.filter((term) => {
    const acronym = !/\s/.test(term.term) && (term.term.match(/[A-Z]/g)?.length ?? 0) >= 2;
    const pattern = acronym ? wordPattern(term.term) : new RegExp(`(?<![\\p{L}])${term.term.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')}`, 'iu');
    return !pattern.test(all);
  });
}

/** The glossary acronyms that appear in some generated text, in order of first appearance. */
export function abbreviationsIn(texts: readonly (string | undefined)[], glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const all = texts.filter(Boolean).join('\n');
  return acronymsOf(glossary)
    .map((term) => ({ term, index: all.search(wordPattern(term.term)) }))
    .filter(({ index }) => index >= 0)
    .sort((a, b) => a.index - b.index)
    .map(({ term }) => term);
}
