import type { ContentProblem } from '../problem.ts';
import type { PageFacts } from '../page-tree.ts';
import { textOf } from '../page-tree.ts';
import { acronymsOf, bareAcronymHeadings, longSentences, maxSentenceWords, proseBlocks, unexplainedAcronyms, unusedTerms, type ProseBlock } from '../plain-english.ts';
import { textValues } from '../read-yaml.ts';
import type { RuleContext } from '../types.ts';
import { problemAt } from './place.ts';

/** A `{site.…}` expression's text, so prose reads as the page will. */
function expressionText(value: string, site: unknown): string | undefined {
  return textOf({ type: 'mdxTextExpression', value } as never, site);
}

/** One page's plain-English warnings. The glossary page itself defines terms in its own format. */
export function pagePlainEnglish(file: string, facts: PageFacts, context: RuleContext): { problems: ContentProblem[]; blocks: ProseBlock[] } {
  if (!facts.tree) return { problems: [], blocks: [] };
  const blocks = proseBlocks(facts.tree, context.content?.site, expressionText);
  if (facts.components.has('Glossary')) return { problems: [], blocks };
  const acronyms = acronymsOf(context.content?.glossary ?? []);
  const warn = (line: number, message: string, fix: string): ContentProblem => ({ file, line, column: 1, message, fix, severity: 'warning' });
  const problems = [
    ...longSentences(blocks).map((s) => warn(s.line, `has a sentence of ${s.words} words ("${s.start}…"); GOV.UK style keeps sentences to ${maxSentenceWords} words or fewer.`, 'Split it into two sentences, or make a list.')),
    ...bareAcronymHeadings(blocks, acronyms).map((h) => warn(h.line, `has the heading "${h.heading}", which uses ${h.term} without its words.`, 'Write the words in the heading instead of the acronym.')),
    ...unexplainedAcronyms(blocks, acronyms).map((a) => {
      const term = acronyms.find((t) => t.term === a.term)!;
      return warn(a.line, `uses ${a.term} ("…${a.context}") before saying what it stands for.`, `Write "${term.expansion} (${a.term})" the first time, or link it to the glossary: [${a.term}](/help/glossary/#${a.term.toLowerCase().replace(/[^a-z0-9]+/g, '-')}).`);
    }),
  ];
  return { problems, blocks };
}

/** Glossary terms used nowhere: not on a page, and not in any schedule or programme text the site shows. */
export function unusedGlossaryTerms(pageBlocks: readonly ProseBlock[], context: RuleContext): ContentProblem[] {
  const source = context.sources.files.find((file) => /(^|\/)glossary\.ya?ml$/.test(file.file));
  const content = context.content;
  if (!source || !content) return [];
  const generated = context.sources.files.filter((file) => file !== source).flatMap((file) => textValues(file).map((value) => value.text));
  const texts = [...pageBlocks.map((b) => b.text), ...generated];
  return unusedTerms(content.glossary, texts).map((term) => {
    const index = content.glossary.indexOf(term);
    return problemAt(source, ['terms', index, 'term'], `"${term.term}" is not used on any page or in any schedule.`, 'Remove the entry, or use the term where it helps a reader.', 'warning');
  });
}
