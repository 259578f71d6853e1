// Runs one Astro build in this process and reports what it cost, as JSON on the
// last line of stdout. CPU includes child processes (Pagefind), read from /proc.
// Usage: HANDBOOK_CONTENT_DIR=… node scripts/bench/build-once.ts <outDir>
//
// The JSON also has `phases`: CPU seconds (this process plus reaped children) and
// wall seconds at each build hook, so a profile can be split into bundling, page
// generation and what runs after it (Starlight's Pagefind, the publish step).
import { readdirSync, readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { build } from 'astro';

function cpuTicks(): { self: number; children: number } {
  // utime, stime, cutime, cstime are fields 14 to 17 of /proc/self/stat, in clock ticks.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return { self: (Number(fields[11]) + Number(fields[12])) / 100, children: (Number(fields[13]) + Number(fields[14])) / 100 };
}
function cpuSeconds(): number {
  const { self, children } = cpuTicks();
  return self + children;
}

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: build-once.ts <outDir>');
const started = performance.now();
const phases: { at: string; wall: number; cpu: number; childCpu: number; hrtimeUs: number }[] = [];
const mark = (at: string) => {
  const { self, children } = cpuTicks();
  phases.push({ at, wall: (performance.now() - started) / 1000, cpu: self, childCpu: children, hrtimeUs: Number(process.hrtime.bigint() / 1000n) });
};
// Added in config:setup, after the handbook integration has added Starlight and the
// publish step, so its build:done runs after Pagefind and the swap.
const last: AstroIntegration = { name: 'bench:last', hooks: { 'astro:build:done': () => mark('build:done (after Pagefind)') } };
const marker: AstroIntegration = {
  name: 'bench:phases',
  hooks: {
    'astro:config:setup': ({ updateConfig }) => {
      mark('config:setup (content checked)');
      updateConfig({ integrations: [last] });
    },
    'astro:build:start': () => mark('build:start'),
    'astro:build:setup': ({ target }) => mark(`build:setup ${target}`),
    'astro:build:generated': () => mark('build:generated (pages written)'),
  },
};
/** Pagefind processes this process started and has not yet reaped (running, or exited and waiting to be). */
function unreapedPagefind(): number {
  const children = readdirSync('/proc/self/task').flatMap((task) => readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean));
  return children.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind');
    } catch {
      return false;
    }
  }).length;
}

mark('start');
await build({ root: process.cwd(), outDir, logLevel: 'warn', integrations: [marker] });
// Pagefind's Node API stops its process without waiting for it to exit; a child
// that has not been reaped when this process exits has its CPU counted nowhere
// (not in /proc/self/stat, not by GNU time). Wait, with the event loop running,
// until Node has reaped it.
for (const until = Date.now() + 60_000; unreapedPagefind() > 0 && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 20));
mark('end');
const wall = (performance.now() - started) / 1000;
console.log(JSON.stringify({ wallSeconds: wall, cpuSeconds: cpuSeconds(), peakMemoryMb: process.resourceUsage().maxRSS / 1024, phases }));
