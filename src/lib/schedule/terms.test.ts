import { describe, expect, it } from 'vitest';
import { easterSunday, termOf } from './terms.ts';

describe('Easter Sunday', () => {
  it.each([
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('in %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('school terms', () => {
  it.each([
    ['2026-09-01', 'Autumn term 2026'],
    ['2026-12-31', 'Autumn term 2026'],
    ['2027-01-04', 'Spring term 2027'],
    ['2027-03-26', 'Spring term 2027'],
    ['2027-03-28', 'Summer term 2027'],
    ['2027-07-20', 'Summer term 2027'],
    ['2028-04-10', 'Spring term 2028'],
    ['2028-04-24', 'Summer term 2028'],
  ])('puts %s in the %s', (date, name) => {
    expect(termOf(date).name).toBe(name);
  });
});
