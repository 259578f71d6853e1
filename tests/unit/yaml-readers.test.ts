import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYaml, readsQuickly, textValues } from '../../src/lib/content/read-yaml.ts';

// parseYaml reads most files with a quick reader and falls back to the full one;
// whichever it used, it must accept, refuse and read values exactly as the full reader does.
function fullReader(text: string): { ok: boolean; value?: unknown } {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: false });
  if (doc.errors.length > 0) return { ok: false };
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return { ok: false };
  }
}

const snippets = [
  'a: 017\nb: 0o17\nc: 0x1F\nd: 0b101\ne: +.5\nf: -.5\ng: 1_000\nh: .inf\ni: 1e3\nj: 3.\n',
  'date: 2026-10-06\nstart: 16:00\nend: 16.30\nwhen: 2026-10-06T10:00:00Z\nyes: yes\nno: No\nt: TRUE\nn: ~\n',
  'a: 1\na: 2\n',
  'a:\n\t- b\n',
  '---\na: 1\n---\nb: 2\n',
  '',
  '# only a comment\n',
  'description: |\n  **Bold** text and a list:\n  * one\n  * two\n  Q & A, 5 * 3, Hello!\n',
  'description: >-\n  Folded\n  text\n',
  'a: "tab\\there \\u00e9 \\x41"\nb: \'it\'\'s\'\n',
  'a: {b: 1, c: [x, y]}\n',
  'a: &x 1\nb: *x\n',
  'a: !!str 12\n',
  'a: !custom 12\n',
  'base: &b {x: 1}\nc:\n  <<: *b\n',
  '<<: {x: 1}\n',
  '? [a, b]\n: c\n',
  'a: b: c\n',
  'a: "unterminated\n',
  'key:value\n',
  '- - nested\n  - list\n',
  'a: 1\r\nb: two\r\n',
  '\ufeffa: 1\n',
  'a: @at\n',
  'a: `tick\n',
  'a:\n  - 1\n - 2\n',
  'a: [1, 2\n',
  'title: Clinic: adaptive teaching\n',
  'title: "Clinic: adaptive teaching" # comment\n',
  'a: 1 # c\nb: #notcomment\n',
  'x: null\nNull: 1\n',
  '%YAML 1.2\n---\na: 1\n',
  '%YAML 1.1\n---\na: yes\n',
  '{null: 1, ~: 2}\n',
  'a:\n  ? b\n  : c\n',
  'items: [a, b, 0b11]\n',
  'a: "x" \nb: \'y\'   \n',
  'a: |+\n  keep\n\n',
  'a: |2\n    indented\n',
  'a:\n  - b: 1\n    c: 2\n  - d\n',
  '"a": 1\n\'b\': 2\n',
  'a: 1\n...\n',
  'a: -\n',
  'a: - b\n',
  'a: 12:30:45\n',
  'a: 1:2\n',
  'a: 0.\nb: -.inf\nc: .NAN\n',
];

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));
}

describe('the quick and the full YAML reader', () => {
  const texts = [...snippets.map((text, i) => [`snippet ${i}`, text] as const), ...contentFiles('tests/fixtures/hub').map((f) => [f, readFileSync(f, 'utf8')] as const)];
  it.each(texts)('agree on %s', (_name, text) => {
    const ours = parseYaml(text, 'file.yaml');
    const full = fullReader(text);
    expect(ours.source !== undefined).toBe(full.ok);
    if (full.ok) expect(ours.source!.value).toStrictEqual(full.value ?? null);
  });

  it('reads ordinary content files with the quick reader', () => {
    const files = contentFiles('tests/fixtures/hub').map((f) => readFileSync(f, 'utf8'));
    expect(files.filter(readsQuickly).length / files.length).toBeGreaterThan(0.9);
  });

  it('places text values where they are written, reading positions only when asked', () => {
    const text = 'title: Clinic\nevents:\n  - id: a\n    description: |\n      Line one\n      has a link\n';
    const source = parseYaml(text, 'file.yaml').source!;
    const values = textValues(source);
    expect(values.map((v) => [v.field, v.line, v.column])).toEqual([
      ['title', 1, 8],
      ['events[0].id', 3, 9],
      ['events[0].description', 4, 18],
    ]);
    expect(text.slice(values[2]!.start, values[2]!.end)).toContain('has a link');
  });
});
