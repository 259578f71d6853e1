import { describe, expect, it } from 'vitest';
import { append, problemsWith, replace } from './minimal-content.ts';

describe('a joining link for an online meeting', () => {
  it('is reported in a cohort description', () => {
    expect(
      problemsWith({
        'cohorts/cohort-a.yaml': replace(
          'description: For primary early career teachers and their mentors.',
          'description: Join each clinic at https://us02web.zoom.us/j/81234567890?pwd=abc',
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:6:34 description: contains a joining link for an online meeting (https://us02web.zoom.us/j/81234567890?pwd=abc). Remove it and send joining details to participants by email: the site and its calendars are public, so anyone could use it.",
      ]
    `);
  });

  it('is reported in a venue file', () => {
    expect(
      problemsWith({
        'venues/hub-centre.yaml': append(
          'travel: If you cannot travel, join on Teams at https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0\n',
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/venues/hub-centre.yaml:7:48 travel: contains a joining link for an online meeting (https://teams.microsoft.com/l/meetup-join/19:meeting_abc@thr…). Remove it and send joining details to participants by email: the site and its calendars are public, so anyone could use it.",
      ]
    `);
  });

  it('is reported in a handbook page', () => {
    expect(problemsWith({ 'handbook/index.mdx': append('\nDrop-in help: https://meet.google.com/abc-defg-hij\n') })).toMatchInlineSnapshot(`
      [
        "content/handbook/index.mdx:10:15 contains a joining link for an online meeting (https://meet.google.com/abc-defg-hij). Remove it and send joining details to participants by email: the site and its calendars are public, so anyone could use it.",
      ]
    `);
  });
});
