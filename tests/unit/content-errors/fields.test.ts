import { describe, expect, it } from 'vitest';
import { problemsWith, replace } from './minimal-content.ts';

const cohort = 'cohorts/cohort-a.yaml';

describe('a field name that is not known', () => {
  it('suggests start for strat', () => {
    expect(problemsWith({ [cohort]: replace('    start: "16:00"', '    strat: "16:00"') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:23:5 events[1].strat: is not a field here. Did you mean \`start\`?",
      ]
    `);
  });

  it('suggests venue for venu', () => {
    expect(problemsWith({ [cohort]: replace('    venue: hub-centre', '    venu: hub-centre') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:15:5 events[0].venu: is not a field here. Did you mean \`venue\`?",
      ]
    `);
  });

  it('lists the fields allowed when nothing is close', () => {
    expect(problemsWith({ [cohort]: replace('    mode: online', '    mode: online\n    organiser: Sam Patel') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:26:5 events[1].organiser: is not a field here. The fields allowed here are \`id\`, \`type\`, \`title\`, \`date\`, \`start\`, \`end\`, \`mode\`, \`venue\`, \`audience\`, \`year\`, \`status\`, \`repeatOf\`, \`description\`, \`preWork\`, \`frameworkAreas\`, \`keyStages\` or \`note\`. Check the spelling and indentation.",
      ]
    `);
  });
});

describe('a required field that is missing', () => {
  it('names the cohort title', () => {
    expect(problemsWith({ [cohort]: replace('title: ECT programme 2026 to 2028, cohort A\n', '') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:1:1 title: is missing. Add a line such as \`title: "ECT programme 2026 to 2028, primary cohort A"\`.",
      ]
    `);
  });

  it('names the session title', () => {
    expect(problemsWith({ [cohort]: replace('    title: A positive learning environment\n', '') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:19:5 events[1].title: is missing. Add a line such as \`title: "Creating a positive learning environment"\`.",
      ]
    `);
  });

  it('names the programme', () => {
    expect(problemsWith({ [cohort]: replace('programme: ecte\n', '') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:1:1 programme: is missing. Add a line such as \`programme: ecte-provider-led\` (the id of a file in content/programmes).",
      ]
    `);
  });

  it('names the date', () => {
    expect(problemsWith({ [cohort]: replace('    date: 2026-10-20\n', '') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:19:5 events[1].date: is missing. Add a line such as \`date: 2026-10-06\` (the date, YYYY-MM-DD).",
      ]
    `);
  });

  it('names the start time', () => {
    expect(problemsWith({ [cohort]: replace('    start: "16:00"\n', '') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:19:5 events[1].start: is missing. Add a line such as \`start: "16:00"\` (24-hour UK time).",
      ]
    `);
  });

  it('names the end time', () => {
    expect(problemsWith({ [cohort]: replace('    end: "17:00"\n', '') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:19:5 events[1].end: is missing. Add a line such as \`end: "17:00"\` (24-hour UK time).",
      ]
    `);
  });

  it('names the mode', () => {
    expect(problemsWith({ [cohort]: replace('    mode: online\n', '') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:19:5 events[1].mode: is missing. Add a line such as \`mode: online\` (one of \`online\`, \`in-person\` or \`hybrid\`).",
      ]
    `);
  });

  it('names the audience', () => {
    expect(problemsWith({ [cohort]: replace('    audience: [ect]\n', '') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:19:5 events[1].audience: is missing. Add a line such as \`audience: [ect]\`.",
      ]
    `);
  });

  it('names the year', () => {
    expect(problemsWith({ [cohort]: replace('    year: 1\n\n  - id: y1-clinic-1', '\n  - id: y1-clinic-1') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:8:5 events[0].year: is missing. Add a line such as \`year: 1\` (the programme year or phase, 1 or 2).",
      ]
    `);
  });

  it('names the contact', () => {
    expect(problemsWith({ [cohort]: replace('contact: team@example.org\n', '') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:1:1 contact: is missing. Add a line such as \`contact: ect-programme@example.org\` (where participants ask for an alternative date).",
      ]
    `);
  });
});

describe('a value of the wrong type', () => {
  it('asks for a number when the year is written in words', () => {
    expect(problemsWith({ [cohort]: replace('    year: 2', '    year: "one"') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:37:11 events[2].year: should be a whole number, but is the text "one". For example: \`year: 1\`.",
      ]
    `);
  });

  it('asks for a list of roles when the audience is a number', () => {
    expect(problemsWith({ [cohort]: replace('    audience: [ect]', '    audience: 7') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:26:15 events[1].audience: should be a list (lines starting with "- ", or [a, b]), but is the number 7. For example: \`audience: [ect]\`.",
      ]
    `);
  });

  it('asks for a whole year when startYear has a fraction', () => {
    expect(problemsWith({ [cohort]: replace('startYear: 2026', 'startYear: 2026.5') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:3:12 startYear: should be a whole number, but is the number 2026.5. For example: \`startYear: 2026\`.",
      ]
    `);
  });
});

describe('a value that is not one of the allowed values', () => {
  it('suggests clinic for clinc', () => {
    expect(problemsWith({ [cohort]: replace('    type: clinic', '    type: clinc') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:20:11 events[1].type: is the text "clinc", which is not allowed. Did you mean \`clinic\`? Use one of \`clinic\`, \`conference\`, \`induction\`, \`mentor-training\` or \`workshop\`.",
      ]
    `);
  });

  it('suggests online for onlin', () => {
    expect(problemsWith({ [cohort]: replace('    mode: online', '    mode: onlin') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:25:11 events[1].mode: is the text "onlin", which is not allowed. Did you mean \`online\`? Use one of \`online\`, \`in-person\` or \`hybrid\`.",
      ]
    `);
  });

  it('suggests primary for primry', () => {
    expect(problemsWith({ [cohort]: replace('phase: primary', 'phase: primry') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:4:8 phase: is the text "primry", which is not allowed. Did you mean \`primary\`? Use one of \`primary\`, \`secondary\` or \`all-through\`.",
      ]
    `);
  });

  it('suggests cancelled for the American spelling', () => {
    expect(problemsWith({ [cohort]: replace('    year: 2', '    year: 2\n    status: canceled') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:38:13 events[2].status: is the text "canceled", which is not allowed. Did you mean \`cancelled\`? Use one of \`scheduled\` or \`cancelled\`.",
      ]
    `);
  });
});
