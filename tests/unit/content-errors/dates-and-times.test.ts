import { describe, expect, it } from 'vitest';
import { problemsWith, replace } from './minimal-content.ts';

const cohort = 'cohorts/cohort-a.yaml';
const clinicDate = '    date: 2026-10-20';
const clinicTimes = '    start: "16:00"\n    end: "17:00"';

describe('a date that cannot be right', () => {
  it('names the days in the month for 30 February', () => {
    expect(problemsWith({ [cohort]: replace(clinicDate, '    date: 2026-02-30') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:22:11 events[1].date: 2026-02-30 is not a real date: February 2026 has 28 days. Check the day against a calendar.",
      ]
    `);
  });

  it('names the months in the year for month 13', () => {
    expect(problemsWith({ [cohort]: replace(clinicDate, '    date: 2026-13-01') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:22:11 events[1].date: 2026-13-01 has month 13, but months run from 01 to 12. Write the month second: YYYY-MM-DD.",
      ]
    `);
  });

  it('asks for YYYY-MM-DD instead of a UK-style date', () => {
    expect(problemsWith({ [cohort]: replace(clinicDate, '    date: 06/10/2026') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:22:11 events[1].date: "06/10/2026" is not a date written as YYYY-MM-DD. Write the year, month and day with dashes, for example 2026-10-06 for 6 October 2026.",
      ]
    `);
  });
});

describe('a time not written as HH:MM', () => {
  it('converts 4pm to the 24-hour clock', () => {
    expect(problemsWith({ [cohort]: replace(clinicTimes, '    start: 4pm\n    end: "17:00"') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:23:12 events[1].start: "4pm" is not a time written as 24-hour HH:MM. Write it on the 24-hour clock: "16:00".",
      ]
    `);
  });

  it('adds the leading zero to 9:30', () => {
    expect(problemsWith({ [cohort]: replace(clinicTimes, '    start: 9:30\n    end: "17:00"') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:23:12 events[1].start: "9:30" is not a time written as 24-hour HH:MM. Add the leading zero: "09:30".",
      ]
    `);
  });

  it('asks for a colon in 16.00', () => {
    expect(problemsWith({ [cohort]: replace(clinicTimes, '    start: 16.00\n    end: "17:00"') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:23:12 events[1].start: "16.00" is not a time written as 24-hour HH:MM. Use a colon: "16:00".",
      ]
    `);
  });

  it('says there is no 25:00', () => {
    expect(problemsWith({ [cohort]: replace(clinicTimes, '    start: "16:00"\n    end: "25:00"') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:24:10 events[1].end: "25:00" is not a time of day: the 24-hour clock runs from 00:00 to 23:59. Correct the hour or the minutes.",
      ]
    `);
  });
});

describe('times that cannot be right', () => {
  it('reports a session that ends before it starts', () => {
    expect(problemsWith({ [cohort]: replace(clinicTimes, '    start: "17:00"\n    end: "16:00"') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:24:10 events[1].end: ends at 16:00, before it starts (17:00). Swap them or correct the time.",
      ]
    `);
  });

  it('reports a session that ends when it starts', () => {
    expect(problemsWith({ [cohort]: replace(clinicTimes, '    start: "16:00"\n    end: "16:00"') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:24:10 events[1].end: ends at 16:00, the time it starts. Correct the end time.",
      ]
    `);
  });

  it('rejects a time the clocks skip when they go forward', () => {
    expect(problemsWith({ [cohort]: replace(`${clinicDate}\n${clinicTimes}`, '    date: 2027-03-28\n    start: "01:30"\n    end: "02:30"') }))
      .toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:23:12 events[1].start: 01:30 on Sunday 28 March 2027 does not exist in UK time: the clocks go forward an hour that night, skipping it. Choose a time outside the skipped hour (in the UK, before 01:00 or from 02:00).",
      ]
    `);
  });

  it('warns about a time that happens twice when the clocks go back', () => {
    expect(problemsWith({ [cohort]: replace(`${clinicDate}\n${clinicTimes}`, '    date: 2026-10-25\n    start: "01:30"\n    end: "02:30"') }))
      .toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:23:12 warning: events[1].start: 01:30 on Sunday 25 October 2026 happens twice in UK time: the clocks go back an hour that night. Calendars will use the first one (00:30 UTC). Move the session out of the repeated hour (in the UK, 01:00 to 01:59) so nobody is an hour out.",
      ]
    `);
  });
});
