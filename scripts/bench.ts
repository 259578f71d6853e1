// npm run bench [-- --sizes 100,1000,10000] [--reps 1] [--out bench] [--content <a hub's content folder>] [--peers <run.sh output>] [--no-search]
// Builds synthetic content of each size in a temporary folder and reports wall
// and CPU seconds, milliseconds per event page, peak memory, dist/ size, search
// index size and feed bytes per event. Writes <out>/results.json and results.md.
// A build of the same site with no sessions runs first: "per event page" costs
// are the extra cost over it, so the handbook pages and start-up are not counted.
// With --reps N every size is built N times and the build with the least CPU is
// reported (the machine's other work only ever adds time); the median is kept too.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './bench/generate-content.ts';
import { searchBytes } from './bench/search-bytes.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,10000' }, out: { type: 'string', default: 'bench' }, keep: { type: 'boolean', default: false }, content: { type: 'string', default: 'content' }, 'no-search': { type: 'boolean', default: false }, peers: { type: 'string' }, reps: { type: 'string', default: '1' } } });
const reps = Math.max(1, Number(values.reps) || 1);
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
  /** Over and above a build with no sessions: the build with the least CPU. */
  cpuMsPerEventPage: number;
  /** The same from the median builds (of this size and of no sessions). */
  medianCpuMsPerEventPage: number;
  /** How many builds of this size were made. */
  builds: number;
  wallMsPerEventPage: number;
  /** The whole build's CPU divided by the number of event pages. */
  cpuMsPerEventPageAllIn: number;
  peakMemoryMb: number;
  /** The largest resident size of any process of the build (Node or Pagefind), from GNU time. */
  largestProcessMb?: number;
  /** Every file in the output, pages, feeds and search index alike (hosts limit files per deploy). */
  filesWritten: number;
  distMb: number;
  searchIndexMb: number;
  feedBytesPerEvent: number;
  /** Bytes a search for "mentor clinic" downloads in headless Chromium: all of it, and the index files (not the search UI's code). */
  searchKb?: number;
  searchIndexKb?: number;
}

function countFiles(path: string): number {
  return readdirSync(path, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

const results: BenchResult[] = [];
let baseline: { wallSeconds: number; cpuSeconds: number; medianCpuSeconds: number } | undefined;

interface BuildCost {
  wallSeconds: number;
  cpuSeconds: number;
  peakMemoryMb: number;
  largestProcessMb?: number;
}

/** One build of the content into outDir, as scripts/bench/build-once.ts measures it. */
function buildOnce(work: string, contentDir: string, outDir: string, timed: boolean): BuildCost {
  const timeFile = join(work, 'time.txt');
  const script = join(root, 'scripts/bench/build-once.ts');
  const [program, args] = timed ? ['/usr/bin/time', ['-f', '%M', '-o', timeFile, process.execPath, script, outDir]] : [process.execPath, [script, outDir]];
  const output = execFileSync(program, args, {
    cwd: root,
    env: { ...process.env, HANDBOOK_CONTENT_DIR: contentDir, HANDBOOK_TODAY: '2026-11-30', SOURCE_DATE_EPOCH: '1795000000', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const cost = JSON.parse(output.trim().split('\n').pop()!) as BuildCost;
  if (timed) cost.largestProcessMb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) / 1024;
  return cost;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
const works: string[] = [];
for (const size of [0, ...sizes]) {
  const work = mkdtempSync(join(tmpdir(), `handbook-bench-${size}-`));
  // Each build gets its own copy of the content (the build writes its lock there) and
  // its own output folder, so no build starts from another's files.
  const generated = Array.from({ length: reps }, (_, rep) => generateContent(resolve(root, values.content!), join(work, `content-${rep}`), size));
  const { cohorts, events } = generated[0]!;
  const outDir = join(work, `dist-${reps - 1}`);
  process.stdout.write(`Building ${events} events in ${cohorts} cohorts${reps > 1 ? `, ${reps} times` : ''}… `);
  // GNU time, where there is one, reports the largest resident size of the build and its children (Pagefind).
  const timed = existsSync('/usr/bin/time');
  const builds: BuildCost[] = [];
  for (let rep = 0; rep < reps; rep++) builds.push(buildOnce(work, join(work, `content-${rep}`), join(work, `dist-${rep}`), timed));
  const cost = builds.reduce((least, b) => (b.cpuSeconds < least.cpuSeconds ? b : least));
  const medianCpuSeconds = median(builds.map((b) => b.cpuSeconds));
  const largestProcessMb = cost.largestProcessMb;
  works.push(work);
  if (size === 0) {
    baseline = { ...cost, medianCpuSeconds };
    console.log(`${round(cost.wallSeconds, 2)}s wall, ${round(cost.cpuSeconds, 2)}s CPU (the fixed cost of a build)`);
    continue;
  }
  let search: Awaited<ReturnType<typeof searchBytes>> | undefined;
  if (!values['no-search']) {
    try {
      search = await searchBytes(outDir, 'mentor clinic');
    } catch (error) {
      console.warn(`(no search measurement: ${(error as Error).message.split('\n')[0]})`);
    }
  }
  const eventPages = readdirSync(join(outDir, 'events'), { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name === 'index.html' && /events\/[^/]+\/[^/]+$/.test(e.parentPath)).length;
  const allFeed = readFileSync(join(outDir, 'calendars/all.ics'), 'utf8');
  const feedEvents = (allFeed.match(/^BEGIN:VEVENT/gm) ?? []).length;
  const result: BenchResult = {
    // The hub's own sessions are built too, beside the synthetic ones.
    events: eventPages,
    cohorts,
    eventPages,
    wallSeconds: round(cost.wallSeconds, 2),
    cpuSeconds: round(cost.cpuSeconds, 2),
    cpuMsPerEventPage: round(((cost.cpuSeconds - baseline!.cpuSeconds) * 1000) / eventPages, 2),
    medianCpuMsPerEventPage: round(((medianCpuSeconds - baseline!.medianCpuSeconds) * 1000) / eventPages, 2),
    builds: builds.length,
    wallMsPerEventPage: round(((cost.wallSeconds - baseline!.wallSeconds) * 1000) / eventPages, 2),
    cpuMsPerEventPageAllIn: round((cost.cpuSeconds * 1000) / eventPages, 2),
    peakMemoryMb: round(cost.peakMemoryMb, 0),
    ...(largestProcessMb ? { largestProcessMb: round(largestProcessMb, 0) } : {}),
    filesWritten: countFiles(outDir),
    distMb: round(folderBytes(outDir) / 1e6, 1),
    searchIndexMb: round(readdirSync(outDir).filter((name) => /^pagefind(-sessions(-\d+)?)?$/.test(name)).reduce((sum, name) => sum + folderBytes(join(outDir, name)), 0) / 1e6, 1),
    feedBytesPerEvent: Math.round(Buffer.byteLength(allFeed) / feedEvents),
    ...(search ? { searchKb: round(search.total / 1000, 0), searchIndexKb: round((search.total - (search.byKind.ui ?? 0) - (search.byKind.wasm ?? 0)) / 1000, 0) } : {}),
  };
  results.push(result);
  console.log(`${result.wallSeconds}s wall, ${result.cpuSeconds}s CPU, ${result.cpuMsPerEventPage} ms CPU per event page`);
}
// Deleted only now: on ext4, creating files soon after deleting many is slow (the inode
// allocator skips recently freed inodes), which would charge one size for another's clean-up.
if (!values.keep) for (const work of works) rmSync(work, { recursive: true, force: true });

function round(n: number, places: number): number {
  return Math.round(n * 10 ** places) / 10 ** places;
}

const header =
  '| Build | Events | Event pages | Wall s | CPU s | CPU ms per event page (least / median of builds) | × per page vs previous size | CPU ms per event page, all in | Peak memory MB (Node / largest process) | Files written | dist/ MB | Search index MB | KB fetched by a search (of which index) | all.ics bytes per event |';
const rule = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
const rows = results.map((r, i) => {
  const ratio = i > 0 ? round(r.cpuMsPerEventPage / results[i - 1]!.cpuMsPerEventPage, 2) : '';
  const search = r.searchKb === undefined ? '–' : `${r.searchKb} (${r.searchIndexKb})`;
  return `| this project | ${r.events.toLocaleString('en-GB')} | ${r.eventPages.toLocaleString('en-GB')} | ${r.wallSeconds} | ${r.cpuSeconds} | ${r.cpuMsPerEventPage} / ${r.medianCpuMsPerEventPage} (${r.builds}) | ${ratio} | ${r.cpuMsPerEventPageAllIn} | ${r.peakMemoryMb} / ${r.largestProcessMb ?? '–'} | ${r.filesWritten.toLocaleString('en-GB')} | ${r.distMb} | ${r.searchIndexMb} | ${search} | ${r.feedBytesPerEvent} |`;
});
// Peers measured by ../shared/peer-bench/run.sh on the same synthetic sessions, when its output is given.
if (values.peers) {
  for (const line of readFileSync(resolve(root, values.peers), 'utf8').split('\n')) {
    const [tool, n, cpu, , ms, rss, pages] = line.split('\t');
    if (!tool || tool.startsWith('#') || tool === 'project' || !ms) continue;
    rows.push(`| ${tool} (peer-bench) | ${Number(n).toLocaleString('en-GB')} | ${Number(pages).toLocaleString('en-GB')} | – | ${cpu} | ${ms} | | – | ${rss} | – | – | – | – | – |`);
  }
}
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
