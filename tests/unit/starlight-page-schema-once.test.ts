import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchemaOnce } from '../../src/integrations/starlight-page-schema-once.ts';

describe('building Starlight’s page schema once per build', () => {
  const source = readFileSync(new URL('../../node_modules/@astrojs/starlight/dist/utils/starlight-page.js', import.meta.url), 'utf8');

  it('finds the line to rewrite in the installed Starlight (an upgrade that changes it fails here, not silently)', () => {
    expect(buildSchemaOnce(source)).toBeDefined();
  });

  it('keeps the schema in a variable and builds it only the first time', () => {
    const rewritten = buildSchemaOnce('async function f(x) {\n\tconst schema = await StarlightPageFrontmatterSchema({ image: () => 1 });\n\treturn schema;\n}')!;
    expect(rewritten).toBe('let __handbookPageSchema;\nasync function f(x) {\n\tconst schema = await (__handbookPageSchema ??= StarlightPageFrontmatterSchema({ image: () => 1 }));\n\treturn schema;\n}');
  });
});
