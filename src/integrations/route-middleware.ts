import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHtml } from '../lib/html.ts';

/**
 * Two adjustments to every page Starlight renders:
 * - Starlight writes each `<head>` entry's content as HTML, the `<title>` too, so a
 *   title from content such as `</title><script>…` would become markup. The title
 *   is escaped here, once, so it is only ever text.
 * - Pages for administrators (handbook/about/) stay out of the search index, so a
 *   participant's results are about the programme, not about editing YAML. They
 *   are one click away in the sidebar's "About this handbook" section.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  for (const entry of route.head) {
    if (entry.tag === 'title' && typeof entry.content === 'string') entry.content = escapeHtml(entry.content);
  }
  if (route.id === 'about' || route.id.startsWith('about/')) route.entry.data.pagefind = false;
});
