// Runs the hostile-input corpus against the current code and reports how each case went.
//
//   ./npmw exec -- node tests/hostile/run-corpus.ts [--build] [filter]
//
// For each case: copies tests/fixtures/hub/ to a temporary folder, applies the case's
// changes and runs `npm run check` (scripts/check.ts) on it. With --build, every case the
// check lets through (and every 'build-failure' case) is also built into an output folder
// that already holds a good build of the fixture hub, and the output is checked for the
// invariants in invariants.ts. `filter` keeps the cases whose name or kind contains it.
// Without a filter the report is also written to tests/hostile/baseline.md.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostileCases, marker, outsideSecret, type Expectation, type HostileCase } from '../fixtures/hostile/cases.ts';
import { environmentSecrets, repoRoot, runBuild, runCheck } from './build-site.ts';
import { judgeCheck, problemsPrinted, stackTraceIn, type CheckVerdict } from './check-outcome.ts';
import { caseHub, removeCaseHub, type CaseHub } from './hub-copy.ts';
import { builtSiteViolations, fileHashes, filesWith, machineSecrets, treeChanges, type Violation } from './invariants.ts';

const args = process.argv.slice(2);
const withBuild = args.includes('--build');
const filter = args.find((arg) => !arg.startsWith('--'))?.toLowerCase();
const cases = hostileCases.filter((c) => !filter || c.name.toLowerCase().includes(filter) || c.kind === filter);
const secrets = [...machineSecrets(repoRoot), ...environmentSecrets, { label: 'a file beside the content folder', text: outsideSecret }];

type Verdict = 'pass' | 'FAIL' | 'unverified';

interface Row {
  name: string;
  kind: string;
  expected: string;
  outcome: string;
  verdict: Verdict;
  detail: string;
}

interface BuildVerdict {
  outcome: string;
  ok: boolean;
  detail: string;
}

interface PreviousBuild {
  dist: string;
  /** Violations the unmodified fixture hub's own build has: not a case's doing. */
  systemic: Set<string>;
}

const violationKey = (v: Violation) => `${v.invariant}: ${v.detail}`;

function describeExpectation(expect: Expectation): string {
  if ('harmless' in expect) return 'harmless';
  if ('accepted' in expect) return 'accepted';
  const { file, line, field, single } = expect.refused;
  return `refused: ${file}${line ? `:${line}` : ''}${field ? ` ${field}` : ''}${single ? ' (one message)' : ''}`;
}

function summarise(violations: Violation[]): string {
  const byDetail = new Map<string, string[]>();
  for (const v of violations) byDetail.set(violationKey(v), [...(byDetail.get(violationKey(v)) ?? []), v.file]);
  return [...byDetail]
    .slice(0, 3)
    .map(([key, files]) => `(${key.slice(0, 1)}) ${key.slice(3, 160)} [${files[0]}${files.length > 1 ? ` +${files.length - 1}` : ''}]`)
    .join('; ')
    .concat(byDetail.size > 3 ? `; +${byDetail.size - 3} more kinds` : '');
}

function firstErrorLine(output: string): string {
  const line = output.split('\n').find((l) => /error|✘|cannot|not defined|failed/i.test(l) && !/^\s*at /.test(l)) ?? output.trim().split('\n').at(-1) ?? '';
  return line.replace(/\u001b\[[0-9;]*m/g, '').trim().slice(0, 160);
}

function checkCase(c: HostileCase, hub: CaseHub): CheckVerdict {
  const run = runCheck(hub.content, c.env);
  let crash: string | undefined;
  if (run.signal) crash = `killed by ${run.signal}${run.seconds >= 119 ? ' (timed out)' : ''}`;
  else if (run.status !== 0 && run.status !== 1) crash = `exit code ${run.status}: ${stackTraceIn(run.output) ?? firstErrorLine(run.output)}`;
  else crash = stackTraceIn(run.output, hub.content);
  return judgeCheck(c.expect, { failed: run.status !== 0, problems: problemsPrinted(run.output, hub.content), crash });
}

async function buildCase(c: HostileCase, hub: CaseHub, previous: PreviousBuild): Promise<BuildVerdict> {
  const outDir = join(hub.work, 'dist');
  cpSync(previous.dist, outDir, { recursive: true });
  const before = fileHashes(outDir);
  const run = runBuild(hub.content, outDir, hub.work, c.env);
  if (run.status !== 0) {
    const changes = treeChanges(before, fileHashes(outDir));
    const trace = stackTraceIn(run.output, hub.content) ? ' It printed a stack trace.' : '';
    const why = `${run.signal ? `killed by ${run.signal}` : `exit ${run.status}`}: ${firstErrorLine(run.output)}.${trace}`;
    return changes
      ? { outcome: 'build failed and changed the previous output', ok: false, detail: `(a) ${changes}. ${why}` }
      : { outcome: 'build failed, previous output intact', ok: true, detail: why };
  }
  const violations = (await builtSiteViolations(outDir, { marker, secrets })).filter((v) => !previous.systemic.has(violationKey(v)));
  const published = 'refused' in c.expect ? filesWith(outDir, marker) : [];
  const where = published.length ? ` ${marker} published in ${published.length} file(s): ${published.slice(0, 3).join(', ')}${published.length > 3 ? ', …' : ''}.` : '';
  return violations.length
    ? { outcome: `built, ${violations.length} violation(s)`, ok: false, detail: `${summarise(violations)}.${where}` }
    : { outcome: 'built, invariants hold', ok: true, detail: where.trim() };
}

function verdictOf(expect: Expectation, check: CheckVerdict, built: BuildVerdict | undefined): Verdict {
  if (check.outcome === 'crashed') return 'FAIL';
  if ('refused' in expect) return check.outcome === 'refused well' && (!built || built.ok) ? 'pass' : 'FAIL';
  if ('accepted' in expect) return check.outcome === 'accepted' && (!built || built.ok) ? 'pass' : 'FAIL';
  if (check.outcome !== 'accepted') return 'pass';
  if (!built) return 'unverified';
  return built.ok && built.outcome.startsWith('built') ? 'pass' : 'FAIL';
}

async function previousBuild(): Promise<{ previous: PreviousBuild; row: Row }> {
  const hub = caseHub([], 'handbook-hostile-previous-');
  const dist = join(hub.work, 'dist');
  const run = runBuild(hub.content, dist, hub.work);
  if (run.status !== 0) throw new Error(`The fixture hub does not build:\n${run.output}`);
  const violations = await builtSiteViolations(dist, { marker, secrets });
  const row: Row = {
    name: 'The fixture hub itself, unchanged (the previous good build every case starts from)',
    kind: 'fixture',
    expected: 'accepted',
    outcome: violations.length ? `built, ${violations.length} violation(s)` : 'built, invariants hold',
    verdict: violations.length ? 'FAIL' : 'pass',
    detail: summarise(violations),
  };
  return { previous: { dist, systemic: new Set(violations.map(violationKey)) }, row };
}

function cell(text: string): string {
  return text
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/g, (char) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .trim();
}

function count<T extends string>(values: T[]): string {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, n]) => `${value}: ${n}`).join(', ');
}

function report(rows: Row[], seconds: number): string {
  const caseRows = rows.filter((row) => row.kind !== 'fixture');
  const kinds = [...new Set(caseRows.map((row) => row.kind))];
  const lines = [
    '# Hostile-input corpus: baseline',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} with \`./npmw exec -- node tests/hostile/run-corpus.ts${withBuild ? ' --build' : ''}${filter ? ` ${filter}` : ''}\` (Node ${process.version}), ${caseRows.length} cases in ${Math.round(seconds)} s.`,
    'Expected is what a well-built product must do; outcome is what the current code did. "refused well" means `npm run check` failed naming the file (and line and field where expected) without a stack trace.',
    withBuild ? 'Build violations are those the unmodified fixture hub does not already have; its own are in the first row.' : 'Run with --build to build what the check lets through.',
    '',
    `**Verdicts:** ${count(caseRows.map((row) => row.verdict))}`,
    '',
    `**Check outcomes:** ${count(caseRows.map((row) => row.outcome.split(';')[0]!))}`,
    '',
    ...(withBuild ? [`**Build outcomes:** ${count(caseRows.filter((row) => row.outcome.includes(';')).map((row) => row.outcome.split('; ')[1]!.replace(/\d+ violation/, 'n violation')))}`, ''] : []),
    '| Kind | Cases | pass | FAIL | unverified |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...kinds.map((kind) => {
      const of = caseRows.filter((row) => row.kind === kind);
      const n = (verdict: Verdict) => of.filter((row) => row.verdict === verdict).length;
      return `| ${kind} | ${of.length} | ${n('pass')} | ${n('FAIL')} | ${n('unverified')} |`;
    }),
    '',
    '| Case | Kind | Expected | Outcome | Verdict | Detail |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${cell(row.name)} | ${row.kind} | ${cell(row.expected)} | ${cell(row.outcome)} | ${row.verdict} | ${cell(row.detail)} |`),
    '',
  ];
  return lines.join('\n');
}

const started = performance.now();
const rows: Row[] = [];
let previous: PreviousBuild | undefined;
if (withBuild) {
  process.stderr.write('Building the fixture hub once, as the previous good output…\n');
  const first = await previousBuild();
  previous = first.previous;
  rows.push(first.row);
}
for (const [i, c] of cases.entries()) {
  const hub = caseHub([c.files]);
  let row: Row;
  try {
    const check = checkCase(c, hub);
    const built = previous && (check.outcome === 'accepted' || c.kind === 'build-failure') ? await buildCase(c, hub, previous) : undefined;
    const detail = [check.detail, built?.detail].filter(Boolean).join(' — build: ');
    row = { name: c.name, kind: c.kind, expected: describeExpectation(c.expect), outcome: built ? `${check.outcome}; ${built.outcome}` : check.outcome, verdict: verdictOf(c.expect, check, built), detail };
  } catch (error) {
    // A fault of this runner, not of the product: say so and go on with the next case.
    row = { name: c.name, kind: c.kind, expected: describeExpectation(c.expect), outcome: 'runner error', verdict: 'unverified', detail: String((error as Error).stack ?? error).slice(0, 300) };
  } finally {
    removeCaseHub(hub);
  }
  rows.push(row);
  process.stderr.write(`[${i + 1}/${cases.length}] ${row.verdict.padEnd(10)} ${c.name}\n`);
}
const text = report(rows, (performance.now() - started) / 1000);
process.stdout.write(text);
if (!filter) writeFileSync(new URL('baseline.md', import.meta.url), text);
