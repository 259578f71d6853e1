// npm run bench [-- --sizes 100,1000,10000] [--out bench] [--content <a hub's content folder>]
// Builds synthetic content of each size in a temporary folder and reports wall
// and CPU seconds, milliseconds per event page, peak memory, dist/ size, search
// index size and feed bytes per event. Writes <out>/results.json and results.md.
// A build of the same site with no sessions runs first: "per event page" costs
// are the extra cost over it, so the handbook pages and start-up are not counted.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './bench/generate-content.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,10000' }, out: { type: 'string', default: 'bench' }, keep: { type: 'boolean', default: false }, content: { type: 'string', default: 'content' } } });
const sizes = values.sizes!.split(',').map(Number);
const root = resolve(import.meta.dirname, '..');

function folderBytes(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}

export interface BenchResult {
  events: number;
  cohorts: number;
  eventPages: number;
  wallSeconds: number;
  cpuSeconds: number;
  /** Over and above a build with no sessions. */
  cpuMsPerEventPage: number;
  wallMsPerEventPage: number;
  /** The whole build's CPU divided by the number of event pages. */
  cpuMsPerEventPageAllIn: number;
  peakMemoryMb: number;
  distMb: number;
  searchIndexMb: number;
  feedBytesPerEvent: number;
}

const results: BenchResult[] = [];
let baseline: { wallSeconds: number; cpuSeconds: number } | undefined;
for (const size of [0, ...sizes]) {
  const work = mkdtempSync(join(tmpdir(), `handbook-bench-${size}-`));
  const contentDir = join(work, 'content');
  const outDir = join(work, 'dist');
  const { cohorts, events } = generateContent(resolve(root, values.content!), contentDir, size);
  process.stdout.write(`Building ${events} events in ${cohorts} cohorts… `);
  const output = execFileSync(process.execPath, [join(root, 'scripts/bench/build-once.ts'), outDir], {
    cwd: root,
    env: { ...process.env, HANDBOOK_CONTENT_DIR: contentDir, HANDBOOK_TODAY: '2026-11-30', SOURCE_DATE_EPOCH: '1795000000', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const cost = JSON.parse(output.trim().split('\n').pop()!) as { wallSeconds: number; cpuSeconds: number; peakMemoryMb: number };
  if (size === 0) {
    baseline = cost;
    console.log(`${round(cost.wallSeconds, 2)}s wall, ${round(cost.cpuSeconds, 2)}s CPU (the fixed cost of a build)`);
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    continue;
  }
  const eventPages = readdirSync(join(outDir, 'events'), { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name === 'index.html' && /events\/[^/]+\/[^/]+$/.test(e.parentPath)).length;
  const allFeed = readFileSync(join(outDir, 'calendars/all.ics'), 'utf8');
  const feedEvents = (allFeed.match(/^BEGIN:VEVENT/gm) ?? []).length;
  const result: BenchResult = {
    events,
    cohorts,
    eventPages,
    wallSeconds: round(cost.wallSeconds, 2),
    cpuSeconds: round(cost.cpuSeconds, 2),
    cpuMsPerEventPage: round(((cost.cpuSeconds - baseline!.cpuSeconds) * 1000) / eventPages, 2),
    wallMsPerEventPage: round(((cost.wallSeconds - baseline!.wallSeconds) * 1000) / eventPages, 2),
    cpuMsPerEventPageAllIn: round((cost.cpuSeconds * 1000) / eventPages, 2),
    peakMemoryMb: round(cost.peakMemoryMb, 0),
    distMb: round(folderBytes(outDir) / 1e6, 1),
    searchIndexMb: round(folderBytes(join(outDir, 'pagefind')) / 1e6, 1),
    feedBytesPerEvent: Math.round(Buffer.byteLength(allFeed) / feedEvents),
  };
  results.push(result);
  console.log(`${result.wallSeconds}s wall, ${result.cpuSeconds}s CPU, ${result.cpuMsPerEventPage} ms CPU per event page`);
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

function round(n: number, places: number): number {
  return Math.round(n * 10 ** places) / 10 ** places;
}

const header = '| Events | Event pages | Wall s | CPU s | CPU ms per event page | Wall ms per event page | CPU ms per event page, all in | Peak memory MB | dist/ MB | Search index MB | all.ics bytes per event |';
const rule = '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
const rows = results.map((r) => `| ${r.events.toLocaleString('en-GB')} | ${r.eventPages.toLocaleString('en-GB')} | ${r.wallSeconds} | ${r.cpuSeconds} | ${r.cpuMsPerEventPage} | ${r.wallMsPerEventPage} | ${r.cpuMsPerEventPageAllIn} | ${r.peakMemoryMb} | ${r.distMb} | ${r.searchIndexMb} | ${r.feedBytesPerEvent} |`);
const machine = `${cpus().length} CPUs (${cpus()[0]?.model.trim()}), Node ${process.version}`;
const table = [header, rule, ...rows].join('\n');
console.log(`\n${table}\n\n${machine}`);

const outDir = resolve(root, values.out!);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({ measured: new Date().toISOString().slice(0, 10), machine, baseline, results }, null, 2)}\n`);
writeFileSync(
  join(outDir, 'results.md'),
  `# Benchmark\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine} with \`npm run bench\`. "Per event page" is the cost over a build of the same site with no sessions (${round(baseline!.cpuSeconds, 1)} s CPU); "all in" divides the whole build by the number of event pages.\n\n${table}\n`,
);
