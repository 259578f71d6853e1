import { z } from 'astro/zod';

/** Calendar date from front matter: YAML may give a Date (unquoted) or text (quoted). */
const frontmatterDate = z.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).transform((value) =>
  // An unquoted date arrives as midnight UTC; take its UTC parts so no time zone shifts the day.
  typeof value === 'string' ? value : value.toISOString().slice(0, 10),
);

/** Front matter every handbook page carries, on top of Starlight's own. */
export const handbookPageFields = z.object({
  /** When someone last checked this page against its sources, `YYYY-MM-DD`. Shown at the foot of the page. */
  lastReviewed: frontmatterDate.optional(),
});
