import type { Loader } from 'astro/loaders';
import { statSync } from 'node:fs';
import { checkContentOnce, recheckAfterChange, type CheckedContent } from './lib/content/check-content.ts';
import { contentDir } from './lib/content/content-dir.ts';
import type { CollectionFolder } from './lib/content/load-content.ts';
import { formatReport } from './lib/content/problem.ts';

/**
 * Loads one folder of YAML in content/ into a collection. The content has
 * already been checked (and a bad build stopped) by the handbook integration;
 * in `astro dev` an edit re-runs the checks and logs any problems.
 */
export function yamlFolderLoader(folder: CollectionFolder | 'glossary' | 'publication'): Loader {
  return {
    name: `handbook-${folder}`,
    load: async ({ store, watcher, logger }) => {
      const dir = contentDir();
      const fill = ({ content, publication }: CheckedContent) => {
        if (!content) return;
        store.clear();
        if (folder === 'publication') {
          // Sequence numbers and modification times this build publishes, by lock key.
          for (const [id, entry] of Object.entries(publication?.lock.items ?? {})) store.set({ id, data: { ...entry } });
        } else if (folder === 'glossary') {
          content.glossary.forEach((term, index) => store.set({ id: term.term, data: { ...term, order: index } }));
        } else {
          for (const [id, data] of Object.entries(content[folder])) {
            // Draft cohorts are checked but not published.
            if (folder === 'cohorts' && (data as { draft?: boolean }).draft) continue;
            store.set({ id, data: data as Record<string, unknown> });
          }
        }
      };
      fill(checkContentOnce(dir));
      watcher?.on('change', (path) => {
        if (!path.startsWith(dir) || !/\.ya?ml$/.test(path)) return;
        const { result, rechecked } = recheckAfterChange(dir, statSync(path).mtimeMs);
        // Every collection hears the same edit; the one that ran the check reports it.
        if (rechecked && result.problems.length > 0) logger.warn(`\n${formatReport(result.problems)}`);
        fill(result);
      });
    },
  };
}
