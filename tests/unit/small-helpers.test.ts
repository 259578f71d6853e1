import { describe, expect, it } from 'vitest';
import { subscribeLinks } from '../../src/lib/calendar/subscribe-links.ts';
import { describeCounts } from '../../src/lib/schedule/describe-counts.ts';
import { daysLeft, daysLeftWords, nowIn, windowStatus } from '../../src/lib/recruitment-status.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/static-headers.ts';
import { nearest } from '../../src/lib/content/suggest.ts';
import { contrastRatio, darkenForContrast } from '../../src/lib/theme-colours.ts';

describe('describing commitments', () => {
  it.each([
    [{ clinic: 6, conference: 3 }, '6 clinics and 3 conferences'],
    [{ clinic: 3, conference: 1 }, '3 clinics and one conference'],
    [{ workshop: 4 }, '4 workshops'],
    [{ clinic: 1, conference: 2, workshop: 1 }, 'one clinic, 2 conferences and one workshop'],
    [{}, 'no sessions'],
  ])('writes %o as "%s"', (counts, words) => {
    expect(describeCounts(counts)).toBe(words);
  });
});

describe('subscribe links', () => {
  const links = subscribeLinks('https://handbook.example.org/calendars/a/ect.ics', 'Hub: Cohort A (ECT sessions)');
  it('gives Apple and Outlook desktop a webcal address and Google the webcal address encoded', () => {
    expect(links.webcal).toBe('webcal://handbook.example.org/calendars/a/ect.ics');
    expect(links.google).toBe('https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fhandbook.example.org%2Fcalendars%2Fa%2Fect.ics');
  });
  it('gives Outlook on the web the https address and the calendar name', () => {
    expect(links.outlookWork).toBe('https://outlook.office.com/calendar/addfromweb?url=https%3A%2F%2Fhandbook.example.org%2Fcalendars%2Fa%2Fect.ics&name=Hub%3A%20Cohort%20A%20(ECT%20sessions)');
    expect(links.outlookPersonal.startsWith('https://outlook.live.com/calendar/0/addfromweb?url=')).toBe(true);
  });
});

describe('recruitment window status', () => {
  const window = { opens: '2026-03-23', closes: '2026-05-08', closesAt: '23:59' };
  it.each([
    ['2026-03-22', '12:00', 'upcoming'],
    ['2026-03-23', '00:00', 'open'],
    ['2026-05-08', '23:59', 'open'],
    ['2026-05-09', '00:00', 'closed'],
  ] as const)('on %s at %s is %s', (date, time, status) => {
    expect(windowStatus(window, date, time)).toBe(status);
  });
  it('closes at the closing time on the last day', () => {
    expect(windowStatus({ ...window, closesAt: '17:00' }, '2026-05-08', '17:01')).toBe('closed');
  });
  it('counts the days left until the closing day', () => {
    expect(daysLeft(window, '2026-04-28')).toBe(10);
    expect(daysLeftWords(daysLeft(window, '2026-05-07'))).toBe('1 day left');
    expect(daysLeftWords(daysLeft(window, '2026-05-08'))).toBe('last day');
    // Across the spring clock change: whole calendar days, not 24-hour periods.
    expect(daysLeft({ ...window, closes: '2027-03-29' }, '2027-03-27')).toBe(2);
  });
  it('reads the reader’s clock in UK time, across midnight and the clock change', () => {
    expect(nowIn('Europe/London', new Date('2026-05-08T23:30:00Z'))).toEqual({ date: '2026-05-09', time: '00:30' });
    expect(nowIn('Europe/London', new Date('2026-12-01T23:30:00Z'))).toEqual({ date: '2026-12-01', time: '23:30' });
  });
});

describe('the _headers file', () => {
  const rules = parseHeadersFile('/*\n  X-Content-Type-Options: nosniff\n# a comment\n/calendars/*\n  Content-Type: text/calendar; charset=utf-8\n');
  it('applies every matching rule, later ones adding to earlier ones', () => {
    expect(Object.fromEntries(headersFor(rules, '/calendars/all.ics'))).toEqual({ 'x-content-type-options': 'nosniff', 'content-type': 'text/calendar; charset=utf-8' });
    expect(Object.fromEntries(headersFor(rules, '/'))).toEqual({ 'x-content-type-options': 'nosniff' });
  });
});

describe('"did you mean" suggestions', () => {
  it.each([
    ['strat', 'start'],
    ['venu', 'venue'],
    ['Mode', 'mode'],
    ['audiance', 'audience'],
  ])('suggests %s → %s', (typo, field) => {
    expect(nearest(typo, ['id', 'start', 'end', 'venue', 'mode', 'audience', 'date'])).toBe(field);
  });
  it('suggests nothing for a word that is not close', () => {
    expect(nearest('colour', ['id', 'start', 'end'])).toBeUndefined();
  });
});

describe('hub colours', () => {
  it('darkens a colour too light for text on white until it reaches 4.5:1', () => {
    const fixed = darkenForContrast('#ffcc00');
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(darkenForContrast('#1d70b8')).toBe('#1d70b8');
  });
});
