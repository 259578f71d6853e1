import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFolder, problemsIn, problemsWith, replace } from './minimal-content.ts';

/** Runs `check` and returns what it returned with the seconds it took. */
function timed<T>(check: () => T): { result: T; seconds: number } {
  const started = performance.now();
  const result = check();
  return { result, seconds: (performance.now() - started) / 1000 };
}

describe('hostile or mistaken input', () => {
  it('rejects a YAML alias bomb quickly, without expanding it', () => {
    // "Billion laughs": nine levels of nine aliases each would expand to 9^9 (387 million) values.
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const lines = [`a: &a [${Array(9).fill('"lol"').join(', ')}]`];
    for (let i = 1; i < levels.length; i++)
      lines.push(
        `${levels[i]}: &${levels[i]} [${Array(9)
          .fill(`*${levels[i - 1]}`)
          .join(', ')}]`,
      );
    const dir = contentFolder({ 'cohorts/bomb.yaml': `${lines.join('\n')}\n` });
    const { result, seconds } = timed(() => problemsIn(dir));
    expect(seconds).toBeLessThan(10);
    expect(result).toMatchInlineSnapshot(`
      [
        "content/cohorts/bomb.yaml:1:1 uses YAML aliases (\`*name\`) more than 100 times, which could exhaust the build. Write the values out in full instead of using \`&anchors\` and \`*aliases\`.",
      ]
    `);
  });

  it('rejects a 50 MB file quickly, without reading it', () => {
    const dir = contentFolder();
    writeFileSync(join(dir, 'cohorts', 'huge.yaml'), `events:\n${'  - id: x\n'.repeat(5_000_000)}`);
    const { result, seconds } = timed(() => problemsIn(dir));
    expect(seconds).toBeLessThan(10);
    expect(result).toMatchInlineSnapshot(`
      [
        "content/cohorts/huge.yaml is 50.0 MB, larger than the 2.0 MB a content file may be. Split it into smaller files (one cohort per file, one page per topic), or check it is the file you meant to save here.",
      ]
    `);
  });

  it('rejects a text value longer than 20,000 characters', () => {
    const long = 'All welcome. '.repeat(2_000);
    expect(long.length).toBeGreaterThan(20_000);
    expect(
      problemsWith({ 'cohorts/cohort-a.yaml': replace('description: For primary early career teachers and their mentors.', `description: ${long.trim()}`) }),
    ).toMatchInlineSnapshot(`
      [
        "content/cohorts/cohort-a.yaml:6:14 description: is 25,999 characters long; the most allowed is 20,000. Shorten it, or link to a page with the detail.",
      ]
    `);
  });
});
