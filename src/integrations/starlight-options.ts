import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { relative } from 'node:path';
import type { SiteConfig } from '../schemas/site.ts';
import { sidebarFor } from '../lib/sidebar.ts';

/** Starlight's configuration for a hub, from its checked `site.yaml` and its content folder. */
/** `framedSearch`: the bundles of the cohort and session pages' search index, merged into the site's search. */
export function starlightOptions(site: SiteConfig, contentDir: string, root: string, framedSearch: readonly string[] = []): StarlightUserConfig {
  return {
    title: site.name,
    description: `Handbook for early career teachers, mentors and facilitators at ${site.name}.`,
    defaultLocale: 'root',
    locales: { root: { label: 'English', lang: 'en-GB' } },
    // The logo's path was checked to stay inside the content folder.
    logo: site.theme.logo ? { src: `${contentDir}/${site.theme.logo}`, alt: '' } : undefined,
    favicon: '/favicon.svg',
    // Readers without JavaScript get the theme their system prefers (see src/lib/no-js-theme.ts).
    head: [{ tag: 'noscript', content: '<link rel="stylesheet" href="/no-js-theme.css">' }],
    customCss: ['virtual:handbook/theme.css', `${root}/src/styles/handbook.css`],
    sidebar: sidebarFor(relative(root, `${contentDir}/handbook`)),
    markdown: { processedDirs: [`${contentDir}/handbook`] },
    // Plain <pre><code> blocks: Expressive Code's markup puts <div> inside <code>, which is invalid HTML,
    // and its script and styles would load on every page for a handful of examples.
    expressiveCode: false,
    lastUpdated: false,
    ...(framedSearch.length > 0 ? { pagefind: { mergeIndex: framedSearch.map((bundlePath) => ({ bundlePath })) } } : {}),
    routeMiddleware: `${root}/src/integrations/route-middleware.ts`,
    pagination: true,
    components: {
      Banner: `${root}/src/components/starlight/Banner.astro`,
      LastUpdated: `${root}/src/components/starlight/LastReviewed.astro`,
      MarkdownContent: `${root}/src/components/starlight/MarkdownContent.astro`,
      Search: `${root}/src/components/starlight/Search.astro`,
      SiteTitle: `${root}/src/components/starlight/SiteTitle.astro`,
    },
  };
}
