import { fieldName, type ContentProblem } from '../problem.ts';
import { locateValue, type YamlSource } from '../read-yaml.ts';

/** A problem at the value found at `path` in `source`. */
export function problemAt(
  source: YamlSource,
  path: readonly PropertyKey[],
  message: string,
  fix: string | undefined,
  severity: ContentProblem['severity'] = 'error',
): ContentProblem {
  return { file: source.file, ...locateValue(source, path), field: fieldName(path), message, fix, severity };
}
