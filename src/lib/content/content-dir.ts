import { isAbsolute, relative, resolve } from 'node:path';

/**
 * The folder a hub edits. One build serves one hub; a lead provider publishing
 * for many hubs points `HANDBOOK_CONTENT_DIR` at each hub's folder in turn.
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const chosen = env.HANDBOOK_CONTENT_DIR?.trim();
  if (!chosen) return resolve(cwd, 'content');
  return isAbsolute(chosen) ? chosen : resolve(cwd, chosen);
}

/** A path as the administrator would type it, relative to where they ran the command. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : absolute;
}
