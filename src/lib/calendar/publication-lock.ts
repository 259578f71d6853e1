import { createHash } from 'node:crypto';

/**
 * What has been published in calendar feeds, kept in `content/calendar.lock.json`
 * and committed with the content, like a package lock. It lets each build:
 * - raise SEQUENCE when a session's time, place or status changes (RFC 5545 3.8.7.4),
 * - keep DTSTAMP stable while nothing changes (reproducible builds),
 * - notice a published session deleted from the YAML instead of cancelled,
 * - keep calendar UIDs on the address feeds were first published at,
 * - remember every change to a published session, for the "What changed" page.
 */

export const lockFileName = 'calendar.lock.json';

export interface LockEntry {
  /** Time, place and status as text: when this changes, SEQUENCE goes up. */
  material: string;
  /** Digest of everything shown in the calendar: when this changes, DTSTAMP moves. */
  digest: string;
  sequence: number;
  /** UTC, `YYYY-MM-DDTHH:MM:SSZ`: when the entry last changed in any way. */
  modified: string;
}

/** What people's calendars hold for a session: when, where, and whether it goes ahead. */
export interface Material {
  date: string;
  start: string;
  end: string;
  mode: string;
  /** Venue id and a digest of its address, or `-` online. */
  place: string;
  status: string;
}

export type ChangeKind = 'added' | 'moved' | 'place' | 'cancelled' | 'reinstated';

/** One published change to one item, newest last in the file. */
export interface HistoryEntry {
  /** UTC, when the build that published the change ran. */
  at: string;
  key: string;
  changes: ChangeKind[];
  before?: Material;
  after: Material;
}

export interface PublicationLock {
  version: 2;
  /** The site address calendars are published at. Absent until first published. */
  site?: string;
  /**
   * The host calendar UIDs are made with: the site's host when calendars were
   * first published. It never changes, so a hub that moves its site does not give
   * its subscribers a second copy of every session.
   */
  uidHost?: string;
  items: Record<string, LockEntry>;
  history: HistoryEntry[];
}

export interface PublishedItem {
  /** Stable key: `cohorts/<cohort>/<event>` or `recruitment/<window>[/<session>]`. */
  key: string;
  material: Material;
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
  return { version: 2, items: {}, history: [] };
}

export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

export function materialText(m: Material): string {
  return `${m.date} ${m.start}-${m.end} ${m.mode} ${m.place} ${m.status}`;
}

/** The material a lock line records, read back; version 1 wrote recruitment days as a bare date and time. */
export function parseMaterial(text: string): Material | undefined {
  const day = /^(\d{4}-\d\d-\d\d)(?: (\d\d:\d\d))?$/.exec(text);
  if (day) return { date: day[1]!, start: day[2] ?? '00:00', end: day[2] ?? '00:00', mode: 'day', place: '-', status: 'scheduled' };
  const match = /^(\S+) (\S+)-(\S+) (\S+) (\S+) (\S+)$/.exec(text);
  if (!match) return undefined;
  const [, date, start, end, mode, place, status] = match as unknown as string[];
  return { date: date!, start: start!, end: end!, mode: mode!, place: place!, status: status! };
}

/** What kind of change turned `before` into `after`, as people would describe it. */
export function changeKinds(before: Material, after: Material): ChangeKind[] {
  const kinds: ChangeKind[] = [];
  if (before.status !== after.status) kinds.push(after.status === 'cancelled' ? 'cancelled' : 'reinstated');
  if (before.date !== after.date || before.start !== after.start || before.end !== after.end) kinds.push('moved');
  if (before.mode !== after.mode || before.place !== after.place) kinds.push('place');
  return kinds;
}

/**
 * Compares what is about to be published with the lock. `now` is only used for
 * entries that are new or changed, so an unchanged schedule gives the same lock.
 * Additions are recorded in the history only once the lock has published
 * something: a hub's first publication is not a list of changes.
 */
export function reconcile(previous: PublicationLock, items: readonly PublishedItem[], now: string, site: string): Reconciled {
  const lock: PublicationLock = { version: 2, site: previous.site ?? site, uidHost: previous.uidHost ?? new URL(site).host, items: {}, history: [...previous.history] };
  const result: Reconciled = { lock, missing: [], added: [], moved: [], edited: [] };
  const firstPublication = Object.keys(previous.items).length === 0;
  const seen = new Set<string>();
  for (const item of items) {
    seen.add(item.key);
    const digest = digestOf(item.shown);
    const material = materialText(item.material);
    const before = previous.items[item.key];
    const old = before ? parseMaterial(before.material) : undefined;
    // Compared as values, so an entry written by an older version is not a change.
    const sameMaterial = before && (old ? materialText(old) === material : before.material === material);
    if (!before) {
      result.lock.items[item.key] = { material, digest, sequence: 0, modified: now };
      result.added.push(item.key);
      if (!firstPublication) result.lock.history.push({ at: now, key: item.key, changes: ['added'], after: item.material });
    } else if (!sameMaterial) {
      result.lock.items[item.key] = { material, digest, sequence: before.sequence + 1, modified: now };
      result.moved.push(item.key);
      const kinds = old ? changeKinds(old, item.material) : ['moved' as const];
      result.lock.history.push({ at: now, key: item.key, changes: kinds.length ? kinds : ['moved'], ...(old ? { before: old } : {}), after: item.material });
    } else if (before.digest !== digest) {
      result.lock.items[item.key] = { ...before, material, digest, modified: now };
      result.edited.push(item.key);
    } else {
      result.lock.items[item.key] = { ...before, material };
    }
  }
  for (const key of Object.keys(previous.items)) if (!seen.has(key)) result.missing.push(key);
  return result;
}

/** The lock as text: sorted keys, one entry per line, so diffs in review stay readable. */
export function serializeLock(lock: PublicationLock): string {
  const keys = Object.keys(lock.items).sort();
  const lines = keys.map((key, i) => `    ${JSON.stringify(key)}: ${JSON.stringify(lock.items[key])}${i < keys.length - 1 ? ',' : ''}`);
  const history = lock.history.map((entry, i) => `    ${JSON.stringify(entry)}${i < lock.history.length - 1 ? ',' : ''}`);
  const block = (rows: string[], open: string, close: string) => (rows.length ? `${open}\n${rows.join('\n')}\n  ${close}` : `${open}${close}`);
  const field = (name: string, value: string | undefined) => (value ? `  ${JSON.stringify(name)}: ${JSON.stringify(value)},\n` : '');
  return `{\n  "version": 2,\n${field('site', lock.site)}${field('uidHost', lock.uidHost)}  "items": ${block(lines, '{', '}')},\n  "history": ${block(history, '[', ']')}\n}\n`;
}

const stamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

function readableMaterial(value: unknown): value is Material {
  const m = value as Material;
  return !!m && typeof m === 'object' && ['date', 'start', 'end', 'mode', 'place', 'status'].every((k) => typeof m[k as keyof Material] === 'string');
}

/** Parses the lock file (version 1 or 2); anything unreadable is reported, never guessed at. */
export function parseLock(text: string): PublicationLock | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `is not valid JSON (${error instanceof Error ? error.message : String(error)}).`;
  }
  const lock = data as { version?: unknown; site?: unknown; uidHost?: unknown; items?: unknown; history?: unknown };
  if (!lock || (lock.version !== 1 && lock.version !== 2) || typeof lock.items !== 'object' || lock.items === null || Array.isArray(lock.items)) {
    return 'is not a calendar lock file this version of the handbook can read.';
  }
  if (lock.site !== undefined && (typeof lock.site !== 'string' || !/^https?:\/\/[^/\s]+$/.test(lock.site))) return 'has an unreadable "site".';
  if (lock.uidHost !== undefined && (typeof lock.uidHost !== 'string' || !/^[\w.-]+(:\d+)?$/.test(lock.uidHost))) return 'has an unreadable "uidHost".';
  for (const [key, entry] of Object.entries(lock.items as Record<string, LockEntry>)) {
    if (typeof entry?.material !== 'string' || typeof entry.digest !== 'string' || !Number.isInteger(entry.sequence) || !stamp.test(entry.modified ?? '')) {
      return `has an unreadable entry for ${key}.`;
    }
  }
  const history = lock.history ?? [];
  if (!Array.isArray(history)) return 'has an unreadable "history".';
  for (const entry of history as HistoryEntry[]) {
    if (!entry || typeof entry.key !== 'string' || !stamp.test(entry.at ?? '') || !Array.isArray(entry.changes) || !readableMaterial(entry.after) || (entry.before !== undefined && !readableMaterial(entry.before))) {
      return 'has an unreadable entry in "history".';
    }
  }
  return {
    version: 2,
    ...(typeof lock.site === 'string' ? { site: lock.site } : {}),
    ...(typeof lock.uidHost === 'string' ? { uidHost: lock.uidHost } : {}),
    items: lock.items as Record<string, LockEntry>, history: history as HistoryEntry[] };
}

/** The clock for new lock entries: `SOURCE_DATE_EPOCH` when set (reproducible builds), else now. */
export function lockClock(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
