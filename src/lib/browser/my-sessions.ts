/**
 * "My sessions": sessions a reader picks, kept in this browser only
 * (localStorage; no account, no server). Each entry holds what the list page
 * shows, so the page works without downloading the whole schedule.
 */

export interface SavedSession {
  key: string;
  uid: string;
  title: string;
  cohortTitle: string;
  /** UTC instants, ISO 8601. */
  startUtc: string;
  endUtc: string;
  /** "Tuesday 6 October 2026, 4pm to 5pm" */
  when: string;
  /** "Online", or the venue's name. */
  where: string;
  path: string;
  icsPath: string;
  cancelled: boolean;
}

const storageKey = 'handbook:my-sessions:v1';
export const changedEvent = 'handbook:my-sessions-changed';

function isSaved(value: unknown): value is SavedSession {
  const s = value as SavedSession;
  return !!s && typeof s.key === 'string' && typeof s.uid === 'string' && typeof s.title === 'string' && typeof s.startUtc === 'string' && typeof s.path === 'string' && typeof s.icsPath === 'string';
}

/** The saved sessions, earliest first; anything unreadable in storage is ignored. */
export function readSaved(storage: Pick<Storage, 'getItem'> = localStorage): SavedSession[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey) ?? '[]');
    return (Array.isArray(parsed) ? parsed.filter(isSaved) : []).sort((a, b) => a.startUtc.localeCompare(b.startUtc));
  } catch {
    return [];
  }
}

function write(sessions: SavedSession[], storage: Pick<Storage, 'setItem'>): void {
  storage.setItem(storageKey, JSON.stringify(sessions));
}

/** Adds or removes one session; says whether it is now saved. */
export function toggleSaved(session: SavedSession, storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): boolean {
  const saved = readSaved(storage);
  const index = saved.findIndex((s) => s.key === session.key);
  if (index >= 0) saved.splice(index, 1);
  else saved.push(session);
  write(saved, storage);
  return index < 0;
}

export function removeSaved(key: string, storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): void {
  write(readSaved(storage).filter((s) => s.key !== key), storage);
}

/** Replaces stored copies with fresher details (times, places, status) where the published schedule has them. */
export function refreshSaved(fresh: ReadonlyMap<string, SavedSession>, storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): SavedSession[] {
  const updated = readSaved(storage).map((s) => fresh.get(s.key) ?? s);
  write(updated, storage);
  return readSaved(storage);
}

/**
 * One calendar file holding the saved sessions, made from the published
 * single-session files: the same UIDs, SEQUENCE and times as every feed, so
 * importing it next to a subscription never doubles a session up.
 */
export function mergeCalendars(files: readonly string[], name: string): string {
  const lines = (text: string) => text.replace(/\r?\n[ \t]/g, '\u0000').split(/\r?\n/).filter(Boolean);
  const header: string[] = [];
  const timezones = new Map<string, string[]>();
  const events: string[] = [];
  files.forEach((text, fileIndex) => {
    let block: string[] | undefined;
    let tzid = '';
    for (const line of lines(text)) {
      if (line === 'BEGIN:VTIMEZONE' || line === 'BEGIN:VEVENT') block = [line];
      else if (block) {
        block.push(line);
        if (line.startsWith('TZID:')) tzid ||= line;
        if (line === 'END:VTIMEZONE') {
          if (!timezones.has(tzid)) timezones.set(tzid, block);
          block = undefined;
          tzid = '';
        } else if (line === 'END:VEVENT') {
          events.push(...block);
          block = undefined;
        }
      } else if (fileIndex === 0 && line !== 'END:VCALENDAR') {
        header.push(/^(NAME|X-WR-CALNAME|X-WR-CALDESC|URL)[:;]/.test(line) ? '' : line);
      }
    }
  });
  const safeName = name.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
  const out = [...header.filter(Boolean), `NAME:${safeName}`, `X-WR-CALNAME:${safeName}`, ...[...timezones.values()].flat(), ...events, 'END:VCALENDAR'];
  return `${out.map((line) => line.replace(/\u0000/g, '\r\n ')).join('\r\n')}\r\n`;
}
