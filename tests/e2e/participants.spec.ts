import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { distDir } from '../helpers/dist.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { fixtureContent } from '../helpers/fixture-hub.ts';
import { readFeed } from '../helpers/read-feed.ts';

// What participants use on the fixture hub's test build (as of 2026-11-23).
const content = fixtureContent();
const host = new URL(content.site.url).host;
const cohort = 'ecte-2026-northmere-primary';
const everyPath = sitemapPaths();

test.describe('my sessions', () => {
  test('are saved from session pages and cohort lists, listed by date, and download with the feeds’ UIDs', async ({ page }) => {
    await page.goto(`/events/${cohort}/y2-conference-2/`);
    const toggle = page.getByRole('button', { name: /my sessions/ });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await page.goto(`/events/${cohort}/`);
    const earlier = page.getByRole('button', { name: /my sessions \(Adaptive teaching in the primary classroom, Tuesday 1 December 2026/ });
    await earlier.click();
    await expect(earlier).toHaveAttribute('aria-pressed', 'true');

    await page.goto('/my-sessions/');
    const items = page.locator('ol[data-list] > li');
    await expect(items).toHaveCount(2);
    // Earliest first, whatever order they were added in.
    await expect(items.nth(0)).toContainText('Tuesday 1 December 2026, 4pm to 5pm');
    await expect(items.nth(1)).toContainText('Closing conference');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download these sessions (.ics)' }).click();
    const ics = readFileSync((await (await downloading).path())!, 'utf8');
    const mine = readFeed(ics);
    const published = readFeed(readFileSync(`${distDir}calendars/${cohort}.ics`, 'utf8'));
    expect(mine.missingTimezones).toEqual([]);
    expect(mine.events.map((e) => e.uid).sort()).toEqual([`${cohort}/y1-clinic-2-repeat@${host}`, `${cohort}/y2-conference-2@${host}`]);
    for (const event of mine.events) expect(event).toEqual(published.events.find((e) => e.uid === event.uid));
    await expect(page.getByRole('button', { name: 'Print this list' })).toBeVisible();

    await page.getByRole('button', { name: /Remove from my sessions \(Closing conference/ }).click();
    await expect(items).toHaveCount(1);
  });
});

test('what changed lists changes newest first with the day they were published, and has an Atom feed', async ({ page, request }) => {
  await page.goto('/changes/');
  await expect(page.getByRole('heading', { level: 2, name: 'Thursday 5 November 2026' })).toBeVisible();
  await expect(page.getByText(/Cancelled: Adaptive teaching in the primary classroom/)).toBeVisible();
  await expect(page.getByText(/Moved: Mentoring in year 2: stepping back/)).toBeVisible();
  await expect(page.getByText(/Was Wednesday 3 November 2027, 4pm to 5pm; now Wednesday 10 November 2027, 4pm to 5pm\./)).toBeVisible();
  const atom = await request.get('/changes.xml');
  expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(await atom.text()).toContain('<title>Cancelled: Adaptive teaching in the primary classroom');
});

test('the home page and the role pages show the next session, marked data-next-session', async ({ page }) => {
  for (const path of ['/', '/ects/your-programme/', '/mentors/mentoring/']) {
    await page.goto(path);
    const next = page.locator('[data-next-session]');
    await expect(next, path).toHaveCount(1);
    await expect(next, path).toBeVisible();
  }
});

test('search tells two sessions with the same title apart, and leaves out the administrators’ pages', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('Adaptive teaching primary classroom');
  const titles = dialog.locator('.pagefind-ui__result-title');
  await expect(titles.filter({ hasText: 'Tuesday 17 November 2026, 4pm to 5pm' }).first()).toContainText('(cancelled)');
  await expect(titles.filter({ hasText: 'Tuesday 1 December 2026, 4pm to 5pm' }).first()).toContainText(content.cohorts[cohort]!.title);
  await dialog.getByRole('textbox').fill('joining link');
  await expect(dialog.locator('.pagefind-ui__message')).toBeVisible();
  await expect(dialog.locator('.pagefind-ui__result-link[href^="/about/"]')).toHaveCount(0);
});

test('the glossary has an A to Z jump list', async ({ page }) => {
  await page.goto('/help/glossary/');
  const letters = page.getByRole('navigation', { name: 'Glossary letters' });
  await letters.getByRole('link', { name: 'M', exact: true }).click();
  await expect(page).toHaveURL(/#letter-m$/);
});

test('without JavaScript the theme follows the system', async ({ browser }) => {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('/');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    const light = (r! + g! + b!) / 3 > 128;
    expect(light, `${scheme}: ${background}`).toBe(scheme === 'light');
    await context.close();
  }
});

test('no page scrolls sideways at 320 or 390 pixels wide @desktop', async ({ browser }) => {
  test.setTimeout(180_000);
  const wide: string[] = [];
  for (const width of [320, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const path of everyPath) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${width}px ${path} (${overflow}px)`);
    }
    await context.close();
  }
  expect(wide).toEqual([]);
});
