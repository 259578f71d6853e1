import { describe, expect, it } from 'vitest';
import { distFiles, readDist } from '../helpers/dist.ts';
import { fixtureContent, publishedCohortIds } from '../helpers/fixture-hub.ts';
import { londonToUtc } from '../helpers/london.ts';
import { readFeed } from '../helpers/read-feed.ts';

// The fixture hub, read by the project's loader: the YAML the test build was made from.
const content = fixtureContent();
const host = new URL(content.site.url).host;
const feeds = distFiles('.ics');
const published = Object.fromEntries(publishedCohortIds().map((id) => [id, content.cohorts[id]!]));
const drafts = Object.keys(content.cohorts).filter((id) => !(id in published));

/** What the YAML says about each published session, by UID. */
const expected = new Map(
  Object.entries(published).flatMap(([cohortId, cohort]) =>
    cohort.events.map((event) => [`${cohortId}/${event.id}@${host}` as string, { cohortId, event }] as const),
  ),
);

describe('every calendar file in dist/', () => {
  it('exists for all.ics, each cohort, each role and each session', () => {
    expect(feeds).toContain('calendars/all.ics');
    for (const [cohortId, cohort] of Object.entries(published)) {
      expect(feeds).toContain(`calendars/${cohortId}.ics`);
      for (const event of cohort.events) expect(feeds).toContain(`events/${cohortId}/${event.id}.ics`);
    }
  });

  it('does not exist for a draft cohort', () => {
    expect(drafts.length).toBeGreaterThan(0);
    for (const cohortId of drafts) {
      expect(feeds.filter((path) => path.includes(cohortId))).toEqual([]);
      for (const path of feeds) expect(readFeed(readDist(path)).events.filter((e) => e.uid.startsWith(`${cohortId}/`)), path).toEqual([]);
    }
  });

  describe.each(feeds)('%s', (path) => {
    const text = readDist(path);
    const feed = readFeed(text);

    it('parses in ical.js with a VTIMEZONE for each TZID, and unique UIDs', () => {
      expect(feed.missingTimezones).toEqual([]);
      expect(new Set(feed.events.map((e) => e.uid)).size).toBe(feed.events.length);
    });

    it('has each session at the instant the YAML’s London wall time means', () => {
      for (const parsed of feed.events) {
        const source = expected.get(parsed.uid);
        if (!source) continue; // recruitment dates, checked below
        expect(parsed.startUtc, parsed.uid).toBe(londonToUtc(source.event.date, source.event.start));
        expect(parsed.endUtc, parsed.uid).toBe(londonToUtc(source.event.date, source.event.end));
        expect(parsed.status).toBe(source.event.status === 'cancelled' ? 'CANCELLED' : null);
        expect(parsed.description, parsed.uid).toContain(`Details: ${new URL(`/events/${parsed.uid.split('@')[0]}/`, content.site.url).href}`);
      }
    });

    it('never carries a joining link or a METHOD', () => {
      expect(text).not.toMatch(/teams\.microsoft\.com|zoom\.us\/j|meet\.google\.com/);
      expect(feed.properties).not.toContain('method');
    });
  });
});

describe('role feeds', () => {
  for (const [cohortId, cohort] of Object.entries(published)) {
    for (const role of ['ect', 'mentor'] as const) {
      const path = `calendars/${cohortId}/${role}.ics`;
      const wanted = cohort.events.filter((e) => e.audience.includes(role)).map((e) => `${cohortId}/${e.id}@${host}`);
      if (wanted.length === 0) continue;
      it(`${path} holds exactly the ${role} sessions`, () => {
        expect(readFeed(readDist(path)).events.map((e) => e.uid).sort()).toEqual(wanted.sort());
      });
    }
  }
});

describe('the recruitment dates', () => {
  it('appear as all-day items on the opening and closing days', () => {
    const feed = readFeed(readDist('calendars/recruitment.ics'));
    for (const window of Object.values(content.recruitment)) {
      const opens = feed.events.find((e) => e.summary === `Applications open: ${window.title}`);
      const closes = feed.events.find((e) => e.summary === `Closing date: ${window.title}`);
      expect(opens).toMatchObject({ allDay: true, startUtc: window.opens });
      expect(closes).toMatchObject({ allDay: true, startUtc: window.closes });
    }
  });
});
