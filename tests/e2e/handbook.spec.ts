import { expect, test, type Page } from '@playwright/test';
import { fixtureContent, handbookPagePaths } from '../helpers/fixture-hub.ts';

// The fixture hub (tests/fixtures/hub), built as of 2026-11-23 by npm run build:test.
// Its handbook folders, in the order the sidebar puts known sections (it has no schools/ folder).
const sections = ['Home', 'Events and calendars', 'Early career teachers', 'Mentors', 'Your next steps', 'Help', 'About this handbook'];
const handbookPaths = handbookPagePaths();

/** Every page linked from the sidebar, read from the built home page. */
async function sidebarLinks(page: Page): Promise<{ name: string; href: string }[]> {
  await page.goto('/');
  const nav = page.locator('nav[aria-label="Main"]');
  return nav.locator('a').evaluateAll((links) => links.map((a) => ({ name: a.textContent!.trim(), href: a.getAttribute('href')! })));
}

test('the sidebar shows the sections in reading order', async ({ page, isMobile }) => {
  await page.goto('/');
  if (isMobile) await page.getByRole('button', { name: 'Menu' }).click();
  const nav = page.locator('nav[aria-label="Main"]');
  const labels = await nav.locator('ul.top-level > li > a, ul.top-level > li > details > summary').allInnerTexts();
  expect(labels.map((l) => l.trim())).toEqual(sections);
});

test('every handbook page in the sidebar opens, reads as a page and says when it was last reviewed', async ({ page }) => {
  const links = await sidebarLinks(page);
  // Every page of the fixture's handbook, and the events page, is in the sidebar.
  expect(handbookPaths).toContain('/');
  expect(links.map((link) => link.href).sort()).toEqual([...handbookPaths, '/events/'].sort());
  for (const link of links) {
    await page.goto(link.href);
    await expect(page.getByRole('heading', { level: 1 }), link.href).toBeVisible();
    if (!link.href.startsWith('/events/')) await expect(page.getByText(/^Last reviewed: \d{1,2} \w+ 20\d\d$/), link.href).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${link.href} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test('the phone menu opens and reaches a section @phone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Menu' }).click();
  const nav = page.locator('nav[aria-label="Main"]');
  await expect(nav.getByText('Mentors', { exact: true })).toBeVisible();
  await nav.getByRole('link', { name: 'Mentoring', exact: true }).click();
  await expect(page).toHaveURL('/mentors/mentoring/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentoring');
});

test('search finds a word that only the facilitator page uses', async ({ page }) => {
  // "shortlisted" is in the fixture's recruitment instructions, shown only on /career/facilitating/.
  const window = Object.values(fixtureContent().recruitment).find((w) => w.apply.instructions.includes('shortlisted'));
  expect(window?.page).toBe('/career/facilitating/');
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('shortlisted');
  const results = dialog.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible();
  await expect(results).toHaveCount(1);
  await results.first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/career\/facilitating\//);
});

test('search finds a session page by its title', async ({ page }) => {
  // p2-workshop-4 of sktm-2026-fellside: no handbook page uses its title.
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('Fractions as numbers');
  const result = page.getByRole('dialog').locator('.pagefind-ui__result-link', { hasText: 'Fractions as numbers' }).first();
  await expect(result).toBeVisible();
  await expect(result).toHaveAttribute('href', '/events/sktm-2026-fellside/p2-workshop-4/');
});

test('the recruitment window says it opens soon, and the reader’s own date decides', async ({ page }) => {
  const opensSoon = 'Applications open on Monday 1 March 2027 and close on Friday 30 April 2027 at 5pm (UK time).';
  const open = /^Open now Applications are open\. The closing date is Friday 30 April 2027 at 5pm \(UK time\) \((?:\d+ days? left|last day)\)\.$/;
  const closed = 'Applications closed on Friday 30 April 2027. Dates for the next round will be published here.';
  const expectOnly = async (shown: string | RegExp) => {
    for (const text of [opensSoon, open, closed]) {
      if (text === shown) await expect(page.getByText(text)).toBeVisible();
      else await expect(page.getByText(text)).toBeHidden();
    }
  };

  await page.goto('/career/facilitating/');
  // Built as of 23 November 2026, before the window opens on 1 March 2027 (tests/fixtures/hub/recruitment/).
  await expectOnly(opensSoon);
  // A reader in April 2027 (reading a page built months before) sees it open.
  await page.clock.setFixedTime(new Date('2027-04-01T10:00:00Z'));
  await page.reload();
  await expectOnly(open);
  await expect(page.getByText('29 days left')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How to apply' })).toBeVisible();
  // Applications close at 17:00 UK time (BST, 16:00 UTC) on the closing day.
  await page.clock.setFixedTime(new Date('2027-04-30T15:59:00Z'));
  await page.reload();
  await expectOnly(open);
  await page.clock.setFixedTime(new Date('2027-04-30T16:01:00Z'));
  await page.reload();
  await expectOnly(closed);
  // Closed: no present-tense "How to apply", and the information sessions show as past.
  await expect(page.getByRole('heading', { name: 'How to apply' })).toBeHidden();
  await expect(page.locator('li[data-info-end]').first()).toContainText('Past');
});

test('the pathway timeline reads as an ordered list', async ({ page }) => {
  await page.goto('/ects/maths-programme/');
  const timeline = page.getByRole('list').filter({ has: page.locator('li.stage') }).first();
  await expect(timeline.getByRole('listitem').first()).toContainText('Required');
  await expect(timeline.getByRole('listitem').last()).toContainText('Optional');
  expect(await timeline.evaluate((el) => el.tagName)).toBe('OL');
});
