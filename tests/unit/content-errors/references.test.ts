import { describe, expect, it } from 'vitest';
import { append, problemsWith, replace } from './minimal-content.ts';

const cohort = 'cohorts/cohort-a.yaml';

/** A second date for the clinic y1-clinic-1, as a hub adds one. */
const repeat = (id: string, repeatOf: string, date = '2026-10-22') => `
  - id: ${id}
    type: clinic
    title: A positive learning environment (repeat)
    date: ${date}
    start: "16:00"
    end: "17:00"
    mode: online
    audience: [ect]
    year: 1
    repeatOf: ${repeatOf}
`;

describe('references between sessions and files', () => {
  it('reports two sessions with the same id', () => {
    expect(problemsWith({ [cohort]: replace('  - id: y2-clinic-1', '  - id: y1-clinic-1') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:29:9 events[2].id: "y1-clinic-1" is already the id of events[1] (line 19). Give each session its own id. Ids never change once published, so rename the one you added most recently.",
      ]
    `);
  });

  it('names the programmes there are for a programme id that is not one of them', () => {
    expect(problemsWith({ [cohort]: replace('programme: ecte', 'programme: ecte-provider-led') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:2:12 programme: "ecte-provider-led" is not a programme in content/programmes. Use \`ecte\`.",
      ]
    `);
  });

  it('suggests the venue a misspelt venue id meant', () => {
    expect(problemsWith({ [cohort]: replace('    venue: hub-centre', '    venue: hub-center') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:15:12 events[0].venue: "hub-center" is not a venue in content/venues. Did you mean \`hub-centre\`?",
      ]
    `);
  });

  it('reports a repeat of a session that does not exist', () => {
    expect(problemsWith({ [cohort]: append(repeat('y1-clinic-1-repeat', 'y1-clinc-1')) })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:48:15 events[3].repeatOf: "y1-clinc-1" is not the id of a session in this cohort. Did you mean \`y1-clinic-1\`?",
      ]
    `);
  });

  it('reports a session that repeats itself', () => {
    expect(problemsWith({ [cohort]: append(repeat('y1-clinic-1-repeat', 'y1-clinic-1-repeat')) })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:48:15 events[3].repeatOf: names this session itself. Set it to the id of the session this one repeats, or remove the line.",
      ]
    `);
  });

  it('points a repeat of a repeat at the original', () => {
    expect(problemsWith({ [cohort]: append(repeat('y1-clinic-1-repeat', 'y1-clinic-1') + repeat('y1-clinic-1-repeat-2', 'y1-clinic-1-repeat', '2026-10-27')) }))
      .toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:59:15 events[4].repeatOf: "y1-clinic-1-repeat" is itself a repeat of "y1-clinic-1". Point it at the original session: \`repeatOf: y1-clinic-1\`.",
      ]
    `);
  });

  it('asks for a venue for an in-person session', () => {
    expect(problemsWith({ [cohort]: replace('    venue: hub-centre\n', '') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:14:11 events[0].mode: is in-person, so the session needs a venue. Add \`venue:\` with the id of a file in content/venues (hub-centre), or set \`mode: online\`.",
      ]
    `);
  });

  it('asks for a venue for a hybrid session', () => {
    expect(problemsWith({ [cohort]: replace('    mode: online', '    mode: hybrid') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:25:11 events[1].mode: is hybrid, so the session needs a venue. Add \`venue:\` with the id of a file in content/venues (hub-centre), or set \`mode: online\`.",
      ]
    `);
  });

  it('warns that an online session does not show its venue', () => {
    expect(problemsWith({ [cohort]: replace('    mode: online', '    mode: online\n    venue: hub-centre') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:26:12 warning: events[1].venue: is set, but the session is online, so no venue is shown. Remove the venue, or set \`mode: hybrid\` if people can also attend in person.",
      ]
    `);
  });

  it('reports a year the programme does not have', () => {
    expect(problemsWith({ [cohort]: replace('    year: 2', '    year: 3') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:37:11 events[2].year: is 3, but programme ecte has years 1 and 2. Set the programme year (or phase) this session belongs to.",
      ]
    `);
  });

  it('warns about a date outside the programme year of its session', () => {
    expect(problemsWith({ [cohort]: replace('    date: 2026-10-20', '    date: 2027-10-20') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:22:11 warning: events[1].date: 20 October 2027 is outside year 1 of this cohort, which runs from 1 September 2026 to 31 August 2027. Check the date, the \`year\`, and the cohort’s \`startYear\`.",
      ]
    `);
  });
});
