/**
 * Pagefind's cost per record grows with the size of its index (at 54,000 records
 * each costs about 1.4 times what it does at 10,000: scripts/bench/pagefind-scaling.ts),
 * so the records of cohort and session pages are indexed in bundles of at most
 * `maxRecordsPerBundle`, which Starlight's search merges. Each bundle costs a
 * search one more small download (Pagefind's WebAssembly, about 60 KB, is
 * fetched per bundle), so bundles are as large as that limit allows, and even.
 */
export const maxRecordsPerBundle = 12_000;

/** The folder of each bundle, for `records` records: none when there is nothing to index. */
export function searchBundles(records: number, max = maxRecordsPerBundle): { path: string; start: number; end: number }[] {
  const count = Math.ceil(records / max);
  const size = Math.ceil(records / Math.max(count, 1));
  return Array.from({ length: count }, (_, i) => ({
    path: i === 0 ? '/pagefind-sessions/' : `/pagefind-sessions-${i + 1}/`,
    start: i * size,
    end: Math.min(records, (i + 1) * size),
  }));
}

/** How many pages the publish step writes, and indexes one record each for: a page per cohort and per session. */
export const framedPageCount = (schedule: { events: readonly unknown[]; cohorts: readonly unknown[] }) => schedule.events.length + schedule.cohorts.length;
