import { z } from 'astro/zod';
import { markdownText, shortText, webUrl } from './fields.ts';

/** `content/glossary.yaml`: every acronym and term the handbook uses. */
export const glossarySchema = z.strictObject({
  terms: z.array(
    z.strictObject({
      /** The acronym or term as written, for example `ECT`. */
      term: shortText(40).meta({ examples: ['ECT'] }),
      /** What the acronym stands for, written out. Leave out for a term that is not an acronym. */
      expansion: shortText(160).optional().meta({ examples: ['early career teacher'] }),
      /** A sentence or two in plain English. Markdown. */
      definition: markdownText.meta({ examples: ['A teacher in their first two years after qualifying.'] }),
      /** An official page that explains it further. */
      source: webUrl.optional(),
    }),
  ),
});

export type Glossary = z.output<typeof glossarySchema>;
export type GlossaryTerm = Glossary['terms'][number];
