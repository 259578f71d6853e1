import type { Plugin } from 'vite';

/**
 * Starlight's <StarlightPage> builds its whole front-matter schema (zod) afresh
 * for every page it renders. With thousands of event pages that is the largest
 * repeated cost in the build, though the schema is the same every time. This
 * rewrites that one line of Starlight to build it once per build. If a Starlight
 * upgrade changes the line, nothing is rewritten and the build is only slower.
 */
export const statement = /^(\s*)const schema = await StarlightPageFrontmatterSchema\((.*)\);$/m;

export function buildSchemaOnce(code: string): string | undefined {
  if (!statement.test(code)) return undefined;
  return `let __handbookPageSchema;\n${code.replace(statement, '$1const schema = await (__handbookPageSchema ??= StarlightPageFrontmatterSchema($2));')}`;
}

export function starlightPageSchemaOnce(warn: (message: string) => void): Plugin {
  return {
    name: 'handbook:starlight-page-schema-once',
    transform(code, id) {
      if (!/@astrojs[/\\]starlight[/\\].*utils[/\\]starlight-page\.js$/.test(id.split('?')[0]!)) return;
      const rewritten = buildSchemaOnce(code);
      if (rewritten === undefined) warn('Starlight’s page schema line has changed; event pages will build more slowly. See src/integrations/starlight-page-schema-once.ts.');
      return rewritten;
    },
  };
}
