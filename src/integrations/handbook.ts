import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../schemas/site.ts';
import { themeCss } from '../lib/theme-colours.ts';
import { checkContentOnce } from '../lib/content/check-content.ts';
import { exitOnProblems } from '../lib/content/exit-on-problems.ts';
import { displayPath } from '../lib/content/content-dir.ts';
import { serializeLock } from '../lib/calendar/publication-lock.ts';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { completeCspHashes } from '../lib/csp-hashes.ts';
import { starlightPageSchemaOnce } from './starlight-page-schema-once.ts';

const virtualModules = {
  site: 'virtual:handbook/site',
  theme: 'virtual:handbook/theme.css',
} as const;

/**
 * Wires the hub's content folder into the build: exposes `site.yaml` to pages
 * and components as `virtual:handbook/site`, and the hub's colours as CSS.
 */
export function handbook(options: { contentDir: string; site: SiteConfig }): AstroIntegration {
  const modules: Record<string, string> = {
    [virtualModules.site]: `export const contentDir = ${JSON.stringify(options.contentDir)};\nexport default ${JSON.stringify(options.site)};`,
    [virtualModules.theme]: themeCss(options.site.theme.accent),
  };
  return {
    name: 'handbook',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        completeCspInDir(fileURLToPath(dir));
        // Only a finished build records what it published, like a package lock.
        const { publication } = checkContentOnce(options.contentDir);
        if (!publication?.changed) return;
        writeFileSync(publication.lockPath, serializeLock(publication.lock));
        const parts = [
          publication.added.length && `${publication.added.length} new`,
          publication.moved.length && `${publication.moved.length} moved, cancelled or changed place (SEQUENCE raised)`,
          publication.edited.length && `${publication.edited.length} edited`,
          publication.missing.length && `${publication.missing.length} removed`,
        ].filter(Boolean);
        logger.info(`Updated ${displayPath(publication.lockPath)}: ${parts.join(', ')}. Commit it with your content.`);
      },
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command === 'build' || command === 'dev') {
          // Every content check runs before any page is rendered, so bad content never
          // reaches dist/ and the administrator sees file:line messages, not a stack trace.
          const { problems } = checkContentOnce(options.contentDir);
          exitOnProblems(problems, { strict: process.env.HANDBOOK_STRICT === '1' });
        }
        updateConfig({
          vite: {
            plugins: [
              starlightPageSchemaOnce((message) => logger.warn(message)),
              {
                name: 'handbook:virtual-modules',
                resolveId(id) {
                  if (id in modules) return `\0${id}`;
                },
                load(id) {
                  if (id.startsWith('\0') && id.slice(1) in modules) return modules[id.slice(1)];
                },
              },
            ],
          },
        });
      },
    },
  };
}

/** Adds the hashes Astro leaves out (is:inline scripts) to every page's CSP. */
function completeCspInDir(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const html = readFileSync(path, 'utf8');
    const completed = completeCspHashes(html);
    if (completed !== html) writeFileSync(path, completed);
  }
}
