import { z } from 'astro/zod';
import { matching } from './fields.ts';

/**
 * What `npm run check` accepts at the top level of a handbook page's front
 * matter: Starlight's own fields (checked in depth by Starlight at build time)
 * plus ours. Listing them lets a typo such as `titel:` get a "did you mean".
 */
const dateText = z
  .union([z.string(), z.date()])
  .transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)))
  .pipe(
    matching(/^\d{4}-\d{2}-\d{2}$/, 'is not a date written as YYYY-MM-DD.', 'For example: `lastReviewed: 2026-11-23`.'),
  );

export const handbookFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(1).meta({ examples: ['Your entitlement as an early career teacher'] }),
  description: z.string().optional(),
  /** When someone last checked the page against its sources. */
  lastReviewed: dateText.optional().meta({ examples: ['2026-11-23'] }),
  sidebar: z
    .strictObject({
      order: z.number().optional(),
      label: z.string().optional(),
      hidden: z.boolean().optional(),
      badge: z.unknown().optional(),
      attrs: z.unknown().optional(),
    })
    .optional(),
  template: z.enum(['doc', 'splash']).optional(),
  slug: z.string().optional(),
  editUrl: z.unknown().optional(),
  head: z.unknown().optional(),
  tableOfContents: z.unknown().optional(),
  hero: z.unknown().optional(),
  lastUpdated: z.unknown().optional(),
  prev: z.unknown().optional(),
  next: z.unknown().optional(),
  banner: z.unknown().optional(),
  pagefind: z.boolean().optional(),
  draft: z.boolean().optional(),
});
