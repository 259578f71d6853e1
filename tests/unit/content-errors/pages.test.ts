import { describe, expect, it } from 'vitest';
import { append, problemsWith, replace } from './minimal-content.ts';

const page = 'handbook/index.mdx';

describe('a handbook page', () => {
  it('suggests title for titel in the front matter', () => {
    expect(problemsWith({ [page]: replace('title: Welcome', 'titel: Welcome') })).toMatchInlineSnapshot(`
      [
        "content/handbook/index.mdx:2:1 titel: is not a field in this file. Did you mean \`title\`?",
      ]
    `);
  });

  it('warns when lastReviewed is missing', () => {
    expect(problemsWith({ [page]: replace('lastReviewed: 2026-11-23\n', '') })).toMatchInlineSnapshot(`
      [
        "content/handbook/index.mdx:2:1 warning: lastReviewed: is missing, so readers cannot tell how current the page is. Add \`lastReviewed: YYYY-MM-DD\` with the date you last checked the page against its sources.",
      ]
    `);
  });

  it('points at a tag that is never closed', () => {
    expect(problemsWith({ [page]: append('\n<Aside>\nRemember to book.\n') })).toMatchInlineSnapshot(`
      [
        "content/handbook/index.mdx:10:1 cannot be read as MDX: Expected a closing tag for \`<Aside>\`. Close every tag you open (<Tag> … </Tag>, or <Tag />), and write a literal { or < as \\{ or \\<.",
      ]
    `);
  });

  it('reports an import of a component that does not exist', () => {
    expect(problemsWith({ [page]: replace('import { ContactEmail }', 'import { ContactEmail, Commitmnet }') })).toMatchInlineSnapshot(`
      [
        "content/handbook/index.mdx:6:24 imports Commitmnet, which '@handbook/components' does not provide. Did you mean \`Commitment\`?",
      ]
    `);
  });

  it('reports a Commitment for a programme that does not exist', () => {
    expect(
      problemsWith({ [page]: (text) => text.replace('{ ContactEmail }', '{ ContactEmail, Commitment }') + '\n<Commitment programme="nope" role="ect" />\n' }),
    ).toMatchInlineSnapshot(`
      [
        "content/handbook/index.mdx:10:1 <Commitment> names programme "nope", which is not in content/programmes. Use programme="ecte".",
      ]
    `);
  });
});
