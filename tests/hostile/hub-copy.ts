// A temporary copy of the fixture hub with a case's changes applied.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { hubDir, type FileChange } from '../fixtures/hostile/cases.ts';

export interface CaseHub {
  /** A temporary folder holding `content/` and anything a case puts beside it. */
  work: string;
  /** The content folder to point HANDBOOK_CONTENT_DIR at. */
  content: string;
}

/** Applies one change at `path` (relative to the content folder, possibly climbing one level out of it). */
export function applyChange(hub: CaseHub, path: string, change: FileChange): void {
  const target = resolve(hub.content, path);
  if (!target.startsWith(hub.work + sep)) throw new Error(`${path} is outside the case's folder.`);
  if (typeof change === 'function') {
    const original = existsSync(target) ? readFileSync(target, 'utf8') : '';
    change = change(original);
  }
  rmSync(target, { recursive: true, force: true });
  if (change === null) return;
  mkdirSync(dirname(target), { recursive: true });
  if (typeof change === 'string' || change instanceof Uint8Array) writeFileSync(target, change);
  else if ('directory' in change) mkdirSync(target);
  else symlinkSync(change.symlink, target);
}

/** A fresh copy of the fixture hub with each set of changes applied in turn. */
export function caseHub(changeSets: Record<string, FileChange>[], prefix = 'handbook-hostile-'): CaseHub {
  const work = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  const hub = { work, content: join(work, 'content') };
  cpSync(hubDir, hub.content, { recursive: true });
  for (const changes of changeSets) for (const [path, change] of Object.entries(changes)) applyChange(hub, path, change);
  return hub;
}

export function removeCaseHub(hub: CaseHub): void {
  rmSync(hub.work, { recursive: true, force: true });
}
