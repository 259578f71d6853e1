import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { abbreviationsIn, acronymsOf, bareAcronymHeadings, longSentences, proseBlocks, unexplainedAcronyms, unusedTerms } from '../../src/lib/content/plain-english.ts';

const glossary = [
  { term: 'ECT', expansion: 'early career teacher', definition: 'x' },
  { term: 'DfE', expansion: 'Department for Education', definition: 'x' },
  { term: 'mentor', definition: 'x' },
  { term: 'SKTM', expansion: 'Specialist Knowledge for Teaching Mathematics', definition: 'x' },
];
const acronyms = acronymsOf(glossary);
const blocks = (mdx: string) => proseBlocks(mdxToMdast(mdx), { name: 'Hub' }, () => undefined);

describe('plain English', () => {
  it('knows which glossary entries are acronyms', () => {
    expect(acronyms.map((t) => t.term)).toEqual(['ECT', 'DfE', 'SKTM']);
  });

  it('finds sentences over 25 words, and only those', () => {
    const long = `${'word '.repeat(26).trim()}.`;
    const short = 'A short sentence. Another one, with e.g. an abbreviation and paragraph 2.20 of the guidance.';
    expect(longSentences(blocks(`${long}\n\n${short}`)).map((s) => [s.line, s.words])).toEqual([[1, 26]]);
  });

  it('finds an acronym in a heading without its words', () => {
    expect(bareAcronymHeadings(blocks('## What your ECT does\n\n## Specialist Knowledge for Teaching Mathematics (SKTM)'), acronyms)).toEqual([
      { line: 1, term: 'ECT', heading: 'What your ECT does' },
    ]);
  });

  it('accepts an acronym written out or linked where first used, in singular or plural', () => {
    expect(unexplainedAcronyms(blocks('Early career teachers (ECTs) attend. Each ECT has a mentor.'), acronyms)).toEqual([]);
    expect(unexplainedAcronyms(blocks('Ask the [DfE](/help/glossary/#dfe). The DfE decides.'), acronyms)).toEqual([]);
  });

  it('reports an acronym used before it is explained', () => {
    expect(unexplainedAcronyms(blocks('Every ECT attends.\n\nAn early career teacher (ECT) is new.'), acronyms).map((a) => [a.line, a.term])).toEqual([[1, 'ECT']]);
  });

  it('leaves code out of the prose', () => {
    expect(unexplainedAcronyms(blocks('Set `role: ECT` in the file. <code>SKTM</code>'), acronyms)).toEqual([]);
  });

  it('finds glossary terms used nowhere, plurals counting as uses', () => {
    expect(unusedTerms(glossary, ['Two ECTs and their mentors.']).map((t) => t.term)).toEqual(['DfE', 'SKTM']);
  });

  it('lists the acronyms in generated text, in order of first appearance', () => {
    expect(abbreviationsIn(['SKTM for ECTs', undefined, 'DfE'], glossary).map((t) => t.term)).toEqual(['SKTM', 'ECT', 'DfE']);
  });
});
