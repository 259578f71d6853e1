import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { buildDate, fixtureHubDir } from '../../helpers/fixture-hub.ts';
import { problemsWith } from './minimal-content.ts';

describe('content that is right', () => {
  it('passes with no errors and no warnings: the fixture hub in tests/fixtures/hub, as of its test build date', () => {
    const { content, problems } = checkContent(fixtureHubDir, { today: buildDate });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(Object.keys(content?.cohorts ?? {}).length).toBeGreaterThan(0);
  });

  it('passes with no errors and no warnings: the minimal content every broken case starts from', () => {
    expect(problemsWith({})).toEqual([]);
  });
});
