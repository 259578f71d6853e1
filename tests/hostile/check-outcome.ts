// How `npm run check` answered a case, judged against what the case expects.
import { isAbsolute, join, resolve } from 'node:path';
import type { Expectation } from '../fixtures/hostile/cases.ts';

export type CheckOutcome = 'refused well' | 'refused badly' | 'accepted' | 'crashed';

export interface ReportedProblem {
  /** Path relative to the content folder (or absolute, when outside it). */
  file: string;
  line?: number;
  field?: string;
  severity: 'error' | 'warning';
  text: string;
}

/** Lines of a stack trace, or an Error naming a path: what an administrator must never see. */
export function stackTraceIn(text: string, ignoreLinesStartingWith?: string): string | undefined {
  return text.split('\n').find((line) => {
    if (ignoreLinesStartingWith && line.startsWith(ignoreLinesStartingWith)) return false;
    return /^\s+at\s+\S/.test(line) || /\b\w*Error\b:.*(\/[\w.@-]+){2,}/.test(line);
  });
}

/** A problem's file as a path inside `content` (or the path itself when outside it). */
export function contentRelative(file: string, content: string): string {
  const full = isAbsolute(file) ? file : resolve(process.cwd(), file);
  return full.startsWith(`${content}/`) ? full.slice(content.length + 1) : full;
}

/** The problems `npm run check` printed: `file:line:col [warning: ][field: ]message`. */
export function problemsPrinted(output: string, content: string): ReportedProblem[] {
  const problems: ReportedProblem[] = [];
  for (const line of output.split('\n')) {
    const match = /^(\S+?)(?::(\d+)(?::\d+)?)? (warning: )?([^\n]*)$/.exec(line);
    if (!match || !(match[1]!.startsWith(content) || match[1]!.startsWith(join(content, '..')))) continue;
    const field = /^([A-Za-z_][\w-]*(?:\[\d+\]|\.[A-Za-z_][\w-]*)*): /.exec(match[4]!)?.[1];
    problems.push({ file: contentRelative(match[1]!, content), line: match[2] ? Number(match[2]) : undefined, field, severity: match[3] ? 'warning' : 'error', text: line });
  }
  return problems;
}

export interface CheckVerdict {
  outcome: CheckOutcome;
  /** Why, in a few words: what was missing from a refusal, or what the crash said. */
  detail: string;
}

/**
 * Judges one run of the check. `problems` are what it reported (printed or returned),
 * `failed` whether it stopped with an error, `crash` any stack trace or signal.
 */
export function judgeCheck(expect: Expectation, result: { failed: boolean; problems: ReportedProblem[]; crash?: string }): CheckVerdict {
  if (result.crash) return { outcome: 'crashed', detail: result.crash.trim().slice(0, 200) };
  if (!result.failed) {
    const warnings = result.problems.filter((p) => p.severity === 'warning');
    return { outcome: 'accepted', detail: warnings.length ? `${warnings.length} warning(s): ${warnings[0]!.text.slice(0, 160)}` : '' };
  }
  if (!('refused' in expect)) return { outcome: 'refused well', detail: firstErrors(result.problems) };
  const want = expect.refused;
  const inFile = result.problems.filter((p) => p.severity === 'error' && p.file === want.file);
  const missing: string[] = [];
  if (inFile.length === 0) missing.push(`no error names ${want.file}`);
  else if (!inFile.some((p) => (want.line === undefined || p.line === want.line) && (want.field === undefined || p.field === want.field))) {
    const where = [want.line !== undefined && `line ${want.line}`, want.field !== undefined && `field ${want.field}`].filter(Boolean).join(' and ');
    missing.push(`names ${want.file} but not ${where}`);
  }
  if (want.single && result.problems.length !== 1) missing.push(`${result.problems.length} problems reported, not one`);
  const control = result.problems.map((p) => /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.exec(p.text)?.[0]).find(Boolean);
  if (control) missing.push(`a message prints the raw control character U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} to the terminal`);
  return missing.length ? { outcome: 'refused badly', detail: `${missing.join('; ')}. Reported: ${firstErrors(result.problems)}` } : { outcome: 'refused well', detail: firstErrors(result.problems) };
}

function firstErrors(problems: ReportedProblem[]): string {
  const shown = problems.slice(0, 2).map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.field ? `${p.field}: ` : ''}${p.text.replace(/^\S+ /, '').replace(/^(warning: )?[\w.[\]-]+: /, '').slice(0, 120)}`);
  return problems.length > 2 ? `${shown.join(' | ')} (+${problems.length - 2} more)` : shown.join(' | ');
}
