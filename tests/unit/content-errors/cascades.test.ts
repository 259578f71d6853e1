import { describe, expect, it } from 'vitest';
import { publishedItems } from '../../../src/lib/calendar/published-items.ts';
import { emptyLock, reconcile, serializeLock } from '../../../src/lib/calendar/publication-lock.ts';
import { loadContent } from '../../../src/lib/content/load-content.ts';
import { append, contentFolder, problemsWith, replace } from './minimal-content.ts';

const cohort = 'cohorts/cohort-a.yaml';

/** The lock the minimal content leaves after its first build: every session published. */
function publishedLock(): string {
  const { content } = loadContent(contentFolder());
  return serializeLock(reconcile(emptyLock(), publishedItems(content!), '2026-09-01T08:00:00Z', content!.site.url).lock);
}

describe('one mistake gives one message', () => {
  it('does not report a repeat as repeating nothing when the original session has a mistake', () => {
    const repeat = `
  - id: y1-clinic-1-repeat
    type: clinic
    title: A positive learning environment (repeat)
    date: 2026-10-22
    start: "16:00"
    end: "17:00"
    mode: online
    audience: [ect]
    year: 1
    repeatOf: y1-clinic-1
`;
    expect(problemsWith({ [cohort]: (text) => append(repeat)(replace('    start: "16:00"', '    start: 4pm')(text)) })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:23:12 events[1].start: "4pm" is not a time written as 24-hour HH:MM. Write it on the 24-hour clock: "16:00".",
      ]
    `);
  });

  it('does not report a published cohort whose YAML cannot be read as deleted', () => {
    const problems = problemsWith({ 'calendar.lock.json': publishedLock(), [cohort]: replace(/title: (.*)/, 'title: $1: and more') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('the text contains a colon followed by a space');
  });

  it('does not report sessions of a cohort with a mistake as deleted from published calendars', () => {
    expect(problemsWith({ 'calendar.lock.json': publishedLock(), [cohort]: replace('    mode: online', '    mode: onlin') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:25:11 events[1].mode: is the text "onlin", which is not allowed. Did you mean \`online\`? Use one of \`online\`, \`in-person\` or \`hybrid\`.",
      ]
    `);
  });

  it('does not report a cohort or a page for naming a programme whose file cannot be read', () => {
    expect(
      problemsWith({
        'programmes/ecte.yaml': replace('    clinic: 2', '\tclinic: 2'),
        'handbook/index.mdx': (text) => `${text.replace('{ ContactEmail }', '{ ContactEmail, Commitment }')}\n<Commitment programme="ecte" role="ect" />\n`,
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/programmes/ecte.yaml:11:1 this line is indented with a tab. Indent with spaces, not tabs.
          11 | 	clinic: 2
             | ^",
      ]
    `);
  });

  it('does not report sessions for naming a venue whose file cannot be read', () => {
    expect(problemsWith({ 'venues/hub-centre.yaml': replace('name: Testfield Learning Centre', 'name: "Testfield Learning Centre') })).toMatchInlineSnapshot(`
      [
        "content/venues/hub-centre.yaml:1:7 the quote (") opened here is never closed. Add the closing " at the end of the text.
           1 | name: "Testfield Learning Centre
             |       ^",
      ]
    `);
  });

  it('does not count sessions while two of them share an id', () => {
    expect(problemsWith({ [cohort]: replace('  - id: y2-clinic-1', '  - id: y1-clinic-1') })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:29:9 events[2].id: "y1-clinic-1" is already the id of events[1] (line 19). Give each session its own id. Ids never change once published, so rename the one you added most recently.",
      ]
    `);
  });

  it('reports a file that is empty once, not once for each field it lacks', () => {
    expect(problemsWith({ [cohort]: '# To do: the 2027 cohort.\n' })).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:1:1 has no fields. Add the fields it needs: \`title\`, \`programme\`, \`startYear\`, \`phase\` and \`contact\`.",
      ]
    `);
  });
});
