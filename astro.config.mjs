// @ts-check
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { contentDir } from './src/lib/content/content-dir.ts';
import { loadSite } from './src/lib/content/load-site.ts';
import { exitOnProblems } from './src/lib/content/exit-on-problems.ts';
import { handbook } from './src/integrations/handbook.ts';
import { sidebarFor } from './src/lib/sidebar.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const dir = contentDir();
const { site, problems } = loadSite(dir);
exitOnProblems(problems);
if (!site) throw new Error('unreachable: site.yaml had no errors but gave no data');

export default defineConfig({
  site: site.url,
  // One content cache per content folder: Astro keeps loaded content between builds,
  // and a build of one hub must never see another hub's pages.
  cacheDir: `./node_modules/.astro/content-${createHash('sha256').update(dir).digest('hex').slice(0, 12)}`,
  trailingSlash: 'always',
  // Astro hashes every script and <style> into a CSP <meta> on each page: no
  // 'unsafe-inline' for scripts. Pagefind's search runs WebAssembly, hence
  // 'wasm-unsafe-eval'. Starlight writes style="" attributes (icon sizes), so
  // only attributes may be inline. Headers that a <meta> cannot carry
  // (frame-ancestors) are in public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  integrations: [
    handbook({ contentDir: dir, site }),
    starlight({
      title: site.name,
      description: `Handbook for early career teachers, mentors and facilitators at ${site.name}.`,
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en-GB' } },
      logo: site.theme.logo ? { src: `${dir}/${site.theme.logo}`, alt: '' } : undefined,
      favicon: '/favicon.svg',
      customCss: ['virtual:handbook/theme.css', './src/styles/handbook.css'],
      sidebar: sidebarFor(relative(root, `${dir}/handbook`)),
      markdown: { processedDirs: [`${dir}/handbook`] },
      // Plain <pre><code> blocks: Expressive Code's markup puts <div> inside <code>, which is invalid HTML,
      // and its script and styles would load on every page for a handful of examples.
      expressiveCode: false,
      lastUpdated: false,
      pagination: true,
      components: {
        LastUpdated: './src/components/starlight/LastReviewed.astro',
        Search: './src/components/starlight/Search.astro',
        SiteTitle: './src/components/starlight/SiteTitle.astro',
      },
    }),
  ],
  markdown: {
    // Plain code blocks: the highlighter's colours fail WCAG contrast in the light theme,
    // and the examples (YAML, shell) read fine without them.
    syntaxHighlight: false,
  },
  vite: {
    resolve: {
      alias: [
        { find: /^@handbook\/components$/, replacement: fileURLToPath(new URL('./src/components/mdx/index.ts', import.meta.url)) },
        // Pages in a content folder outside this checkout (HANDBOOK_CONTENT_DIR) resolve
        // Starlight's components from here, not from their own folder.
        { find: /^@astrojs\/starlight\/components$/, replacement: fileURLToPath(new URL('./node_modules/@astrojs/starlight/dist/components.ts', import.meta.url)) },
      ],
    },
  },
});
