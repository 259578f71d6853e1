import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The sample content, built as of 2026-11-23 (npm run build:test).
const cohort = 'ecte-2026-primary-a';

test.describe('a cohort page', () => {
  test('shows commitments from the programme beside what is scheduled, and subscribe links', async ({ page }) => {
    await page.goto(`/events/${cohort}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ECT programme 2026 to 2028, primary cohort A');
    const commitments = page.getByRole('region', { name: 'Commitments' });
    await expect(commitments.getByRole('row', { name: /Early career teachers/ })).toContainText('6 clinics and 3 conferences');
    await expect(commitments.getByRole('row', { name: /Mentors/ })).toContainText('3 clinics and 2 conferences');
    const mentorFeed = page.getByRole('region', { name: 'Mentors: your sessions only' });
    await expect(mentorFeed.getByRole('link', { name: 'Apple Calendar or Outlook on a computer' })).toHaveAttribute('href', `webcal://ect-handbook.example.org/calendars/${cohort}/mentor.ics`);
    await expect(mentorFeed.getByRole('link', { name: 'Google Calendar' })).toHaveAttribute('href', /calendar\.google\.com\/calendar\/r\?cid=webcal%3A%2F%2F/);
    await expect(page.getByText('Google Calendar only every 8 to 24 hours')).toBeVisible();
  });

  test('marks the cancelled session and the past ones', async ({ page }) => {
    await page.goto(`/events/${cohort}/`);
    const cancelled = page.getByRole('row', { name: /Tuesday 17 November 2026/ });
    await expect(cancelled).toContainText('Cancelled');
    await expect(page.getByRole('row', { name: /Tuesday 20 October 2026/ })).toContainText('Past');
    await expect(page.getByRole('row', { name: /Tuesday 1 December 2026/ })).not.toContainText('Past');
  });
});

test.describe('the events page', () => {
  test('filters sessions by role, type and cohort without reloading', async ({ page }) => {
    await page.goto('/events/');
    const items = page.locator('li[data-type]');
    const total = await items.count();
    expect(total).toBeGreaterThan(5);
    await page.getByLabel('For', { exact: true }).selectOption('mentor');
    await expect(page.getByRole('status')).toHaveText(/^Showing \d+ upcoming sessions?\.$/);
    const visible = page.locator('li[data-type]:visible');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const roles of await visible.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.roles))) expect(roles).toContain('mentor');
    await expect(page).toHaveURL(/\?role=mentor$/);

    await page.getByLabel('Type', { exact: true }).selectOption('workshop');
    await page.getByLabel('Cohort', { exact: true }).selectOption(cohort);
    await expect(page.getByRole('status')).toHaveText('No upcoming sessions match these filters.');
  });

  test('lists every upcoming session without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/events/');
    await expect(page.locator('form[data-filters]')).toBeHidden();
    await expect(page.getByRole('link', { name: 'How pupils learn and remember' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Literacy across the curriculum' })).toBeVisible();
    await context.close();
  });
});

test.describe('an event page', () => {
  test('gives the date in GOV.UK style and downloads a calendar file for that session', async ({ page }) => {
    await page.goto('/events/');
    await page.getByRole('link', { name: 'Adaptive teaching in the primary classroom' }).click();
    await expect(page).toHaveURL(`/events/${cohort}/y1-clinic-3/`);
    await expect(page.getByText('Tuesday 2 February 2027, 4pm to 5pm (UK time)')).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download this session as a calendar file (.ics)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${cohort}-y1-clinic-3.ics`);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain(`UID:${cohort}/y1-clinic-3@ect-handbook.example.org`);
    expect(ics).toContain('DTSTART;TZID=Europe/London:20270202T160000');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  test('shows a cancelled session as cancelled and points to its repeat', async ({ page }) => {
    await page.goto(`/events/${cohort}/y1-clinic-2/`);
    await expect(page.getByText('This session is cancelled.')).toBeVisible();
    await page.getByRole('link', { name: 'Tuesday 1 December 2026, 4pm to 5pm' }).first().click();
    await expect(page).toHaveURL(`/events/${cohort}/y1-clinic-2-repeat/`);
  });

  test('carries schema.org Event data', async ({ page }) => {
    await page.goto(`/events/${cohort}/y1-conference-2/`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data).toMatchObject({ '@type': 'Event', startDate: '2027-03-18T09:00:00+00:00', eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode' });
    expect(data.location.address.postalCode).toBe('OK1 4TS');
  });
});

test('a mentor feed holds only mentor sessions', async ({ request }) => {
  const response = await request.get(`/calendars/${cohort}/mentor.ics`);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const text = await response.text();
  const summaries = [...text.matchAll(/^SUMMARY:(.*)$/gm)].map((m) => m[1]);
  expect(summaries.length).toBe(5);
  for (const summary of summaries) expect(summary).toMatch(/Mentoring|conference/i);
  expect(text).not.toContain('Creating a positive learning environment');
});
