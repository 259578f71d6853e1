import { z } from 'astro/zod';
import { cohortSchema } from '../../schemas/cohort.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { programmeSchema } from '../../schemas/programme.ts';
import { recruitmentSchema } from '../../schemas/recruitment.ts';
import { siteSchema } from '../../schemas/site.ts';
import { sourcesSchema } from '../../schemas/sources.ts';
import { venueSchema } from '../../schemas/venue.ts';

/**
 * JSON Schemas for editors: a YAML language server (VS Code's YAML extension and
 * others) reads the `# yaml-language-server: $schema=…` line at the top of each
 * content file and offers completions and errors while the administrator types.
 * Generated from the zod schemas, so they never disagree with `npm run check`.
 */
export const jsonSchemaTargets = {
  'site.schema.json': { schema: siteSchema, title: 'Hub identity (content/site.yaml)' },
  'programme.schema.json': { schema: programmeSchema, title: 'Programme (content/programmes/*.yaml)' },
  'venue.schema.json': { schema: venueSchema, title: 'Venue (content/venues/*.yaml)' },
  'cohort.schema.json': { schema: cohortSchema, title: 'Cohort and its schedule (content/cohorts/*.yaml)' },
  'recruitment.schema.json': { schema: recruitmentSchema, title: 'Facilitator recruitment window (content/recruitment/*.yaml)' },
  'glossary.schema.json': { schema: glossarySchema, title: 'Glossary (content/glossary.yaml)' },
  'sources.schema.json': { schema: sourcesSchema, title: 'Official sources the pages cite (content/sources.yaml)' },
} as const;

export function renderJsonSchema(name: keyof typeof jsonSchemaTargets): string {
  const { schema, title } = jsonSchemaTargets[name];
  // Input side: what an administrator writes, before defaults and conversions.
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ title, ...json }, null, 2)}\n`;
}
