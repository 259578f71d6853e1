import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { contentDir } from './lib/content/content-dir.ts';
import { handbookPageFields } from './schemas/handbook-page.ts';

// Starlight's collections only: handbook pages and UI strings. Everything else in
// content/ reaches pages through `virtual:handbook/data` (src/data/handbook.ts).
export const collections = {
  docs: defineCollection({
    loader: glob({ base: `${contentDir()}/handbook`, pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: handbookPageFields }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
