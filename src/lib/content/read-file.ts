import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import type { z } from 'astro/zod';
import { displayPath } from './content-dir.ts';
import type { ContentProblem } from './problem.ts';
import { parseYaml, tooBig, yamlLimits, type YamlSource } from './read-yaml.ts';
import { validateSource } from './schema-problems.ts';

export interface ReadResult<T> {
  data?: T;
  source?: YamlSource;
  problems: ContentProblem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a text file from the content folder as UTF-8, or says why it cannot:
 * not a file, outside the content folder (through a link), too big, or not UTF-8.
 * A byte-order mark, which some Windows editors add, is accepted and dropped.
 */
export function readContentText(path: string, contentDir?: string): { text?: string; problem?: ContentProblem } {
  const file = displayPath(path);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) {
      return { problem: { file, message: 'is a folder, not a file.', fix: 'Rename the folder so its name does not end in .yaml, .md or .mdx, or move it out of the content folder.', severity: 'error' } };
    }
    size = stat.size;
  } catch {
    const dangling = (() => {
      try {
        return lstatSync(path).isSymbolicLink();
      } catch {
        return false;
      }
    })();
    return { problem: { file, message: dangling ? 'is a link to a file that does not exist.' : 'is missing.', fix: dangling ? 'Replace the link with the file itself.' : 'Create it: the README lists every file content/ needs.', severity: 'error' } };
  }
  if (contentDir && !realpathSync(path).startsWith(realpathSync(contentDir))) {
    return { problem: { file, message: 'is a link to a file outside the content folder, which would publish a file nobody meant to.', fix: 'Copy the file into the content folder instead of linking to it.', severity: 'error' } };
  }
  if (size > yamlLimits.maxBytes) {
    // Decided from the size alone, so a huge file is rejected without reading it.
    return { problem: tooBig(file, size) };
  }
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return {
      problem: {
        file,
        message: 'is not saved as UTF-8 text (it may be in another encoding, such as Windows-1252, or not be text at all), so letters such as é or £ would come out garbled.',
        fix: 'Open it in your editor and save it again with the encoding "UTF-8".',
        severity: 'error',
      },
    };
  }
  if (text.includes('\u0000')) {
    return { problem: { file, message: 'holds binary data, not text.', fix: 'Replace it with a text file, or move it out of the content folder.', severity: 'error' } };
  }
  return { text: text.replace(/^\uFEFF/, '') };
}

/** Reads one YAML content file and validates it, without ever throwing for bad content. */
export function readYamlFile<S extends z.ZodType>(path: string, schema: S, contentDir?: string): ReadResult<z.output<S>> {
  const { text, problem } = readContentText(path, contentDir);
  if (text === undefined) return { problems: problem ? [problem] : [] };
  const parsed = parseYaml(text, displayPath(path));
  if (!parsed.source) return { problems: parsed.problems };
  const { data, problems } = validateSource(schema, parsed.source);
  return { data, source: parsed.source, problems };
}
