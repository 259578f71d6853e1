import { describe, expect, it } from 'vitest';
import { localIso, wallTimeKind, wallTimeToInstant } from './wall-time.ts';

const utc = (date: string, time: string) => wallTimeToInstant(date, time, 'Europe/London').toUTC().toISO({ suppressMilliseconds: true });

describe('UK wall times', () => {
  it.each([
    ['2026-01-15', '16:00', '2026-01-15T16:00:00Z', 'normal'],
    ['2026-07-15', '16:00', '2026-07-15T15:00:00Z', 'normal'],
    // Clocks go forward at 1am on Sunday 29 March 2026.
    ['2026-03-29', '00:30', '2026-03-29T00:30:00Z', 'normal'],
    ['2026-03-29', '02:30', '2026-03-29T01:30:00Z', 'normal'],
    // Clocks go back at 2am on Sunday 25 October 2026: 1:30am happens twice; the first is BST.
    ['2026-10-25', '01:30', '2026-10-25T00:30:00Z', 'repeated'],
    ['2026-10-25', '16:00', '2026-10-25T16:00:00Z', 'normal'],
    ['2026-10-24', '23:30', '2026-10-24T22:30:00Z', 'normal'],
  ])('%s %s is %s (%s)', (date, time, instant, kind) => {
    expect(utc(date, time)).toBe(instant);
    expect(wallTimeKind(date, time, 'Europe/London')).toBe(kind);
  });

  it('knows the hour the clocks skip does not exist', () => {
    expect(wallTimeKind('2026-03-29', '01:30', 'Europe/London')).toBe('skipped');
    expect(wallTimeKind('2027-03-28', '01:00', 'Europe/London')).toBe('skipped');
  });

  it('keeps the offset with the local time for schema.org', () => {
    expect(localIso(wallTimeToInstant('2026-10-20', '16:00', 'Europe/London'))).toBe('2026-10-20T16:00:00+01:00');
    expect(localIso(wallTimeToInstant('2026-11-03', '16:00', 'Europe/London'))).toBe('2026-11-03T16:00:00+00:00');
  });
});
