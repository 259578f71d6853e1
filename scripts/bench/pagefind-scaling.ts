// How Pagefind's cost grows with the number of custom records, apart from the
// rest of the build: adds N records shaped like the sessions' (the same words,
// filters and meta) to a fresh index, writes it, and reports the CPU of the
// Pagefind process for each step.
// Usage: node scripts/bench/pagefind-scaling.ts <records> <outDir>
import { readdirSync, readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';

const records = Number(process.argv[2] ?? 10_000);
const outputPath = process.argv[3];
if (!outputPath) throw new Error('usage: pagefind-scaling.ts <records> <outDir>');

/** CPU seconds of this process's children (the Pagefind service), read from /proc while they run. */
function childrenCpu(): number {
  let ticks = 0;
  for (const task of readdirSync('/proc/self/task')) {
    for (const pid of readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
  }
  return ticks / 100;
}

const words =
  'Subject knowledge and the curriculum Clinic for ECT programme 2026 to 2028, primary cohort 138, Year 1. Monday 10 May 2027, 4pm to 5pm (UK time). Online. Early career teachers. Bring an example from your own class. We look at what the research says and plan one change to try next week.';
const { index } = await pagefind.createIndex({ forceLanguage: 'en-gb' });
if (!index) throw new Error('Pagefind did not start');
for (let i = 0; i < records; i++) {
  await index.addCustomRecord({
    url: `/events/cohort-${Math.floor(i / 13)}/session-${i}/`,
    content: `${words} ${i}`,
    language: 'en-gb',
    meta: { title: `Session ${i}: Monday 10 May 2027, 4pm to 5pm` },
    filters: { Cohort: [`Cohort ${Math.floor(i / 13)}`], For: ['Early career teachers'], Phase: ['Primary'], Type: ['Clinic'] },
  });
}
const added = childrenCpu();
await index.writeFiles({ outputPath });
const written = childrenCpu();
await pagefind.close();
console.log(`${records} records: Pagefind CPU ${added.toFixed(2)} s adding, ${(written - added).toFixed(2)} s writing, ${written.toFixed(2)} s in all (${((written * 1000) / records).toFixed(2)} ms per record)`);
