import starlight from '@astrojs/starlight';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViteDevServer } from 'vite';
import { checkContent, type CheckedContent } from '../lib/content/check-content.ts';
import { contentDir as defaultContentDir, displayPath } from '../lib/content/content-dir.ts';
import { exitOnProblems } from '../lib/content/exit-on-problems.ts';
import { formatReport } from '../lib/content/problem.ts';
import { astroFiles, inlineScriptHashes } from '../lib/csp-hashes.ts';
import { themeCss } from '../lib/theme-colours.ts';
import { publishStep, stagingFor } from './publish.ts';
import { framedPageCount, searchBundles } from '../lib/page-frame/search-bundles.ts';
import { shellRoot } from '../lib/page-frame/shell.ts';
import { eventSitemapPaths } from '../lib/page-frame/sitemaps.ts';
import sitemap from '@astrojs/sitemap';
import { starlightOptions } from './starlight-options.ts';

const dataModule = 'virtual:handbook/data';
const themeModule = 'virtual:handbook/theme.css';
const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The module pages read: the checked model, parsed once when first imported. The
 * model is written to a JSON file the module reads, not into the module's code: a
 * big hub's model (15 MB at 10,000 sessions) would otherwise be parsed, bundled
 * and written out again as JavaScript by the bundler.
 */
function dataModuleCode(result: CheckedContent, modelFile: string): string {
  mkdirSync(dirname(modelFile), { recursive: true });
  writeFileSync(modelFile, JSON.stringify(result.model));
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(modelFile)}, 'utf8'));`;
}

/** Hashes of the inline scripts that the project and Starlight ship, from their sources. */
function shippedScriptHashes(): `sha256-${string}`[] {
  const starlightDist = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
  return inlineScriptHashes(astroFiles(starlightDist, join(root, 'src')));
}

/**
 * The one road from content/ to the site. Checks the content folder once
 * (stopping before anything is written if it has errors), then configures
 * Starlight from `site.yaml` and hands the checked model to pages as
 * `virtual:handbook/data`. In `astro dev`, every edit in the content folder is
 * checked again and the pages reload; an edit to `site.yaml` restarts the server.
 */
export function handbook(options: { contentDir?: string } = {}): AstroIntegration {
  const dir = options.contentDir ?? defaultContentDir();
  let result: CheckedContent = { problems: [] };
  let logger: AstroIntegrationLogger | undefined;
  let modelFile = '';

  const recheck = (server: ViteDevServer) => {
    const next = checkContent(dir);
    if (next.problems.length > 0) logger?.warn(`\n${formatReport(next.problems)}`);
    // Keep serving the last good content while an edit has errors.
    if (!next.model) return;
    result = next;
    for (const environment of Object.values(server.environments)) {
      const mod = environment.moduleGraph.getModuleById(`\0${dataModule}`);
      if (mod) environment.moduleGraph.invalidateModule(mod);
    }
    server.ws.send({ type: 'full-reload' });
  };

  return {
    name: 'handbook',
    hooks: {
      'astro:config:setup': ({ command, config, isRestart, updateConfig, addWatchFile, logger: astroLogger }) => {
        logger = astroLogger;
        result = checkContent(dir);
        if (isRestart && !result.model) {
          // An edit to site.yaml restarted `astro dev`: report the problems and keep the running server.
          astroLogger.error(`\n${formatReport(result.problems)}`);
          // No stack: the problems above are the whole story.
          throw Object.assign(new Error('The content has errors (listed above). Fix them and save again.'), { stack: '' });
        }
        // Every content check runs before any page is rendered, so bad content never
        // reaches the output and the administrator sees file:line messages, not a stack trace.
        exitOnProblems(result.problems, { strict: command === 'build' && process.env.HANDBOOK_STRICT === '1' });
        const model = result.model!;
        // In the cache folder, which astro.config.ts keeps per content folder.
        modelFile = fileURLToPath(new URL('handbook-model.json', config.cacheDir));
        addWatchFile(join(dir, 'site.yaml'));
        updateConfig({
          site: model.site.url,
          ...(command === 'build' ? { outDir: stagingFor(config.outDir) } : {}),
          security: {
            csp: {
              // Given in full: updateConfig does not fill in Astro's defaults.
              algorithm: 'SHA-256',
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
              // Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'.
              scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: shippedScriptHashes() },
              // Starlight writes style="" attributes (icon sizes), so only attributes may be inline.
              styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
            },
          },
          integrations: [
            // The site map of Astro's pages, without the frames; the publish step writes the cohort and session pages' own.
            sitemap({
              customSitemaps: eventSitemapPaths(framedPageCount(model.schedule)).map((path) => new URL(path, model.site.url).href),
              filter: (page) => !page.includes(shellRoot),
            }),
            starlight(starlightOptions(model.site, dir, root, searchBundles(framedPageCount(model.schedule)).map((bundle) => bundle.path))),
            publishStep(() => result, command === 'build' ? config.outDir : undefined),
          ],
          vite: {
            plugins: [
              {
                name: 'handbook:data',
                resolveId(id) {
                  if (id === dataModule || id === themeModule) return `\0${id}`;
                },
                load(id) {
                  if (id === `\0${dataModule}`) return dataModuleCode(result, modelFile);
                  if (id === `\0${themeModule}`) return themeCss(result.model!.site.theme.accent);
                },
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        server.watcher.add(dir);
        const onChange = (path: string) => {
          if (!path.startsWith(dir) || path.endsWith('site.yaml')) return;
          logger?.info(`${displayPath(path)} changed: checking content again.`);
          recheck(server);
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
