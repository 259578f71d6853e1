import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

// Playwright's own Chromium where `npx playwright install` could run; otherwise
// the system's (Debian's `chromium`), with the flags a closed-network container needs.
function browserLaunchOptions() {
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return {};
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  };
}

const port = Number(process.env.HANDBOOK_TEST_PORT ?? 4329);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../.test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Search results load the index and their fragments in the page: 5 s was not always
  // enough on a busy 2-core machine. An expectation returns as soon as it holds.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: browserLaunchOptions(),
    trace: 'off',
  },
  projects: [
    // Tests tagged @phone exercise the phone layout only (the menu button, for example).
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } }, grepInvert: /@phone/ },
    // Tests tagged @desktop need a keyboard and a wide screen.
    { name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' }, grepInvert: /@desktop/ },
  ],
  webServer: {
    // Serves the site `npm test` has just built, never the dev server.
    command: `node scripts/serve.ts --port ${port} --dir .test-site`,
    cwd: new URL('..', import.meta.url).pathname,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
