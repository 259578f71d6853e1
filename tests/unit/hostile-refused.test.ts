// Every case of the hostile-input corpus that `npm run check` must refuse (or must
// accept), checked in-process with checkContent() on a temporary copy of the fixture hub.
// The corpus and what each case expects are in tests/fixtures/hostile/cases.ts; many of
// these fail against the current code, and tests/hostile/baseline.md says which and why.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { formatProblem, type ContentProblem } from '../../src/lib/content/problem.ts';
import { hostileCases, type HostileCase } from '../fixtures/hostile/cases.ts';
import { contentRelative, judgeCheck, stackTraceIn } from '../hostile/check-outcome.ts';
import { caseHub, removeCaseHub } from '../hostile/hub-copy.ts';

const checkScript = new URL('../../src/lib/content/check-content.ts', import.meta.url).pathname;

/** The problems checkContent reports, in a process of its own for a case that has crashed one. */
function problemsFor(hostile: HostileCase, content: string): ContentProblem[] {
  if (!hostile.isolate) return checkContent(content).problems;
  const script = `import { checkContent } from ${JSON.stringify(checkScript)};\nprocess.stdout.write(JSON.stringify(checkContent(${JSON.stringify(content)}).problems));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  if (child.status !== 0) throw new Error(`The check's process ${child.signal ? `was killed by ${child.signal}` : `exited with code ${child.status}`}. ${child.stderr.slice(0, 300)}`);
  return JSON.parse(child.stdout) as ContentProblem[];
}

/** Runs the check on the case and judges it: 'refused well', 'refused badly' or 'accepted'. */
function checkCase(hostile: HostileCase) {
  const hub = caseHub([hostile.files]);
  try {
    const problems = problemsFor(hostile, hub.content);
    const traces = problems.map((p) => stackTraceIn(`${p.message}\n${p.fix ?? ''}`)).filter(Boolean);
    const reported = problems.map((p) => ({ file: contentRelative(p.file, hub.content), line: p.line, field: p.field, severity: p.severity, text: formatProblem(p).split(hub.content).join('content') }));
    return { traces, verdict: judgeCheck(hostile.expect, { failed: problems.some((p) => p.severity === 'error'), problems: reported }) };
  } finally {
    removeCaseHub(hub);
  }
}

describe('content the check must refuse, naming the file (and line and field)', () => {
  for (const hostile of hostileCases.filter((c) => 'refused' in c.expect)) {
    it(hostile.name, { timeout: 60_000 }, () => {
      const { traces, verdict } = checkCase(hostile);
      expect(traces, 'a problem message holds a stack trace').toEqual([]);
      expect(verdict.outcome, verdict.detail).toBe('refused well');
    });
  }
});

describe('content the check must accept', () => {
  for (const hostile of hostileCases.filter((c) => 'accepted' in c.expect)) {
    it(hostile.name, { timeout: 60_000 }, () => {
      const { verdict } = checkCase(hostile);
      expect(verdict.outcome, verdict.detail).toBe('accepted');
    });
  }
});
