/**
 * A problem found in content/: where it is, what is wrong and how to fix it,
 * in the words of the hub administrator who edits the file.
 */
export interface ContentProblem {
  /** Path as the administrator sees it, for example `content/cohorts/2026-primary-a.yaml`. */
  file: string;
  /** 1-based line and column, when the problem can be placed in the file. */
  line?: number;
  column?: number;
  /** The field in the editor's terms, for example `events[3].start`. */
  field?: string;
  /** What is wrong, as a sentence fragment that can follow the field name. */
  message: string;
  /** What to do about it. */
  fix?: string;
  severity: 'error' | 'warning';
  /** The offending line of the file with a caret under the column, for syntax errors. */
  excerpt?: string;
}

/** Control characters (from a binary or mis-saved file) written so a terminal shows them, not obeys them. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function formatProblem(problem: ContentProblem): string {
  const place = [problem.file, problem.line, problem.line && problem.column].filter(Boolean).join(':');
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  const field = problem.field ? `${problem.field}: ` : '';
  const fix = problem.fix ? ` ${problem.fix}` : '';
  const excerpt = problem.excerpt ? `\n${problem.excerpt}` : '';
  return printable(`${place} ${label}${field}${problem.message}${fix}${excerpt}`);
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

export function formatReport(problems: ContentProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = sortProblems(problems).map(formatProblem);
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push('', `${count(errors, 'error')}, ${count(warnings, 'warning')} in content.`);
  return lines.join('\n');
}

/** Formats a field path the way an editor reads YAML: `events[3].start`. */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
