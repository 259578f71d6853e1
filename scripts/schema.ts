// npm run schema: writes JSON Schemas for every content type into <content>/schemas/,
// for editors with a YAML language server. Run it after changing src/schemas.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, displayPath } from '../src/lib/content/content-dir.ts';
import { jsonSchemaTargets, renderJsonSchema } from '../src/lib/content/json-schemas.ts';

const out = join(contentDir(), 'schemas');
mkdirSync(out, { recursive: true });
for (const name of Object.keys(jsonSchemaTargets) as (keyof typeof jsonSchemaTargets)[]) {
  writeFileSync(join(out, name), renderJsonSchema(name));
  console.log(`Wrote ${displayPath(join(out, name))}`);
}
