import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

export default defineConfig({
  test: {
    root,
    environment: 'node',
    maxWorkers: 2,
    projects: [
      // Pure logic and content checks: no build needed.
      { test: { name: 'unit', root, include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'] } },
      // Checks over the fixture hub's site in .test-site/ (run after `npm run build:test`).
      // One file at a time: some of these run extra Astro builds, and builds in one
      // project folder share .astro/ and must not overlap.
      { test: { name: 'site', root, include: ['tests/site/**/*.test.ts'], fileParallelism: false } },
    ],
  },
});
