import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { contentDir } from '../../../src/lib/content/content-dir.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { problemsWith } from './minimal-content.ts';

describe('content that is right', () => {
  it('passes with no errors and no warnings: the sample content in content/', () => {
    const { content, problems } = checkContent(contentDir({}, new URL('../../..', import.meta.url).pathname));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(Object.keys(content?.cohorts ?? {}).length).toBeGreaterThan(0);
  });

  it('passes with no errors and no warnings: the minimal content every broken case starts from', () => {
    expect(problemsWith({})).toEqual([]);
  });
});
