import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildDate, fixtureContent, publishedCohortIds } from '../helpers/fixture-hub.ts';
import { readFeed } from '../helpers/read-feed.ts';

// The fixture hub (tests/fixtures/hub), built as of 2026-11-23 (npm run build:test).
// This cohort has past, cancelled, repeat, online, in-person and hybrid sessions.
const content = fixtureContent();
const cohort = 'ecte-2026-northmere-primary';
const cohortYaml = content.cohorts[cohort]!;
const host = new URL(content.site.url).host;

test.describe('a cohort page', () => {
  test('shows commitments from the programme beside what is scheduled, and subscribe links', async ({ page }) => {
    await page.goto(`/events/${cohort}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(cohortYaml.title);
    // tests/fixtures/hub/programmes/ecte-northmere.yaml, and what the cohort schedules (a repeat counts once).
    const commitments = page.getByRole('region', { name: 'Commitments' });
    await expect(commitments.getByRole('row', { name: /Early career teachers/ })).toContainText('3 clinics and 2 conferences');
    await expect(commitments.getByRole('row', { name: /Mentors/ })).toContainText('2 clinics and one conference');
    const mentorFeed = page.getByRole('region', { name: 'Mentors: your sessions only' });
    await expect(mentorFeed.getByRole('link', { name: 'Apple Calendar or Outlook on a computer' })).toHaveAttribute('href', `webcal://${host}/calendars/${cohort}/mentor.ics`);
    await expect(mentorFeed.getByRole('link', { name: 'Google Calendar' })).toHaveAttribute('href', /calendar\.google\.com\/calendar\/r\?cid=webcal%3A%2F%2F/);
    await expect(page.getByText('Google Calendar only every 8 to 24 hours')).toBeVisible();
  });

  test('marks the cancelled session and the past ones', async ({ page }) => {
    await page.goto(`/events/${cohort}/`);
    // y1-clinic-2, cancelled; mentor-clinic-1, before the build date; y1-clinic-2-repeat, after it.
    const cancelled = page.getByRole('row', { name: /Tuesday 17 November 2026/ });
    await expect(cancelled).toContainText('Cancelled');
    await expect(page.getByRole('row', { name: /Wednesday 4 November 2026/ })).toContainText('Past');
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

    // The cohort has no workshops (they are in the maths programme's cohort).
    expect(cohortYaml.events.some((e) => e.type === 'workshop')).toBe(false);
    await page.getByLabel('Type', { exact: true }).selectOption('workshop');
    await page.getByLabel('Cohort', { exact: true }).selectOption(cohort);
    await expect(page.getByRole('status')).toHaveText('No upcoming sessions match these filters.');
  });

  test('lists every upcoming session without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/events/');
    await expect(page.locator('form[data-filters]')).toBeHidden();
    const upcoming = publishedCohortIds().flatMap((id) => content.cohorts[id]!.events.filter((e) => e.date >= buildDate).map((e) => ({ ...e, path: `/events/${id}/${e.id}/` })));
    expect(upcoming.length).toBeGreaterThan(5);
    for (const event of upcoming) await expect(page.locator(`a[href="${event.path}"]`), event.path).toContainText(event.title);
    await expect(page.locator('li[data-type]')).toHaveCount(upcoming.length);
    await context.close();
  });
});

test.describe('an event page', () => {
  test('gives the date in GOV.UK style and downloads a calendar file for that session', async ({ page }) => {
    // y1-clinic-3, on the Sunday the clocks go forward; its repeat the next day is listed after it.
    await page.goto('/events/');
    await page.getByRole('link', { name: 'Subject knowledge and the curriculum' }).first().click();
    await expect(page).toHaveURL(`/events/${cohort}/y1-clinic-3/`);
    await expect(page.getByText('Sunday 28 March 2027, 10am to 11am (UK time)')).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download this session as a calendar file (.ics)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${cohort}-y1-clinic-3.ics`);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain(`UID:${cohort}/y1-clinic-3@${host}`);
    expect(ics).toContain('DTSTART;TZID=Europe/London:20270328T100000');
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
    // y1-conference-1: in person at Fells Learning Centre, in British Summer Time.
    await page.goto(`/events/${cohort}/y1-conference-1/`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data).toMatchObject({ '@type': 'Event', startDate: '2026-10-01T09:00:00+01:00', eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode' });
    expect(data.location.address.postalCode).toBe(content.venues['fells-learning-centre']!.postcode);
    expect(data.location.address.postalCode).toBe('NM2 7QR');
  });
});

test('a mentor feed holds only mentor sessions', async ({ request }) => {
  const response = await request.get(`/calendars/${cohort}/mentor.ics`);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const text = await response.text();
  const feed = readFeed(text);
  const mentorSessions = cohortYaml.events.filter((e) => e.audience.includes('mentor'));
  expect(mentorSessions.length).toBeGreaterThan(1);
  expect(feed.events.map((e) => e.uid).sort()).toEqual(mentorSessions.map((e) => `${cohort}/${e.id}@${host}`).sort());
  expect(feed.events.map((e) => e.summary.replace(/^[^:]+: /, '')).sort()).toEqual(mentorSessions.map((e) => e.title).sort());
  // An ECT-only session of the cohort is not in it.
  expect(cohortYaml.events.find((e) => e.title === 'How pupils learn and remember')?.audience).toEqual(['ect']);
  expect(text).not.toContain('How pupils learn and remember');
});
