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
      lastUpdated: false,
      pagination: true,
      components: {
        LastUpdated: './src/components/starlight/LastReviewed.astro',
      },
    }),
  ],
  vite: {
    resolve: { alias: { '@handbook/components': fileURLToPath(new URL('./src/components/mdx/index.ts', import.meta.url)) } },
  },
});
