import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { handbookPageFiles } from '../../src/lib/content/handbook-files.ts';
import { loadContent, type HandbookContent } from '../../src/lib/content/load-content.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import type { HandbookModel } from '../../src/lib/handbook/model.ts';

/**
 * The fixture hub the tests build (`npm run build:test` → .test-site/): always
 * this folder, whatever HANDBOOK_CONTENT_DIR says, and never the sample in content/.
 */
export const fixtureHubDir = fileURLToPath(new URL('../fixtures/hub', import.meta.url));

const buildTest: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).scripts['build:test'];
if (!buildTest.includes('HANDBOOK_CONTENT_DIR=tests/fixtures/hub ')) throw new Error('npm run build:test no longer builds tests/fixtures/hub: point tests/helpers/fixture-hub.ts at what it builds.');

/** The date `npm run build:test` builds the fixture as of (its HANDBOOK_TODAY). */
export const buildDate = /HANDBOOK_TODAY=(\d{4}-\d{2}-\d{2})\b/.exec(buildTest)?.[1] ?? '';
if (!buildDate) throw new Error('npm run build:test sets no HANDBOOK_TODAY=YYYY-MM-DD.');

let content: HandbookContent | undefined;
let model: HandbookModel | undefined;

/** The fixture's files as the project's loader reads them (drafts included). */
export function fixtureContent(): HandbookContent {
  if (content) return content;
  const loaded = loadContent(fixtureHubDir);
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (!loaded.content || errors.length > 0) throw new Error(`The fixture hub does not load:\n${errors.map(formatProblem).join('\n')}`);
  content = loaded.content;
  return content;
}

/** What the test build publishes from the fixture, worked out by the project's own checks as of the build date. */
export function fixtureModel(): HandbookModel {
  if (model) return model;
  const checked = checkContent(fixtureHubDir, { today: buildDate });
  if (!checked.model) throw new Error(`The fixture hub does not pass its checks:\n${checked.problems.map(formatProblem).join('\n')}`);
  model = checked.model;
  return model;
}

/** Ids of the cohorts the fixture publishes (not drafts). */
export function publishedCohortIds(): string[] {
  return Object.entries(fixtureContent().cohorts)
    .filter(([, cohort]) => !cohort.draft)
    .map(([id]) => id);
}

/** The address of every handbook page in the fixture: not the 404 page, nor `_` partials that pages import. */
export function handbookPagePaths(): string[] {
  return handbookPageFiles(fixtureHubDir)
    .map((file) => relative(join(fixtureHubDir, 'handbook'), file).split('\\').join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('_')) && !/^404\.mdx?$/.test(file))
    .map((file) => `/${file.replace(/\.mdx?$/, '/').replace(/(^|\/)index\/$/, '$1')}`);
}
