import { describe, expect, it } from 'vitest';
import { mergeCalendars, readSaved, toggleSaved, type SavedSession } from './my-sessions.ts';

function memory() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

const session = (key: string, startUtc: string): SavedSession => ({
  key,
  uid: `${key}@host`,
  title: key,
  cohortTitle: 'Cohort',
  startUtc,
  endUtc: startUtc,
  when: 'Tuesday 6 October 2026, 4pm to 5pm',
  where: 'Online',
  path: `/events/${key}/`,
  icsPath: `/events/${key}.ics`,
  cancelled: false,
});

describe('my sessions in this browser', () => {
  it('adds a session, removes it again, and lists what is saved earliest first', () => {
    const storage = memory();
    expect(toggleSaved(session('b', '2026-11-03T16:00:00Z'), storage)).toBe(true);
    expect(toggleSaved(session('a', '2026-10-06T15:00:00Z'), storage)).toBe(true);
    expect(readSaved(storage).map((s) => s.key)).toEqual(['a', 'b']);
    expect(toggleSaved(session('b', '2026-11-03T16:00:00Z'), storage)).toBe(false);
    expect(readSaved(storage).map((s) => s.key)).toEqual(['a']);
  });

  it('ignores storage it cannot read', () => {
    const storage = memory();
    storage.setItem('handbook:my-sessions:v1', '{not json');
    expect(readSaved(storage)).toEqual([]);
    storage.setItem('handbook:my-sessions:v1', JSON.stringify([{ key: 1 }, session('a', 'x')]));
    expect(readSaved(storage).map((s) => s.key)).toEqual(['a']);
  });
});

describe('one calendar file from several published ones', () => {
  const file = (uid: string) =>
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//host//handbook//EN', 'NAME:One session', 'X-WR-CALNAME:One session', 'BEGIN:VTIMEZONE', 'TZID:Europe/London', 'END:VTIMEZONE', 'BEGIN:VEVENT', `UID:${uid}`, 'DESCRIPTION:A long line that was folded and', ' continues here', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

  it('keeps every event with its UID, one VTIMEZONE, and its own name', () => {
    const merged = mergeCalendars([file('a@host'), file('b@host')], 'My sessions; Hub, 2026');
    expect(merged.match(/^BEGIN:VEVENT/gm)).toHaveLength(2);
    expect(merged.match(/^BEGIN:VTIMEZONE/gm)).toHaveLength(1);
    expect(merged).toContain('UID:a@host\r\n');
    expect(merged).toContain('UID:b@host\r\n');
    expect(merged).toContain('X-WR-CALNAME:My sessions\\; Hub\\, 2026\r\n');
    expect(merged).not.toContain('One session');
    expect(merged).toContain('DESCRIPTION:A long line that was folded and\r\n continues here');
    expect(merged.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(merged.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
