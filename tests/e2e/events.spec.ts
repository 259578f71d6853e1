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
    const commitments = page.locator('dl.commitments');
    await expect(commitments.locator('div', { hasText: 'Early career teachers' })).toContainText('3 clinics and 2 conferences');
    await expect(commitments.locator('div', { hasText: 'Mentors' })).toContainText('2 clinics and one conference');
    const mentorFeed = page.locator('details', { has: page.getByText('Mentors: your sessions only', { exact: true }) });
    await mentorFeed.locator('summary').click();
    await expect(mentorFeed.getByRole('link', { name: 'Apple Calendar, or Outlook on a Windows or Mac computer' })).toHaveAttribute('href', `webcal://${host}/calendars/${cohort}/mentor.ics`);
    await expect(mentorFeed.getByRole('link', { name: 'Google Calendar' })).toHaveAttribute('href', /calendar\.google\.com\/calendar\/r\?cid=webcal%3A%2F%2F/);
    await mentorFeed.getByRole('textbox').isVisible();
    await page.getByText('Help with subscribing').click();
    await expect(page.getByText(/Subscribe\s+from web/)).toBeVisible();
    await expect(page.getByText(/deletes a cancelled session instead of marking it/)).toBeVisible();
  });

  test('groups sessions by term with the hours each role commits, and marks cancelled and past ones', async ({ page }) => {
    await page.goto(`/events/${cohort}/`);
    await expect(page.getByRole('heading', { level: 2, name: 'Autumn term 2026' })).toBeVisible();
    await expect(page.locator('section', { has: page.getByRole('heading', { name: 'Autumn term 2026' }) }).locator('p.hours')).toHaveText(/^ECTs: \d+ hours?( \d+ minutes)?\. Mentors: .+\.$/);
    // y1-clinic-2, cancelled; mentor-clinic-1, before the build date; y1-clinic-2-repeat, after it.
    const card = (date: string) => page.locator('li.session', { hasText: date });
    await expect(card('Tuesday 17 November 2026').locator('.tag--cancelled')).toBeVisible();
    await expect(card('Wednesday 4 November 2026').locator('.tag--past')).toBeVisible();
    await expect(card('Tuesday 1 December 2026').locator('.tag--past')).toBeHidden();
    await expect(card('Tuesday 17 November 2026')).toContainText('Also on 1 December 2026');
  });

  test('marks the reader’s next session, from the build date and then from the reader’s own clock', async ({ browser }) => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`/events/${cohort}/`);
    // Built as of 23 November 2026: the next session that goes ahead is y1-clinic-2-repeat.
    await expect(page.locator('[data-next-session]')).toHaveCount(1);
    await expect(page.locator('[data-next-session]')).toHaveAttribute('data-session-key', `cohorts/${cohort}/y1-clinic-2-repeat`);
    await noScript.close();

    const later = await browser.newContext();
    const reader = await later.newPage();
    await reader.clock.setFixedTime(new Date('2026-12-02T12:00:00Z'));
    await reader.goto(`/events/${cohort}/`);
    const next = reader.locator('[data-next-session]');
    await expect(next).toHaveCount(1);
    await expect(next).not.toHaveAttribute('data-session-key', `cohorts/${cohort}/y1-clinic-2-repeat`);
    await expect(reader.locator('li.session', { hasText: 'Tuesday 1 December 2026' }).locator('.tag--past')).toBeVisible();
    await later.close();
  });

  test('prints as a clean timetable: no sidebar, header, search or theme control', async ({ page }) => {
    await page.goto(`/events/${cohort}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header.header', 'nav.sidebar', 'site-search', 'starlight-theme-select', '.subscribe']) await expect(page.locator(selector).first()).toBeHidden();
    const first = page.locator('li.session').first();
    await expect(first).toContainText('Thursday 1 October 2026');
    await expect(first).toContainText('9am to 3:30pm');
    await expect(first).toContainText('Fells Learning Centre');
    await expect(page.getByText(/^Printed from https:\/\//)).toBeVisible();
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

  test('shows a cancelled session as cancelled, says when that was published, and points to its repeat', async ({ page }) => {
    await page.goto(`/events/${cohort}/y1-clinic-2/`);
    await expect(page.getByText('This session is cancelled.')).toBeVisible();
    // The fixture's lock records the cancellation, published on 5 November 2026.
    await expect(page.getByText(/Cancelled \(published 5 November 2026\)/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Other dates for this session' })).toBeVisible();
    await expect(page.getByText(/To switch to another date, email/)).toBeVisible();
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
