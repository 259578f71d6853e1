import { describe, expect, it } from 'vitest';
import { append, problemsWith, replace } from './minimal-content.ts';

const cohort = 'cohorts/cohort-a.yaml';
const recruitment = 'recruitment/facilitators-2026.yaml';

describe('a schedule against its programme', () => {
  it('reports fewer sessions than the programme commits to', () => {
    expect(problemsWith({ [cohort]: replace(/\n {2}- id: y2-clinic-1[\s\S]*$/, '\n') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:8:3 events: schedules one clinic for ECTs, but programme ecte commits ECTs to 2 clinics. Add the missing clinic, or check each session's \`type\` and \`audience\`.",
      ]
    `);
  });

  it('warns about more sessions than the programme commits to', () => {
    const extra = `
  - id: y2-clinic-2
    type: clinic
    title: Assessment
    date: 2027-11-16
    start: "16:00"
    end: "17:00"
    mode: online
    audience: [ect]
    year: 2
`;
    expect(problemsWith({ [cohort]: append(extra) })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:8:3 warning: events: schedules 3 clinics for ECTs, more than the 2 clinics programme ecte commits them to. If a session is an alternative date for another, add \`repeatOf:\` to it; otherwise check its \`audience\` and \`type\`.",
      ]
    `);
  });

  it('counts a cancelled session with no repeat as missing', () => {
    expect(
      problemsWith({
        [cohort]: replace('    audience: [ect]\n    year: 1', '    audience: [ect]\n    year: 1\n    status: cancelled\n    note: The facilitator is ill.'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:8:3 events: schedules one clinic for ECTs (one clinic cancelled without a repeat), but programme ecte commits ECTs to 2 clinics. Add the missing clinic or a repeat date for the cancelled one, or check each session's \`type\` and \`audience\`.",
      ]
    `);
  });

  it('warns about two sessions for the same people at the same time', () => {
    expect(
      problemsWith({
        [cohort]: replace('    date: 2026-10-20\n    start: "16:00"\n    end: "17:00"', '    date: 2026-10-01\n    start: "10:00"\n    end: "11:00"'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:23:12 warning: events[1].start: overlaps "Welcome conference" (events[0], line 8) on Thursday 1 October 2026, and both are for ECTs. Check the date and times: nobody can attend both.",
      ]
    `);
  });
});

describe('a recruitment window', () => {
  it('reports a window that closes before it opens', () => {
    expect(problemsWith({ [recruitment]: replace('closes: 2026-05-08', 'closes: 2026-03-08') })).toMatchInlineSnapshot(`
      [
        "content/recruitment/facilitators-2026.yaml:4:9 closes: is 8 March 2026, before the window opens (23 March 2026). Swap \`opens\` and \`closes\`, or correct the dates.",
      ]
    `);
  });

  it('reports an information session that ends before it starts', () => {
    expect(problemsWith({ [recruitment]: replace('    end: "17:00"', '    end: "15:00"') })).toMatchInlineSnapshot(`
      [
        "content/recruitment/facilitators-2026.yaml:12:10 informationSessions[0].end: ends at 15:00, before it starts (16:00). Swap them or correct the time.",
      ]
    `);
  });
});
