import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedItems } from '../../src/lib/calendar/published-items.ts';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { createCohort } from '../../src/lib/content/new-cohort.ts';
import { fixtureHubDir } from '../helpers/fixture-hub.ts';
import { asContent, contentFolder, problemsIn } from './content-errors/minimal-content.ts';

const root = new URL('../..', import.meta.url).pathname;
/** A file of the fixture hub (tests/fixtures/hub), never of the sample in content/. */
const fixtureFile = (path: string) => readFileSync(join(fixtureHubDir, path), 'utf8');

/** The minimal content with both of the fixture hub's programmes beside its own. */
function folderWithFixtureProgrammes(): string {
  return contentFolder({
    'programmes/ecte-northmere.yaml': fixtureFile('programmes/ecte-northmere.yaml'),
    'programmes/sktm-fellside.yaml': fixtureFile('programmes/sktm-fellside.yaml'),
  });
}

function create(dir: string, answers: Partial<Parameters<typeof createCohort>[1]>, options: { force?: boolean } = {}) {
  const { content } = loadContent(dir);
  return createCohort(content!, { programme: 'ecte-northmere', id: 'cohort-b', startYear: '2027', phase: 'primary', ...answers }, options);
}

describe('npm run new:cohort', () => {
  for (const programme of ['ecte-northmere', 'sktm-fellside']) {
    for (const venue of ['hub-centre', undefined]) {
      it(`writes a cohort for ${programme} ${venue ? 'with a venue' : 'without a venue'} that passes every check with no warning`, () => {
        const dir = folderWithFixtureProgrammes();
        const created = create(dir, { programme, venue });
        expect('path' in created && created.sessions).toBeGreaterThan(0);
        expect(problemsIn(dir)).toEqual([]);
        const text = readFileSync(join(dir, 'cohorts', 'cohort-b.yaml'), 'utf8');
        expect(text).toContain('draft: true');
        // Conferences and workshops are in person when there is a venue to hold them at.
        if (venue) expect(text).toContain(`mode: in-person\n    venue: ${venue}\n`);
        else expect(text).not.toMatch(/in-person|venue:/);
      });
    }
  }

  it('writes a draft cohort, which is checked but not published in any calendar', () => {
    const dir = folderWithFixtureProgrammes();
    create(dir, {});
    const { content, publication } = checkContent(dir);
    expect(content?.cohorts['cohort-b']?.draft).toBe(true);
    expect(publishedItems(content!).filter((item) => item.key.startsWith('cohorts/cohort-b/'))).toEqual([]);
    expect(publication?.lock.items).not.toHaveProperty(['cohorts/cohort-b/y1-clinic-1']);
    expect(Object.keys(publication?.lock.items ?? {}).some((key) => key.startsWith('cohorts/cohort-a/'))).toBe(true);
  });

  it('refuses to replace an existing cohort file unless told to with --force', () => {
    const dir = folderWithFixtureProgrammes();
    const refused = create(dir, { id: 'cohort-a' });
    expect('problems' in refused && refused.problems.map((p) => asContent(p, dir))).toEqual([
      'content/cohorts/cohort-a.yaml already exists. Choose another --id, or add --force to replace it (its sessions would be lost: never replace a published cohort).',
    ]);
    expect(readFileSync(join(dir, 'cohorts', 'cohort-a.yaml'), 'utf8')).not.toContain('draft: true');
    expect(create(dir, { id: 'cohort-a' }, { force: true })).toHaveProperty('path');
    expect(readFileSync(join(dir, 'cohorts', 'cohort-a.yaml'), 'utf8')).toContain('draft: true');
  });

  it('explains every answer that is not right, listing the choices, and writes nothing', () => {
    const dir = folderWithFixtureProgrammes();
    const result = create(dir, { programme: 'ecte-north', id: 'Cohort B', startYear: '27', phase: 'primry', venue: 'hub' });
    expect(result).toMatchInlineSnapshot(`
      {
        "problems": [
          "--programme: "ecte-north" is not a programme in content/programmes. Did you mean ecte-northmere? Choose one of ecte, ecte-northmere or sktm-fellside.",
          "--id: "Cohort B" cannot be a cohort id: use lower-case letters, digits and single dashes, for example cohort-b. It becomes the file name and part of web addresses.",
          "--start-year: "27" is not a start year: write the year the cohort starts in full, for example 2027.",
          "--phase: "primry" is not a school phase. Did you mean primary? Choose one of primary, secondary or all-through.",
          "--venue: "hub" is not a venue in content/venues. Did you mean hub-centre?",
        ],
      }
    `);
    expect(existsSync(join(dir, 'cohorts', 'Cohort B.yaml'))).toBe(false);
  });

  it('suggests the venue whose id contains what was typed', () => {
    const dir = contentFolder({
      'venues/hub-centre.yaml': null,
      'venues/fells-learning-centre.yaml': fixtureFile('venues/fells-learning-centre.yaml'),
    });
    expect(create(dir, { programme: 'ecte', venue: 'learning-centre' })).toEqual({
      problems: ['--venue: "learning-centre" is not a venue in content/venues. Did you mean fells-learning-centre?'],
    });
  });

  // These two start Node on scripts/new-cohort.ts: over 5 s on a busy 2-core machine.
  it('prints how to use it and stops with exit code 2 when a flag is missing and nobody can be asked', { timeout: 30_000 }, () => {
    const dir = folderWithFixtureProgrammes();
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'new-cohort.ts'), '--programme', 'sktm-fellside'], {
      env: { ...process.env, HANDBOOK_CONTENT_DIR: dir },
      input: '',
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Missing --id, --start-year, --phase.');
    expect(run.stderr).toContain('Usage: npm run new:cohort -- --programme <id>');
    expect(run.stderr).toContain('Programmes: ecte, ecte-northmere, sktm-fellside');
  });

  it('writes the file from the command line and says what to do next', { timeout: 30_000 }, () => {
    const dir = folderWithFixtureProgrammes();
    const output = execFileSync(
      process.execPath,
      [
        join(root, 'scripts', 'new-cohort.ts'),
        '--programme',
        'sktm-fellside',
        '--id',
        'sktm-2027',
        '--start-year',
        '2027',
        '--phase',
        'primary',
        '--venue',
        'hub-centre',
      ],
      { env: { ...process.env, HANDBOOK_CONTENT_DIR: dir }, input: '', encoding: 'utf8' },
    );
    // sktm-fellside commits ECTs to 4 workshops; its one mentor workshop is the first of them.
    expect(asContent(output, dir)).toContain('Created content/cohorts/sktm-2027.yaml: 4 placeholder sessions');
    expect(output).toContain('delete the line `draft: true` to publish');
    expect(problemsIn(dir)).toEqual([]);
  });
});
