// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { tableRegions } from './src/integrations/table-regions.ts';
import { contentDir } from './src/lib/content/content-dir.ts';
import { handbook } from './src/integrations/handbook.ts';

const dir = contentDir();

// Everything else (Starlight, the site address, the Content-Security-Policy, the
// checked content) is set up by the handbook integration from the content folder.
export default defineConfig({
  // One content cache per content folder: Astro keeps loaded content between builds,
  // and a build of one hub must never see another hub's pages.
  cacheDir: `./node_modules/.astro/content-${createHash('sha256').update(dir).digest('hex').slice(0, 12)}`,
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: the Content-Security-Policy then covers every
  // style by 'self', and no inline style needs a hash.
  build: { inlineStylesheets: 'never' },
  integrations: [handbook({ contentDir: dir })],
  markdown: {
    processor: satteri({ hastPlugins: [tableRegions()] }),
    // Plain code blocks: the highlighter's colours fail WCAG contrast in the light theme,
    // and the examples (YAML, shell) read fine without them.
    syntaxHighlight: false,
  },
  vite: {
    resolve: {
      alias: [
        { find: /^@handbook\/components$/, replacement: new URL('./src/components/mdx/index.ts', import.meta.url).pathname },
        // Pages in a content folder outside this checkout (HANDBOOK_CONTENT_DIR) resolve
        // Starlight's components from here, not from their own folder.
        { find: /^@astrojs\/starlight\/components$/, replacement: new URL('./node_modules/@astrojs/starlight/dist/components.ts', import.meta.url).pathname },
      ],
    },
  },
});
