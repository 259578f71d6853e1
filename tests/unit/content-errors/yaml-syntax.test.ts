import { describe, expect, it } from 'vitest';
import { append, problemsWith, replace } from './minimal-content.ts';

const cohort = 'cohorts/cohort-a.yaml';

describe('a YAML file that cannot be read', () => {
  it('points at a field indented differently from the fields around it', () => {
    expect(problemsWith({ [cohort]: replace('    date: 2026-10-20', '      date: 2026-10-20') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:22:7 this line is indented further than the field above it, so it reads as part of that field’s value. Line it up with the fields above it, using spaces.
          22 |       date: 2026-10-20
             |       ^",
      ]
    `);
  });

  it('points at a quote that is never closed', () => {
    expect(problemsWith({ [cohort]: replace('    title: Adaptive teaching', '    title: "Adaptive teaching') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:31:12 the quote (") opened here is never closed. Add the closing " at the end of the text.
          31 |     title: "Adaptive teaching
             |            ^",
      ]
    `);
  });

  it('points at a bracket that is never closed', () => {
    expect(problemsWith({ [cohort]: replace('    audience: [ect, mentor]', '    audience: [ect, mentor') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:16:15 the list opened with [ here is never closed. Add ] at the end of the list, for example \`audience: [ect, mentor]\`.
          16 |     audience: [ect, mentor
             |               ^",
      ]
    `);
  });

  it('points at a line indented with a tab', () => {
    expect(problemsWith({ [cohort]: replace('    mode: online', '\tmode: online') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:25:1 this line is indented with a tab. Indent with spaces, not tabs.
          25 | 	mode: online
             | ^",
      ]
    `);
  });

  it('points at a field written twice', () => {
    expect(problemsWith({ [cohort]: replace('    start: "16:00"', '    start: "16:00"\n    start: "16:30"') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:24:5 \`start\` is written twice in the same group of fields. Each field may appear once: delete or rename the repeated one.
          24 |     start: "16:30"
             |     ^",
      ]
    `);
  });

  it('points at a field indented less than the fields around it', () => {
    expect(problemsWith({ [cohort]: replace('    date: 2026-10-20', '  date: 2026-10-20') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:22:3 this field is not lined up with the fields above it. Indent it with the same number of spaces as the other fields of the same session or group.
          22 |   date: 2026-10-20
             |   ^",
      ]
    `);
  });

  it('suggests quotes for text with a colon in it', () => {
    expect(problemsWith({ [cohort]: replace('    title: Adaptive teaching', '    title: Mentoring: observing and feedback') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:31:12 the text contains a colon followed by a space, which YAML reads as the start of another field. Put the text in quotes: \`title: "Mentoring: observing and feedback"\`.
          31 |     title: Mentoring: observing and feedback
             |            ^",
      ]
    `);
  });

  it('asks for a space after the colon', () => {
    expect(problemsWith({ [cohort]: replace('    mode: online', '    mode:online') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:25:9 the colon after \`mode\` needs a space after it. Write \`mode: online\`.
          25 |     mode:online
             |         ^",
      ]
    `);
  });

  it('asks for a space after the dash of a list item', () => {
    expect(problemsWith({ [cohort]: replace('  - id: y2-clinic-1', '  -id: y2-clinic-1') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:29:3 the dash that starts a list item needs a space after it. Write \`- id: y2-clinic-1\`.
          29 |   -id: y2-clinic-1
             |   ^",
      ]
    `);
  });

  it('suggests quotes for text that starts with a character YAML reserves', () => {
    expect(problemsWith({ 'site.yaml': replace('  platform: Steplab', '  platform: @Steplab') })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:8:13 text cannot start with @ unless it is in quotes. Put it in quotes: \`platform: "@Steplab"\`.
           8 |   platform: @Steplab
             |             ^",
      ]
    `);
  });

  it('points at a second document in the file', () => {
    expect(problemsWith({ 'venues/hub-centre.yaml': append('---\nname: Vale Maths Hub\n') })).toMatchInlineSnapshot(`
      [
        "content/venues/hub-centre.yaml:7:1 the file has a second \`---\` line, which would start a second document. Delete the \`---\` line: a file holds one document.
           7 | ---
             | ^",
      ]
    `);
  });
});
