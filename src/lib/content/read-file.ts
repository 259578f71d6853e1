import { readFileSync, statSync } from 'node:fs';
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

/** Reads one YAML content file and validates it, without ever throwing for bad content. */
export function readYamlFile<S extends z.ZodType>(path: string, schema: S): ReadResult<z.output<S>> {
  const file = displayPath(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return { problems: [{ file, message: 'is missing.', fix: 'Create it: the README lists every file content/ needs.', severity: 'error' }] };
  }
  if (size > yamlLimits.maxBytes) {
    // Decided from the size alone, so a huge file is rejected without reading it.
    return { problems: [tooBig(file, size)] };
  }
  const text = readFileSync(path, 'utf8');
  const parsed = parseYaml(text, file);
  if (!parsed.source) return { problems: parsed.problems };
  const { data, problems } = validateSource(schema, parsed.source);
  return { data, source: parsed.source, problems };
}
