import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Pages for administrators (handbook/about/) stay out of the search index, so a
 * participant's results are about the programme, not about editing YAML. They
 * are one click away in the sidebar's "About this handbook" section.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.id === 'about' || route.id.startsWith('about/')) route.entry.data.pagefind = false;
});
