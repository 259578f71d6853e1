import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { slugId } from './fields.ts';

/** Calendar date from front matter: YAML may give a Date (unquoted) or text (quoted). */
const frontmatterDate = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'is not a date written as YYYY-MM-DD.' })])
  // An unquoted date arrives as midnight UTC; take its UTC parts so no time zone shifts the day.
  .transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)))
  .meta({ examples: ['2026-11-23'] });

/** Front matter every handbook page may carry, on top of Starlight's own. */
export const handbookPageFields = z.object({
  /** When someone last checked this page against its sources, `YYYY-MM-DD`. Shown at the foot of the page. */
  reviewed: frontmatterDate.optional(),
  /** The earlier name of `reviewed`, still accepted. */
  lastReviewed: frontmatterDate.optional(),
  /** The page's address instead of the one its file name gives, for example `help/faq`. */
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9/-]*$/, { error: 'is not a page address: use lower-case letters, digits, dashes and slashes.' })
    .optional(),
  /** Ids of entries in content/sources.yaml: the official pages this page's facts come from. */
  sources: z.array(slugId).optional().meta({ examples: [['induction-statutory-guidance']] }),
});

/**
 * Everything `npm run check` accepts in a page's front matter: Starlight's own
 * schema extended with ours (the same one the docs collection uses), strict, so
 * a typo such as `titel:` is reported with a "did you mean".
 */
export function handbookPageSchema() {
  // Outside a build there is no image() helper: a hero image's path is read as text
  // here, and Astro checks that the picture exists when it builds the page.
  const context = { image: () => z.string() } as unknown as Parameters<ReturnType<typeof docsSchema>>[0];
  return docsSchema({ extend: handbookPageFields })(context).strict();
}
