import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { fixtureContent, handbookPagePaths, publishedCohortIds } from '../helpers/fixture-hub.ts';

// The fixture hub (tests/fixtures/hub) as npm run build:test built it into .test-site/.
const allPaths = sitemapPaths();
// Every page type: all handbook and listing pages, every cohort page, and every
// session page of one cohort (which has past, cancelled, repeat, online, in-person and hybrid sessions).
const cohort = 'ecte-2026-northmere-primary';
const sessionPage = /^\/events\/[^/]+\/[^/]+\/$/;
const everyPage = [...allPaths.filter((p) => !sessionPage.test(p) || p.startsWith(`/events/${cohort}/`)), '/no-such-page/'];
// On the phone, one page of each type: the layout differs, the content does not.
const onePerType = ['/', '/ects/your-programme/', '/about/editing/', '/help/glossary/', '/ects/maths-programme/', '/career/facilitating/', '/events/', '/changes/', '/my-sessions/', `/events/${cohort}/`, `/events/${cohort}/y1-clinic-2/`, `/events/${cohort}/y1-conference-1/`, '/no-such-page/'];

test.describe('accessibility (axe, WCAG 2.0 to 2.2 A and AA)', () => {
  // Two full axe runs per page: over the 30 s default on a busy 2-core machine.
  test.describe.configure({ timeout: 90_000 });

  test('the sitemap lists the page types to check', () => {
    // Every handbook page, the events page, every published cohort's page and every session page of the chosen cohort.
    const events = fixtureContent().cohorts[cohort]!.events;
    const expected = [
      ...handbookPagePaths(),
      '/events/',
      '/changes/',
      '/my-sessions/',
      ...publishedCohortIds().map((id) => `/events/${id}/`),
      ...events.map((event) => `/events/${cohort}/${event.id}/`),
      '/no-such-page/',
    ];
    expect([...everyPage].sort()).toEqual(expected.sort());
    expect(new Set(events.map((e) => e.mode))).toEqual(new Set(['online', 'in-person', 'hybrid']));
    for (const path of onePerType) expect(everyPage).toContain(path);
  });

  for (const path of everyPage) {
    const tag = onePerType.includes(path) ? '' : ' @desktop';
    test(`${path} has no violations in light or dark theme${tag}`, async ({ page }) => {
      await page.goto(path);
      for (const theme of ['light', 'dark']) {
        await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const violations = results.violations.map((v) => `${theme}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
        expect(violations).toEqual([]);
      }
    });
  }
});

test.describe('privacy and security', () => {
  const sample = ['/', '/events/', `/events/${cohort}/`, `/events/${cohort}/y1-conference-1/`, '/career/facilitating/', '/help/glossary/'];

  test('no page makes a request beyond its own origin, and none breaks its Content-Security-Policy', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const outside: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== 'data:') outside.push(request.url());
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(`${page.url()}: ${message.text().slice(0, 200)}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    for (const path of sample) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    // Search downloads its index from the same site.
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('mentor');
    await expect(page.getByRole('dialog').locator('.pagefind-ui__result').first()).toBeVisible();
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('pages carry a CSP without unsafe-inline for scripts, and the host headers from _headers', async ({ request }) => {
    const response = await request.get('/events/');
    const html = await response.text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)![1]!;
    const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).toContain("'sha256-");
    expect(csp).toContain("default-src 'self'");
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toContain('camera=()');
  });

  test('calendar files are served as text/calendar in UTF-8', async ({ request }) => {
    for (const path of ['/calendars/all.ics', `/calendars/${cohort}/ect.ics`, `/events/${cohort}/y1-clinic-3.ics`]) {
      const response = await request.get(path);
      expect(response.headers()['content-type'], path).toBe('text/calendar; charset=utf-8');
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a handbook page and an event page read in full, and the calendar file downloads', async ({ page }) => {
    await page.goto('/ects/your-programme/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.sl-markdown-content')).toContainText('3 clinics and 2 conferences');
    await page.goto(`/events/${cohort}/y1-clinic-3/`);
    await expect(page.getByText('Sunday 28 March 2027, 10am to 11am (UK time)')).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download this session as a calendar file (.ics)' }).click();
    expect((await downloading).suggestedFilename()).toBe(`${cohort}-y1-clinic-3.ics`);
  });
});

// Phones have no keyboard: this journey runs on the desktop project only.
test('keyboard only: skip link, search, reach an event and download its calendar file @desktop', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#_top$/);

  // Back to the top of the page, then Tab along the header to the search button.
  await page.goto('/');
  const searchButton = page.getByRole('button', { name: 'Search' });
  await expect(searchButton).toBeEnabled();
  for (let i = 0; i < 10 && !(await searchButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(searchButton).toBeFocused();
  await page.keyboard.press('Enter');
  const search = page.getByRole('dialog').getByRole('textbox');
  await expect(search).toBeFocused();
  // mentor-clinic-2: the only page with this title.
  await page.keyboard.type('Mentoring in year 2: stepping back');
  const result = page.getByRole('dialog').locator('a.pagefind-ui__result-link', { hasText: 'Mentoring in year 2: stepping back' }).first();
  await expect(result).toBeVisible();
  // Tab from the search box to the first result link and follow it.
  for (let i = 0; i < 10 && !(await result.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(result).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/events/${cohort}/mentor-clinic-2/`);

  const download = page.getByRole('link', { name: 'Download this session as a calendar file (.ics)' });
  for (let i = 0; i < 80 && !(await download.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(download).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toBe(`${cohort}-mentor-clinic-2.ics`);
});
