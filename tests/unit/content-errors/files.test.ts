import { describe, expect, it } from 'vitest';
import { serializeLock } from '../../../src/lib/calendar/publication-lock.ts';
import { minimalContent, problemsWith, replace } from './minimal-content.ts';

const cohort = 'cohorts/cohort-a.yaml';

describe('files in the content folder', () => {
  it('rejects a file name that cannot be an id', () => {
    expect(problemsWith({ [cohort]: null, 'cohorts/Cohort A.yaml': minimalContent[cohort]! })).toMatchInlineSnapshot(`
      [
        "content/cohorts/Cohort A.yaml has a name that cannot be used as an id: the file name becomes part of web addresses and calendar entries. Rename it using lower-case letters, digits and dashes, for example cohort-a.yaml.",
      ]
    `);
  });

  it('warns about a file that is not YAML', () => {
    expect(problemsWith({ 'cohorts/notes.txt': 'Dates to confirm with the venue.\n' })).toMatchInlineSnapshot(`
      [
        "content/cohorts/notes.txt warning: is not read: only .yaml files belong in this folder. Rename it to end in .yaml, or move it out of the folder.",
      ]
    `);
  });

  it('reports a bad email and a colour too light for links in site.yaml', () => {
    expect(
      problemsWith({
        'site.yaml': (text) =>
          replace('contactEmail: team@example.org', 'contactEmail: team.example.org')(replace('accent: "#1d70b8"', 'accent: "#ffdd00"')(text)),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/site.yaml:5:15 contactEmail: the text "team.example.org" is not an email address. For example: \`contactEmail: ect-programme@example.org\`.",
        "content/site.yaml:10:11 warning: theme.accent: #ffdd00 has a contrast of 1.3:1 against white, and links need 4.5:1. The site uses the darker #877500 instead. Set accent to "#877500" or another colour dark enough to read on white.",
      ]
    `);
  });

  it('warns about a colour too light for links in site.yaml', () => {
    expect(problemsWith({ 'site.yaml': replace('accent: "#1d70b8"', 'accent: "#ffdd00"') })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:10:11 warning: theme.accent: #ffdd00 has a contrast of 1.3:1 against white, and links need 4.5:1. The site uses the darker #877500 instead. Set accent to "#877500" or another colour dark enough to read on white.",
      ]
    `);
  });
});

describe('the calendar lock', () => {
  const published = () => ({
    material: '2026-11-17 16:00-17:00 online - scheduled',
    digest: '0123456789abcdef',
    sequence: 0,
    modified: '2026-09-01T08:00:00Z',
  });

  it('reports a published session deleted from the YAML', () => {
    const lock = serializeLock({ version: 2, history: [], items: { 'cohorts/cohort-a/y1-clinic-2': published() } });
    expect(problemsWith({ 'calendar.lock.json': lock })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:8:3 events: session "y1-clinic-2" was published in calendar feeds but is no longer in this file, so it would vanish from people's calendars without a word. Put it back with \`status: cancelled\` (add \`note:\` to say why): calendars then show it as cancelled. If it was never published (added and removed before any deploy), delete its line from content/calendar.lock.json.",
      ]
    `);
  });

  it('reports a damaged lock file', () => {
    const lock = serializeLock({ version: 2, history: [], items: { 'cohorts/cohort-a/y1-clinic-1': published() } });
    expect(problemsWith({ 'calendar.lock.json': lock.slice(0, lock.length - 20) })).toMatchInlineSnapshot(`
      [
        "content/calendar.lock.json:5:4 is damaged: it is not complete, valid JSON, so the build cannot tell what calendars were given before. Restore it from version control (for example \`git checkout content/calendar.lock.json\`). The build writes it; do not edit it by hand.",
      ]
    `);
  });
});
