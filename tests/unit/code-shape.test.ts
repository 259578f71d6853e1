import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The shape the code keeps: small modules, and no module that needs itself
// through others (an import cycle makes load order matter and hides a design knot).
const root = new URL('../..', import.meta.url).pathname;
const src = join(root, 'src');
const files = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name));

/** Relative imports of a file (type-only ones too), resolved to files under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), match[1]!);
    if (existsSync(target)) found.push(target);
  }
  return found;
}

function cycles(): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(root, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

describe('the source code', () => {
  it('has no import cycle', () => {
    expect(cycles()).toEqual([]);
  });

  it('has no file over 400 lines', () => {
    const long = files.map((file) => [relative(root, file), readFileSync(file, 'utf8').split('\n').length] as const).filter(([, lines]) => lines > 400);
    expect(long).toEqual([]);
  });

  it('keeps calendar code apart from pages, components and the data module', () => {
    const calendar = files.filter((file) => file.includes('/lib/calendar/'));
    const reachesBack = calendar.flatMap((file) => importsOf(file).filter((target) => /\/(pages|components|data)\//.test(target)).map((target) => `${relative(root, file)} → ${relative(root, target)}`));
    expect(reachesBack).toEqual([]);
  });
});
