import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from '../content-dir.ts';
import type { ContentProblem } from '../problem.ts';
import type { ContentRule } from '../types.ts';

/**
 * A symbolic link in the content folder that leads out of it (or nowhere). The
 * build follows links, so a link to a folder or file elsewhere on the machine
 * would publish whatever is there.
 */
export const linksOutRule: ContentRule = (context) => {
  const problems: ContentProblem[] = [];
  let root: string;
  try {
    root = realpathSync(context.dir);
  } catch {
    return problems;
  }
  const walk = (folder: string, depth: number) => {
    if (depth > 32) return;
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path, depth + 1);
      if (!stat.isSymbolicLink()) continue;
      let target: string | undefined;
      try {
        target = realpathSync(path);
      } catch {
        target = undefined;
      }
      if (target && (target === root || target.startsWith(`${root}/`))) continue;
      problems.push({
        file: displayPath(path),
        message: target ? 'is a link to something outside the content folder, which the build would publish.' : 'is a link to something that does not exist.',
        fix: 'Replace the link with a copy of the file or folder itself, or remove it.',
        severity: 'error',
      });
    }
  };
  walk(context.dir, 0);
  return problems;
};
