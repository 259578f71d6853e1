import { createHash } from 'node:crypto';

/**
 * What has been published in calendar feeds, kept in `content/calendar.lock.json`
 * and committed with the content, like a package lock. It lets each build:
 * - raise SEQUENCE when a session's time, place or status changes (RFC 5545 3.8.7.4),
 * - keep LAST-MODIFIED and DTSTAMP stable while nothing changes (reproducible builds),
 * - notice a published session deleted from the YAML instead of cancelled.
 */

export const lockFileName = 'calendar.lock.json';

export interface LockEntry {
  /** Time, place and status as text: when this changes, SEQUENCE goes up. */
  material: string;
  /** Digest of everything shown in the calendar: when this changes, LAST-MODIFIED moves. */
  digest: string;
  sequence: number;
  /** UTC, `YYYY-MM-DDTHH:MM:SSZ`: when the entry last changed in any way. */
  modified: string;
}

export interface PublicationLock {
  version: 1;
  items: Record<string, LockEntry>;
}

export interface PublishedItem {
  /** Stable key: `cohorts/<cohort>/<event>` or `recruitment/<window>[/<session>]`. */
  key: string;
  material: string;
  /** Any JSON-serialisable value holding everything the calendar shows. */
  shown: unknown;
}

export interface Reconciled {
  lock: PublicationLock;
  /** Keys published before and missing now. */
  missing: string[];
  added: string[];
  /** Keys whose time, place or status changed (SEQUENCE raised). */
  moved: string[];
  /** Keys with other changes (title, description…). */
  edited: string[];
}

export function emptyLock(): PublicationLock {
  return { version: 1, items: {} };
}

export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/**
 * Compares what is about to be published with the lock. `now` is only used for
 * entries that are new or changed, so an unchanged schedule gives the same lock.
 */
export function reconcile(previous: PublicationLock, items: readonly PublishedItem[], now: string): Reconciled {
  const result: Reconciled = { lock: emptyLock(), missing: [], added: [], moved: [], edited: [] };
  const seen = new Set<string>();
  for (const item of items) {
    seen.add(item.key);
    const digest = digestOf(item.shown);
    const before = previous.items[item.key];
    if (!before) {
      result.lock.items[item.key] = { material: item.material, digest, sequence: 0, modified: now };
      result.added.push(item.key);
    } else if (before.material !== item.material) {
      result.lock.items[item.key] = { material: item.material, digest, sequence: before.sequence + 1, modified: now };
      result.moved.push(item.key);
    } else if (before.digest !== digest) {
      result.lock.items[item.key] = { ...before, digest, modified: now };
      result.edited.push(item.key);
    } else {
      result.lock.items[item.key] = before;
    }
  }
  for (const key of Object.keys(previous.items)) if (!seen.has(key)) result.missing.push(key);
  return result;
}

/** The lock as text: sorted keys, one entry per line, so diffs in review stay readable. */
export function serializeLock(lock: PublicationLock): string {
  const keys = Object.keys(lock.items).sort();
  const lines = keys.map((key, i) => `    ${JSON.stringify(key)}: ${JSON.stringify(lock.items[key])}${i < keys.length - 1 ? ',' : ''}`);
  return `{\n  "version": 1,\n  "items": {\n${lines.join('\n')}${lines.length ? '\n' : ''}  }\n}\n`;
}

/** Parses the lock file; anything unreadable is reported, never guessed at. */
export function parseLock(text: string): PublicationLock | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `is not valid JSON (${error instanceof Error ? error.message : String(error)}).`;
  }
  const lock = data as PublicationLock;
  if (!lock || lock.version !== 1 || typeof lock.items !== 'object' || lock.items === null) return 'is not a calendar lock file this version of the handbook can read.';
  for (const [key, entry] of Object.entries(lock.items)) {
    if (typeof entry?.material !== 'string' || typeof entry.digest !== 'string' || !Number.isInteger(entry.sequence) || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(entry.modified ?? '')) {
      return `has an unreadable entry for ${key}.`;
    }
  }
  return lock;
}

/** The clock for new lock entries: `SOURCE_DATE_EPOCH` when set (reproducible builds), else now. */
export function lockClock(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
