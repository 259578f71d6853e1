import { describe, expect, it } from 'vitest';
import { glossaryAnchor } from '../../src/lib/glossary-anchor.ts';
import { distFiles, readDist } from '../helpers/dist.ts';
import { fixtureContent } from '../helpers/fixture-hub.ts';

// The glossary of the fixture hub the test build was made from.
const acronyms = fixtureContent().glossary.filter((term) => term.expansion && /^[A-Z][A-Z0-9&]+$/.test(term.term));
// Handbook pages only: the glossary page defines terms in its own format.
const pages = distFiles('index.html').filter((path) => !path.startsWith('events/') && !path.startsWith('help/glossary/') && path !== '404.html');

/** The page's own text (not navigation), with glossary links marked so they survive tag stripping. */
function mainText(html: string): string {
  const body = /<div class="sl-markdown-content">([\s\S]*?)<\/div>\s*<footer/.exec(html)?.[1] ?? "";
  return body
    // Code shows literal values (file contents, field values), not prose.
    .replace(/<(script|style|code|pre)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<a [^>]*href="[^"]*\/help\/glossary\/#([\w-]+)"[^>]*>([\s\S]*?)<\/a>/g, (_m, anchor: string, text: string) => `⟦${anchor}:${text.replace(/<[^>]+>/g, '')}⟧`)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/\s+/g, ' ');
}

it('the fixture glossary has acronyms to look for', () => {
  expect(acronyms.length).toBeGreaterThan(0);
});

describe.each(pages)('%s', (path) => {
  const text = mainText(readDist(path));

  it('has its main text to check', () => {
    expect(text.length).toBeGreaterThan(200);
  });

  it('explains or links each acronym where it first appears', () => {
    const unexplained: string[] = [];
    for (const { term, expansion } of acronyms) {
      const word = new RegExp(`(?<![\\w⟦:])${term.replace(/&/g, '&')}(?![\\w])`);
      const match = word.exec(text);
      if (!match) continue;
      const before = text.slice(Math.max(0, match.index - expansion!.length - 3), match.index).toLowerCase();
      const linked = text.slice(Math.max(0, match.index - 1 - glossaryAnchor(term).length - 1), match.index).includes(`⟦${glossaryAnchor(term)}:`);
      const expanded = before.replace(/\s+/g, ' ').endsWith(`${expansion!.toLowerCase()} (`);
      if (!linked && !expanded) unexplained.push(`${term} (“…${text.slice(Math.max(0, match.index - 40), match.index + term.length)}”)`);
    }
    expect(unexplained).toEqual([]);
  });
});
