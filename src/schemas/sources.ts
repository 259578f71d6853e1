import { z } from 'astro/zod';
import { isoDate, shortText, slugId, webUrl } from './fields.ts';

/**
 * `content/sources.yaml`: the official pages the handbook's facts come from.
 * Pages name them by id in front matter (`sources: [induction-statutory-guidance]`).
 * When a source changes, update its `updated` date here once: `npm run check`
 * then lists every page that cites it and was reviewed before that date.
 */
export const sourcesSchema = z.strictObject({
  sources: z.array(
    z.strictObject({
      /** How pages refer to this source. */
      id: slugId.meta({ examples: ['induction-statutory-guidance'] }),
      /** The page's title as its publisher gives it. */
      title: shortText(200).meta({ examples: ['Induction for early career teachers (England): statutory guidance'] }),
      /** Who publishes it, for example Department for Education. */
      publisher: shortText(120).optional().meta({ examples: ['Department for Education'] }),
      url: webUrl.meta({ examples: ['https://www.gov.uk/government/publications/induction-for-early-career-teachers-england'] }),
      /** When the source itself last changed, as its "Last updated" line says, `YYYY-MM-DD`. */
      updated: isoDate.optional().meta({ examples: ['2025-04-22'] }),
    }),
  ),
});

export type Sources = z.output<typeof sourcesSchema>;
export type Source = Sources['sources'][number];
