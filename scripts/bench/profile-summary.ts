// Summarises a V8 CPU profile (node --cpu-prof) of scripts/bench/build-once.ts:
// self time by where the code lives, and inclusive time of a few project
// functions, optionally within the phases that build-once.ts reports.
// Usage: node scripts/bench/profile-summary.ts <file.cpuprofile> [phases.json]
import { readFileSync } from 'node:fs';

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

const [file, phasesFile] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [phases.json]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** Where a frame's code lives, as a short label. */
function place(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)') return 'idle (waiting on I/O or children)';
    if (functionName === '(program)') return 'V8/native (program)';
    return `native: ${functionName || '(anonymous)'}`;
  }
  if (url.startsWith('node:')) {
    if (/fs|stream|buffer|zlib/.test(url)) return 'Node fs/streams';
    return 'Node internals';
  }
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length);
    const parts = rest.split('/');
    const pkg = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
    if (pkg === 'astro') {
      const sub = parts.slice(1).join('/');
      if (/runtime\/server/.test(sub)) return 'astro: render runtime';
      if (/core\/build/.test(sub)) return 'astro: build pipeline';
      if (/core\/render|core\/routing|core\/app|core\/middleware/.test(sub)) return 'astro: routing/render core';
      if (/vite-plugin|core\/create-vite|content/.test(sub)) return 'astro: vite plugins';
      return 'astro: other';
    }
    if (pkg === '@astrojs/starlight') return 'starlight';
    return pkg;
  }
  if (/\/\.astro\/|dist\.building|\.prerender|chunks\//.test(url)) {
    // Code bundled by Vite for the build: Starlight's and the project's compiled components.
    if (/starlight/.test(url)) return 'bundled: starlight';
    return 'bundled page/component code';
  }
  if (/\/src\//.test(url)) return `project: ${url.replace(/^.*\/src\//, 'src/')}`;
  if (/\/scripts\//.test(url)) return 'project scripts';
  return url.replace(/^file:\/\//, '');
}

// Inclusive attribution: a sample counts for a label if any frame on its stack matches.
const inclusive: [string, (f: CallFrame) => boolean][] = [
  ['checkContent (content check + model)', (f) => f.functionName === 'checkContent'],
  ['buildFeed (ical-generator, all .ics)', (f) => f.functionName === 'buildFeed'],
  ['renderMarkdown (marked)', (f) => f.functionName === 'renderMarkdown'],
  ['generateStarlightPageRouteData', (f) => f.functionName === 'generateStarlightPageRouteData'],
  ['getStarlightPageFrontmatter (zod schema per page)', (f) => f.functionName === 'getStarlightPageFrontmatter' || f.functionName === 'StarlightPageFrontmatterSchema'],
  ['getSidebar / sidebar', (f) => /getSidebar|getSidebarFromConfig/.test(f.functionName)],
  ['getHead', (f) => f.functionName === 'getHead'],
  ['pagefind (node side)', (f) => /node_modules\/pagefind\//.test(f.url)],
  ['Astro writeFile (page output)', (f) => /core\/build\/generate/.test(f.url) && /write/i.test(f.functionName)],
  ['rollup/vite/esbuild (bundling)', (f) => /node_modules\/(rollup|vite|esbuild|rolldown|@rollup|@oxc|oxc|lightningcss|postcss)/.test(f.url)],
  ['csp (hashes, per page)', (f) => /csp/i.test(f.url) || /csp/i.test(f.functionName)],
  ['session page template (src/lib/session-page)', (f) => /src\/lib\/session-page\//.test(f.url)],
];

const phases = phasesFile ? (JSON.parse(readFileSync(phasesFile, 'utf8')).phases as { at: string; hrtimeUs: number }[]) : [];
const windows = phases.slice(1).map((p, i) => ({ label: `${phases[i]!.at} → ${p.at}`, from: phases[i]!.hrtimeUs, to: p.hrtimeUs }));

type Totals = { total: number; self: Map<string, number>; incl: Map<string, number> };
const blank = (): Totals => ({ total: 0, self: new Map(), incl: new Map() });
const all = blank();
const perWindow = windows.map(() => blank());

let t = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i]!;
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000; // ms until the next sample
  const leaf = byId.get(profile.samples[i]!)!;
  const label = place(leaf.callFrame);
  const stack: CallFrame[] = [];
  for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) stack.push(byId.get(id)!.callFrame);
  const hits = inclusive.filter(([, test]) => stack.some(test)).map(([name]) => name);
  const targets = [all];
  const w = windows.findIndex((win) => t >= win.from && t < win.to);
  if (w >= 0) targets.push(perWindow[w]!);
  for (const target of targets) {
    target.total += dt;
    target.self.set(label, (target.self.get(label) ?? 0) + dt);
    for (const h of hits) target.incl.set(h, (target.incl.get(h) ?? 0) + dt);
  }
}

function print(title: string, totals: Totals, top = 25) {
  console.log(`\n## ${title}: ${(totals.total / 1000).toFixed(2)} s of samples\n`);
  console.log('| self time in | s | % |\n|---|---:|---:|');
  const rows = [...totals.self].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [k, v] of rows) console.log(`| ${k} | ${(v / 1000).toFixed(2)} | ${((100 * v) / totals.total).toFixed(1)} |`);
  console.log('\n| inclusive (any frame on the stack) | s | % |\n|---|---:|---:|');
  for (const [k, v] of [...totals.incl].sort((a, b) => b[1] - a[1])) console.log(`| ${k} | ${(v / 1000).toFixed(2)} | ${((100 * v) / totals.total).toFixed(1)} |`);
}

print('Whole build (main thread)', all);
windows.forEach((w, i) => {
  if (perWindow[i]!.total > 200) print(w.label, perWindow[i]!, 15);
});
