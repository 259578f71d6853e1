import { describe, expect, it } from 'vitest';
import { formatAcademicYear, formatDate, formatDateTimeRange, formatDateWithDay, formatTime, formatTimeRange } from './govuk-date.ts';

describe('GOV.UK dates and times', () => {
  it.each([
    ['16:00', '4pm'],
    ['09:30', '9:30am'],
    ['12:00', 'midday'],
    ['12:30', '12:30pm'],
    ['00:15', '12:15am'],
    ['23:59', '11:59pm'],
  ])('writes %s as %s', (time, expected) => {
    expect(formatTime(time)).toBe(expected);
  });

  it('writes a date with its weekday and no comma or ordinal', () => {
    expect(formatDateWithDay('2026-10-06')).toBe('Tuesday 6 October 2026');
    expect(formatDate('2026-03-23')).toBe('23 March 2026');
  });

  it('joins a time range with "to", never a dash', () => {
    expect(formatTimeRange('16:00', '17:00')).toBe('4pm to 5pm');
    expect(formatDateTimeRange('2026-10-06', '16:00', '17:00')).toBe('Tuesday 6 October 2026, 4pm to 5pm');
  });

  it('names weekdays correctly across a leap day and a clock change', () => {
    expect(formatDateWithDay('2028-02-29')).toBe('Tuesday 29 February 2028');
    expect(formatDateWithDay('2026-10-25')).toBe('Sunday 25 October 2026');
  });

  it('writes academic years in full', () => {
    expect(formatAcademicYear('2026/27')).toBe('2026 to 2027');
    expect(formatAcademicYear('2099/00')).toBe('2099 to 2100');
  });
});
