import { glossaryAnchor } from '../../glossary-anchor.ts';
import type { ContentProblem } from '../problem.ts';
import type { ContentRule } from '../types.ts';
import { problemAt } from './place.ts';

/**
 * Each glossary term gets its own anchor on the glossary page (`#ect`), and
 * pages link to it: two terms must not share one (`QTS` and `qts`, `C` and
 * `C++`), and a term needs letters or digits to have one at all.
 */
export const glossaryRule: ContentRule = (context) => {
  const problems: ContentProblem[] = [];
  const source = context.sources.files.find((file) => /(^|\/)glossary\.ya?ml$/.test(file.file));
  if (!source || !context.content) return problems;
  const seen = new Map<string, { term: string; index: number }>();
  context.content.glossary.forEach(({ term }, index) => {
    const anchor = glossaryAnchor(term);
    if (!anchor) {
      problems.push(problemAt(source, ['terms', index, 'term'], `"${term}" has no letters or digits, so pages cannot link to it.`, 'Write the term with at least one letter or digit.'));
      return;
    }
    const earlier = seen.get(anchor);
    if (earlier) {
      problems.push(problemAt(source, ['terms', index, 'term'], `"${term}" would have the same link (#${anchor}) as "${earlier.term}" (terms[${earlier.index}]), so links to one would open the other.`, earlier.term.toLowerCase() === term.toLowerCase() ? 'Keep one entry for the term.' : 'Rename one of the terms, or merge the two entries.'));
      return;
    }
    seen.set(anchor, { term, index });
  });
  return problems;
};
