import { formatReport, type ContentProblem } from './problem.ts';

/**
 * Prints content problems the way an administrator should read them — no
 * stack trace — and stops the process before anything is written if any is an error.
 */
export function exitOnProblems(problems: ContentProblem[], options: { strict?: boolean; stream?: NodeJS.WriteStream } = {}): void {
  if (problems.length === 0) return;
  const stream = options.stream ?? process.stderr;
  const failing = problems.some((p) => p.severity === 'error' || options.strict);
  stream.write(`\n${formatReport(problems)}\n`);
  if (failing) {
    stream.write(options.strict && !problems.some((p) => p.severity === 'error') ? 'Stopped: warnings count as errors with --strict.\n' : 'Stopped: nothing was built. Fix the problems above and run the command again.\n');
    process.exit(1);
  }
}
