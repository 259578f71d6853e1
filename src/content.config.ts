import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { yamlFolderLoader } from './content-loaders.ts';
import { contentDir } from './lib/content/content-dir.ts';
import { handbookPageFields } from './schemas/handbook-page.ts';

// Wiring only: schemas live in src/schemas, checks in src/lib/content.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: `${contentDir()}/handbook`, pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: handbookPageFields }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  programmes: defineCollection({ loader: yamlFolderLoader('programmes') }),
  venues: defineCollection({ loader: yamlFolderLoader('venues') }),
  cohorts: defineCollection({ loader: yamlFolderLoader('cohorts') }),
  recruitment: defineCollection({ loader: yamlFolderLoader('recruitment') }),
  glossary: defineCollection({ loader: yamlFolderLoader('glossary') }),
  publication: defineCollection({ loader: yamlFolderLoader('publication') }),
};
