import { z } from 'astro/zod';
import { fieldName, type ContentProblem } from './problem.ts';
import { locateKey, locateValue, writtenText, type YamlSource } from './read-yaml.ts';
import { listAnd, listOr, nearest } from './suggest.ts';

/** Extra detail a custom check can attach to an issue: the fix to suggest. */
export interface FixParams {
  fix?: string;
  severity?: 'error' | 'warning';
}

// Introspected through zod's public `def` (zod 4 Classic), never its `_zod` internals.
type AnySchema = z.ZodType;

/** Strips optional, default, nullable and pipe wrappers to reach the schema that says what the field is. */
function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema;
  for (let i = 0; i < 10 && current; i++) {
    const def = current.def as { type: string; innerType?: AnySchema; in?: AnySchema; out?: AnySchema };
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault' || def.type === 'readonly') {
      current = def.innerType;
    } else if (def.type === 'pipe') {
      // z.preprocess(fn, schema) is a pipe from a transform into the schema that matters.
      current = def.in?.def.type === 'transform' ? def.out : def.in;
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
    const def = bare.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
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
    const def = current.def as { innerType?: AnySchema; in?: AnySchema };
    current = def.innerType ?? def.in;
  }
  return {};
}

function knownKeys(schema: AnySchema | undefined): string[] {
  const bare = unwrap(schema);
  const def = bare?.def as { type: string; shape?: Record<string, AnySchema> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function yamlExample(key: PropertyKey, value: unknown): string {
  const shown = typeof value === 'string' ? ((/^[\w.@/-]+$/.test(value) && !/^\d/.test(value)) || /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : JSON.stringify(value)) : Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
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

/** Names of the fields an object schema cannot do without. */
function requiredKeys(schema: AnySchema | undefined): string[] {
  const bare = unwrap(schema);
  const def = bare?.def as { type: string; shape?: Record<string, AnySchema> } | undefined;
  if (def?.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
}

/** Is the schema a whole number (`z.int()`)? */
function isWholeNumber(schema: AnySchema | undefined): boolean {
  const def = unwrap(schema)?.def as { type: string; format?: string } | undefined;
  return def?.type === 'number' && /int/.test(def.format ?? '');
}

/** The words for what a schema expects, as in "should be a whole number". */
function expectedWords(issue: { expected: string }, schema: AnySchema | undefined): string {
  if (issue.expected === 'number' && isWholeNumber(schema)) return typeNames.int!;
  return typeNames[issue.expected] ?? issue.expected;
}

const formatWords: Record<string, string> = { email: 'an email address', url: 'a web address starting with https://' };

/** zod's own messages start "Invalid"; ours (from `error:` in a schema) never do. */
const isOwnMessage = (message: string) => message !== '' && !/^Invalid\b/.test(message);

type Issue = z.core.$ZodIssue;

/** The part of a failed union to explain: the option that matches what was written. */
function unionIssues(issue: Extract<Issue, { code: 'invalid_union' }>): Issue[] | { types: string[] } | { formats: string[] } {
  const branches = issue.errors.filter((branch) => branch.length > 0);
  const atRoot = (branch: Issue[]) => branch.length === 1 && branch[0]!.path.length === 0;
  const typeMismatch = (branch: Issue[]) => atRoot(branch) && branch[0]!.code === 'invalid_type';
  if (branches.length > 0 && branches.every(typeMismatch)) {
    return { types: branches.map((branch) => (branch[0] as { expected: string }).expected) };
  }
  if (branches.length > 0 && branches.every((branch) => atRoot(branch) && branch[0]!.code === 'invalid_format' && !isOwnMessage(branch[0]!.message))) {
    return { formats: branches.map((branch) => (branch[0] as { format: string }).format) };
  }
  const chosen = branches.find((branch) => !typeMismatch(branch)) ?? branches[0] ?? [];
  return chosen.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue);
}

/**
 * Turns zod's issues into problems an administrator can act on: placed in the
 * file, named by field, with the allowed values or the likely typo spelled out.
 * A field reported as unknown with a "did you mean" is not also reported missing.
 */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], schema: AnySchema, source: YamlSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const base = { file: source.file, severity: 'error' as const };

  // `strat:` for `start:` is one mistake: say "did you mean `start`?", not also "start is missing".
  const guessed = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownKeys(schemaAt(schema, issue.path as PropertyKey[]));
    for (const key of issue.keys) {
      const guess = nearest(key, known);
      if (guess) guessed.add(fieldName([...(issue.path as PropertyKey[]), guess]));
    }
  }

  const explain = (issue: Issue) => {
    const path = issue.path as PropertyKey[];

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
      return;
    }

    const value = valueAt(source.value, path);
    const fieldSchema = schemaAt(schema, path);
    const meta = metaOf(fieldSchema);
    const example = meta.examples?.[0];
    const { line, column } = locateValue(source, path);
    const field = fieldName(path);
    const key = path[path.length - 1];
    const params = (issue as { params?: FixParams }).params;
    const forExample = example !== undefined && key !== undefined ? `For example: \`${yamlExample(key, example)}\`.` : undefined;

    if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
      if (guessed.has(field)) return;
      const choices = issue.code === 'invalid_value' ? issue.values.map(String) : [];
      const shown = example ?? choices[0];
      const subfields = requiredKeys(fieldSchema);
      let fix: string;
      if (shown !== undefined && key !== undefined) {
        const note = choices.length > 1 ? `one of ${listOr(choices.map((c) => `\`${c}\``))}` : meta.description?.replace(/\.$/, '');
        fix = `Add a line such as \`${yamlExample(key, shown)}\`${note ? ` (${note})` : ''}.`;
      } else if (subfields.length > 0) {
        fix = `Add it, with its fields ${listAnd(subfields.map((k) => `\`${k}\``))}.`;
      } else {
        fix = `Add it${meta.description ? `: ${meta.description}` : '.'}`;
      }
      problems.push({ ...base, line, column, field, message: 'is missing.', fix });
      return;
    }

    switch (issue.code) {
      case 'invalid_type': {
        const expected = expectedWords(issue, fieldSchema);
        const written = writtenText(source, path);
        if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') && written !== undefined && fieldSchema) {
          // `start: 16.00` reaches us as the number 16: judge what was written instead.
          const again = (fieldSchema as z.ZodType).safeParse(written);
          const own = again.success ? undefined : again.error.issues.find((i) => isOwnMessage(i.message));
          if (own) {
            problems.push({ ...base, line, column, field, message: own.message, fix: (own as { params?: FixParams }).params?.fix ?? forExample });
          } else {
            problems.push({
              ...base,
              line,
              column,
              field,
              message: `should be text, but YAML reads ${written} as ${typeof value === 'number' ? 'a number' : 'true or false'}.`,
              fix: `Put it in quotes: \`${String(key)}: "${written}"\`.`,
            });
          }
          break;
        }
        const quotedNumber = typeof value === 'string' && issue.expected === 'number' && value.trim() !== '' && Number.isFinite(Number(value));
        problems.push({
          ...base,
          line,
          column,
          field,
          message: `should be ${expected}, but is ${describeValue(value)}.`,
          fix: quotedNumber ? `Remove the quotes: \`${String(key)}: ${value.trim()}\`.` : forExample,
        });
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
          message: `is ${describeValue(value)}, which is not allowed.`,
          fix: `${guess ? `Did you mean \`${guess}\`? ` : ''}Use ${allowed.length === 1 ? '' : 'one of '}${listOr(allowed.map((v) => `\`${v}\``))}.`,
        });
        break;
      }
      case 'invalid_union': {
        const inner = unionIssues(issue);
        if (Array.isArray(inner)) {
          inner.forEach(explain);
        } else if ('types' in inner) {
          const words = [...new Set(inner.types.map((type) => typeNames[type] ?? type))];
          problems.push({ ...base, line, column, field, message: `should be ${listOr(words)}, but is ${describeValue(value)}.`, fix: forExample });
        } else {
          const words = inner.formats.map((format) => formatWords[format] ?? `a valid ${format}`);
          problems.push({ ...base, line, column, field, message: `${describeValue(value)} is not ${listOr(words)}.`, fix: forExample });
        }
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
        // A pattern with its own words (`error:` in the schema) says what it wanted; zod's own words never reach the page.
        const what = isOwnMessage(issue.message)
          ? issue.message
          : `is not ${formatWords[issue.format] ?? (issue.format === 'regex' ? 'written in the expected way' : `a valid ${issue.format}`)}.`;
        problems.push({ ...base, line, column, field, message: `${describeValue(value)} ${what}`, fix: params?.fix ?? forExample });
        break;
      }
      default: {
        problems.push({
          ...base,
          severity: params?.severity ?? 'error',
          line,
          column,
          field,
          // A schema's own words: "is not a UK postcode." reads best after what was written.
          message: isOwnMessage(issue.message)
            ? /^is /.test(issue.message) && value !== undefined
              ? `${describeValue(value)} ${issue.message}`
              : issue.message
            : `is not allowed here${value === undefined ? '' : ` (${describeValue(value)})`}.`,
          fix: params?.fix ?? forExample,
        });
      }
    }
  };

  issues.forEach(explain);
  return problems;
}

/**
 * Validates the data read from one YAML file against its schema.
 * Problems come back placed in the file; data comes back only when there are none.
 */
export function validateSource<S extends z.ZodType>(schema: S, source: YamlSource): { data?: z.output<S>; problems: ContentProblem[] } {
  const empty = source.value === null || source.value === undefined;
  const result = schema.safeParse(empty ? {} : source.value, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const required = requiredKeys(schema);
  if (empty && required.length > 0) {
    // One line for an empty file, not one per field it lacks.
    const { line, column } = locateValue(source, []);
    return {
      problems: [{ file: source.file, line, column, message: 'has no fields.', fix: `Add the fields it needs: ${listAnd(required.map((k) => `\`${k}\``))}.`, severity: 'error' }],
    };
  }
  return { problems: schemaProblems(result.error.issues, schema, source) };
}
