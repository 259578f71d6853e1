import { expect, test, type Page } from '@playwright/test';

const sections = ['Home', 'Events and calendars', 'Early career teachers', 'Mentors', 'Schools', 'Your next steps', 'Help', 'About this handbook'];

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
  expect(links.length).toBeGreaterThanOrEqual(13);
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
  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Mentors', exact: true }).click();
  await expect(page).toHaveURL('/mentors/mentors/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentors');
});

test('search finds a word that only the facilitator page uses', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('shortlisted');
  const results = dialog.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible();
  await expect(results).toHaveCount(1);
  await results.first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/career\/becoming-a-facilitator\//);
});

test('search finds a session page by its title', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('Representations and structure');
  await expect(page.getByRole('dialog').locator('.pagefind-ui__result-link', { hasText: 'Representations and structure' }).first()).toBeVisible();
});

test('the recruitment window says it is closed, and the reader’s own date decides', async ({ page }) => {
  await page.goto('/career/becoming-a-facilitator/');
  // Built as of 23 November 2026, after the window closed on 8 May 2026.
  await expect(page.getByText('Applications closed on Friday 8 May 2026.')).toBeVisible();
  // A reader in April 2026 (an old copy of the page would say the same) sees it open.
  await page.clock.setFixedTime(new Date('2026-04-01T10:00:00Z'));
  await page.reload();
  await expect(page.getByText('Applications are open. The closing date is Friday 8 May 2026 at 11:59pm (UK time).')).toBeVisible();
  await expect(page.getByText('Applications closed on Friday 8 May 2026.')).toBeHidden();
});

test('the pathway timeline reads as an ordered list', async ({ page }) => {
  await page.goto('/career/cpd-pathways/');
  const timeline = page.getByRole('list').filter({ has: page.locator('li.stage') }).first();
  await expect(timeline.getByRole('listitem').first()).toContainText('Required');
  expect(await timeline.evaluate((el) => el.tagName)).toBe('OL');
});
