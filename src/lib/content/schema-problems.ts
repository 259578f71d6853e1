import { z } from 'astro/zod';
import { fieldName, type ContentProblem } from './problem.ts';
import { locateKey, locateValue, type YamlSource } from './read-yaml.ts';
import { listOr, nearest } from './suggest.ts';

/** Extra detail a custom check can attach to an issue: the fix to suggest. */
export interface FixParams {
  fix?: string;
  severity?: 'error' | 'warning';
}

type AnySchema = z.core.$ZodType;

/** Strips optional, default, nullable and pipe wrappers to reach the schema that says what the field is. */
function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema;
  for (let i = 0; i < 10 && current; i++) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; out?: AnySchema };
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault' || def.type === 'readonly') {
      current = def.innerType;
    } else if (def.type === 'pipe') {
      // z.preprocess(fn, schema) is a pipe from a transform into the schema that matters.
      current = def.in?._zod.def.type === 'transform' ? def.out : def.in;
    } else break;
  }
  return current;
}

/** The schema for the value at `path` inside `root`, if the path follows objects and arrays. */
export function schemaAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const key of path) {
    const bare = unwrap(current);
    if (!bare) return undefined;
    const def = bare._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object') current = def.shape?.[String(key)];
    else if (def.type === 'array') current = def.element;
    else return undefined;
  }
  return current;
}

function metaOf(schema: AnySchema | undefined): { description?: string; examples?: unknown[] } {
  let current = schema;
  for (let i = 0; i < 10 && current; i++) {
    const meta = z.globalRegistry.get(current) as { description?: string; examples?: unknown[] } | undefined;
    if (meta?.examples || meta?.description) return meta;
    const def = current._zod.def as { innerType?: AnySchema; in?: AnySchema };
    current = def.innerType ?? def.in;
  }
  return {};
}

function knownKeys(schema: AnySchema | undefined): string[] {
  const bare = unwrap(schema);
  const def = bare?._zod.def as { type: string; shape?: Record<string, AnySchema> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function yamlExample(key: PropertyKey, value: unknown): string {
  const shown = typeof value === 'string' ? (/^[\w.@/-]+$/.test(value) && !/^\d/.test(value) ? value : JSON.stringify(value)) : Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
  return typeof key === 'number' ? `- ${shown}` : `${String(key)}: ${shown}`;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ", or [a, b])',
  object: 'a group of indented fields',
  date: 'a date',
};

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

/** Reads a value found at `path` in the parsed data, for messages. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as string];
  }
  return current;
}

/**
 * Turns zod's issues into problems an administrator can act on: placed in the
 * file, named by field, with the allowed values or the likely typo spelled out.
 */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], schema: AnySchema, source: YamlSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    const at = (p: readonly PropertyKey[]) => locateValue(source, p);
    const base = { file: source.file, severity: 'error' as const };

    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schemaAt(schema, path));
      for (const key of issue.keys) {
        const guess = nearest(key, known);
        const { line, column } = locateKey(source, path, key);
        problems.push({
          ...base,
          line,
          column,
          field: fieldName([...path, key]),
          message: `is not a field ${path.length ? 'here' : 'in this file'}.`,
          fix: guess
            ? `Did you mean \`${guess}\`?`
            : `The fields allowed here are ${listOr(known.map((k) => `\`${k}\``))}. Check the spelling and indentation.`,
        });
      }
      continue;
    }

    const value = valueAt(source.value, path);
    const fieldSchema = schemaAt(schema, path);
    const meta = metaOf(fieldSchema);
    const example = meta.examples?.[0];
    const { line, column } = at(path);
    const field = fieldName(path);
    const params = (issue as { params?: FixParams }).params;

    switch (issue.code) {
      case 'invalid_type': {
        if (value === undefined) {
          problems.push({
            ...base,
            line,
            column,
            field,
            message: 'is missing.',
            fix:
              example !== undefined
                ? `Add a line such as \`${yamlExample(path[path.length - 1]!, example)}\`${meta.description ? ` (${meta.description.replace(/\.$/, '')})` : ''}.`
                : `Add it${meta.description ? `: ${meta.description}` : '.'}`,
          });
        } else {
          const expected = typeNames[issue.expected] ?? issue.expected;
          problems.push({
            ...base,
            line,
            column,
            field,
            message: `should be ${expected}, but is ${describeValue(value)}.`,
            fix: example !== undefined ? `For example: \`${yamlExample(path[path.length - 1]!, example)}\`.` : undefined,
          });
        }
        break;
      }
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const guess = typeof value === 'string' ? nearest(value, allowed) : undefined;
        problems.push({
          ...base,
          line,
          column,
          field,
          message: `${value === undefined ? 'is missing' : `is ${describeValue(value)}`}, which is not allowed.`,
          fix: `${guess ? `Did you mean \`${guess}\`? ` : ''}Use ${allowed.length === 1 ? '' : 'one of '}${listOr(allowed.map((v) => `\`${v}\``))}.`,
        });
        break;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        let message: string;
        if (issue.origin === 'string') {
          message = small
            ? limit <= 1
              ? 'is empty.'
              : `is ${String(value).length} characters; it needs at least ${limit}.`
            : `is ${String(value).length} characters; the most allowed is ${limit}.`;
        } else if (issue.origin === 'array') {
          message = small ? (limit <= 1 ? 'is an empty list.' : `lists ${(value as unknown[]).length}; it needs at least ${limit}.`) : `lists ${(value as unknown[]).length}; the most allowed is ${limit}.`;
        } else {
          message = small ? `is ${String(value)}; it must be at least ${limit}.` : `is ${String(value)}; it must be at most ${limit}.`;
        }
        problems.push({ ...base, line, column, field, message, fix: params?.fix ?? (small && limit <= 1 ? 'Fill it in or remove the line.' : undefined) });
        break;
      }
      case 'invalid_format': {
        const what: Record<string, string> = { email: 'an email address', url: 'a web address starting with https://', regex: 'in the expected format' };
        problems.push({
          ...base,
          line,
          column,
          field,
          message: `${describeValue(value)} is not ${what[issue.format] ?? `a valid ${issue.format}`}.`,
          fix: params?.fix ?? (example !== undefined ? `For example: \`${yamlExample(path[path.length - 1]!, example)}\`.` : undefined),
        });
        break;
      }
      default: {
        problems.push({
          ...base,
          severity: params?.severity ?? 'error',
          line,
          column,
          field,
          message: issue.message,
          fix: params?.fix,
        });
      }
    }
  }
  return problems;
}

/**
 * Validates the data read from one YAML file against its schema.
 * Problems come back placed in the file; data comes back only when there are none.
 */
export function validateSource<S extends z.ZodType>(schema: S, source: YamlSource): { data?: z.output<S>; problems: ContentProblem[] } {
  const result = schema.safeParse(source.value === null ? {} : source.value, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  return { problems: schemaProblems(result.error.issues, schema, source) };
}
