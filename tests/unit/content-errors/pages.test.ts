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

  it('warns when a page that cites GOV.UK has no review date', () => {
    const edit = (text: string) => append('\nSee [the statutory guidance](https://www.gov.uk/government/publications/induction-for-early-career-teachers-england).\n')(replace('lastReviewed: 2026-11-23\n', '')(text));
    expect(problemsWith({ [page]: edit })).toMatchInlineSnapshot(`
      [
        "content/handbook/index.mdx:1:1 warning: reviewed: is missing: this page cites official guidance, so readers need to see how current it is. Add \`reviewed: YYYY-MM-DD\` to the front matter with the date you last checked the page against its sources.",
      ]
    `);
  });

  it('does not ask for a review date on a page with no statutory sources', () => {
    expect(problemsWith({ [page]: replace('lastReviewed: 2026-11-23\n', '') })).toEqual([]);
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

  it('reports Starlight components used in a way that would stop the build', () => {
    const page = `\nimport { Steps, LinkCard } from '@astrojs/starlight/components';\n\n<Steps>\nFirst do this.\n</Steps>\n\n<LinkCard title="Guidance" />\n`;
    expect(problemsWith({ 'handbook/index.mdx': append(page) })).toMatchInlineSnapshot(`
      [
        "content/handbook/index.mdx:12:1 uses a component in a way that would stop the build: <Steps> must hold one numbered list (1. 2. 3.) and nothing else. See starlight.astro.build/components for how the component is used.",
        "content/handbook/index.mdx:16:1 uses a component in a way that would stop the build: <LinkCard> needs href="…". See starlight.astro.build/components for how the component is used.",
      ]
    `);
  });
});
