import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../src/lib/calendar/build-feed.ts';
import { readFeed } from '../helpers/read-feed.ts';
import { sampleSchedule, site } from './fixtures/sample-schedule.ts';

function feedUnder(tz: string): string {
  const original = process.env.TZ;
  process.env.TZ = tz;
  try {
    const schedule = sampleSchedule();
    return buildFeed({ site, uidHost: schedule.uidHost, name: 'Test TSH: Cohort A', description: 'Every session', path: '/calendars/cohort-a.ics', events: schedule.events, alternativesOf: schedule.alternativesOf });
  } finally {
    process.env.TZ = original;
  }
}

const goldenPath = new URL('./fixtures/cohort-a.golden.ics', import.meta.url);

describe('a calendar feed', () => {
  const text = feedUnder('Europe/London');
  const feed = readFeed(text);
  const byUid = (id: string) => feed.events.find((e) => e.uid === `cohort-a/${id}@handbook.example.org`)!;

  it('matches the golden file byte for byte', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(goldenPath, text);
    expect(text).toBe(readFileSync(goldenPath, 'utf8'));
  });

  it('is byte-identical whatever the build machine time zone', () => {
    for (const tz of ['UTC', 'Pacific/Auckland', 'America/New_York', 'Asia/Kolkata']) expect(feedUnder(tz)).toBe(text);
  });

  it('parses in ical.js with a VTIMEZONE for every TZID', () => {
    expect(feed.missingTimezones).toEqual([]);
    expect(feed.events).toHaveLength(4);
    expect(feed.events.every((e) => e.tzid === 'Europe/London')).toBe(true);
  });

  it('reads back the London wall times as the right instants in BST and GMT', () => {
    expect(byUid('bst-clinic')).toMatchObject({ startUtc: '2026-10-20T15:00:00Z', endUtc: '2026-10-20T16:00:00Z' });
    expect(byUid('gmt-clinic')).toMatchObject({ startUtc: '2026-11-03T16:00:00Z', endUtc: '2026-11-03T17:00:00Z' });
    expect(byUid('conference')).toMatchObject({ startUtc: '2027-03-29T08:00:00Z', endUtc: '2027-03-29T14:30:00Z' });
  });

  it('keeps a cancelled session, marked cancelled, with its sequence and the alternative date', () => {
    expect(byUid('gmt-clinic')).toMatchObject({ status: 'CANCELLED', sequence: 2, summary: 'Cancelled: Clinic: A clinic in Greenwich Mean Time' });
    expect(byUid('gmt-clinic').description).toContain('Alternative date: Tuesday 1 December 2026, 4pm to 5pm.');
    // A session that goes ahead says nothing: no STATUS means it is on.
    expect(byUid('bst-clinic').status).toBeNull();
  });

  it('writes DTSTAMP in UTC from content, never from the clock', () => {
    expect(byUid('gmt-clinic').dtstamp).toBe('20261105T093000Z');
    expect(text).not.toMatch(/^DTSTAMP:(?!\d{8}T\d{6}Z)/m);
  });

  it('names itself, hints a refresh interval and leaves out METHOD', () => {
    expect(feed.name).toBe('Test TSH: Cohort A');
    expect(text).toContain('X-WR-CALNAME:Test TSH: Cohort A');
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H');
    expect(feed.properties).not.toContain('method');
  });

  it('links each session to its page in its description (Google and Outlook ignore URL) and gives an in-person one the venue address', () => {
    expect(byUid('conference').description).toMatch(/\nDetails: https:\/\/handbook\.example\.org\/events\/cohort-a\/conference\/$/);
    expect(byUid('conference').location).toBe('The Centre, 1 High Street, Testtown, TE1 1ST');
    expect(byUid('bst-clinic').location).toBe('Online: link sent by email');
  });

  it('uses CRLF line endings, the last line too, and folds lines at 75 octets', () => {
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
