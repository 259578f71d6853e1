// Runs one Astro build in this process and reports what it cost, as JSON on the
// last line of stdout. CPU includes child processes (Pagefind), read from /proc.
// Usage: HANDBOOK_CONTENT_DIR=… node scripts/bench/build-once.ts <outDir>
import { readFileSync } from 'node:fs';
import { build } from 'astro';

function cpuSeconds(): number {
  // utime, stime, cutime, cstime are fields 14 to 17 of /proc/self/stat, in clock ticks.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  return ticks / 100;
}

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: build-once.ts <outDir>');
const started = performance.now();
await build({ root: process.cwd(), outDir, logLevel: 'warn' });
const wall = (performance.now() - started) / 1000;
console.log(JSON.stringify({ wallSeconds: wall, cpuSeconds: cpuSeconds(), peakMemoryMb: process.resourceUsage().maxRSS / 1024 }));
