import { z } from 'astro/zod';
import { markdownText, matching, shortText, textBlock, webUrl } from './fields.ts';

/** `content/venues/<id>.yaml`: a place where in-person sessions happen. */
export const venueSchema = z.strictObject({
  name: shortText(120).meta({ examples: ['Anytown Learning Centre'] }),
  /** Street address without the postcode: one line, or a list of lines. */
  address: z
    .union([textBlock(300).pipe(z.string().trim().min(1)), z.array(shortText(120)).min(1).max(6)])
    .transform((value) => (typeof value === 'string' ? value.split(/\s*[\n,]\s*/).filter(Boolean) : value))
    .meta({ examples: [['12 Mill Lane', 'Anytown']] }),
  postcode: matching(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, 'is not a UK postcode.', 'Write it as on a letter, for example OX1 2AB.', z.string().trim())
    .transform((value) => value.toUpperCase().replace(/^(.+?)\s*(\d[A-Z]{2})$/, '$1 $2'))
    .meta({ examples: ['OX1 2AB'] }),
  /** Step-free access, parking, hearing loops, quiet rooms: what a visitor should know. Markdown. */
  accessibility: markdownText.optional(),
  /** How to get there: public transport, parking. Markdown. */
  travel: markdownText.optional(),
  /** A link to the venue on a map service. Shown as a link only: the site loads no map. */
  mapUrl: webUrl.optional(),
});

export type Venue = z.output<typeof venueSchema>;
