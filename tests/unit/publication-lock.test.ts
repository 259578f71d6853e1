import { describe, expect, it } from 'vitest';
import { emptyLock, lockClock, parseLock, reconcile, serializeLock, type Material, type PublishedItem } from '../../src/lib/calendar/publication-lock.ts';

const site = 'https://handbook.example.org';
const at = (date: string, overrides: Partial<Material> = {}): Material => ({ date, start: '16:00', end: '17:00', mode: 'online', place: '-', status: 'scheduled', ...overrides });
const item = (key: string, material: Material, shown: unknown = { title: key }): PublishedItem => ({ key, material, shown });
const one = at('2026-10-06');
const two = at('2026-11-03');
const first = reconcile(emptyLock(), [item('cohorts/a/one', one), item('cohorts/a/two', two)], '2026-09-01T08:00:00Z', site);

describe('the publication lock', () => {
  it('records new sessions at sequence 0 with the time they were first published, and the site it published them on', () => {
    expect(first.added).toEqual(['cohorts/a/one', 'cohorts/a/two']);
    expect(first.lock.items['cohorts/a/one']).toMatchObject({ sequence: 0, modified: '2026-09-01T08:00:00Z' });
    expect(first.lock).toMatchObject({ site, uidHost: 'handbook.example.org' });
  });

  it('does not list a first publication as changes', () => {
    expect(first.lock.history).toEqual([]);
  });

  it('changes nothing when nothing changed, whatever the clock says', () => {
    const again = reconcile(first.lock, [item('cohorts/a/one', one), item('cohorts/a/two', two)], '2030-01-01T00:00:00Z', site);
    expect(serializeLock(again.lock)).toBe(serializeLock(first.lock));
    expect([...again.added, ...again.moved, ...again.edited, ...again.missing]).toEqual([]);
  });

  it.each([
    ['cancelled', at('2026-10-06', { status: 'cancelled' }), ['cancelled']],
    ['moved', at('2026-10-13'), ['moved']],
    ['given another time', at('2026-10-06', { start: '15:30' }), ['moved']],
    ['given another place', at('2026-10-06', { mode: 'in-person', place: 'centre#1234abcd' }), ['place']],
    ['moved and cancelled', at('2026-10-07', { status: 'cancelled' }), ['cancelled', 'moved']],
  ] as const)('raises SEQUENCE and records the change when a session is %s', (_name, material, changes) => {
    const changed = reconcile(first.lock, [item('cohorts/a/one', material), item('cohorts/a/two', two)], '2026-09-10T12:00:00Z', site);
    expect(changed.moved).toEqual(['cohorts/a/one']);
    expect(changed.lock.items['cohorts/a/one']).toMatchObject({ sequence: 1, modified: '2026-09-10T12:00:00Z' });
    expect(changed.lock.history).toEqual([{ at: '2026-09-10T12:00:00Z', key: 'cohorts/a/one', changes, before: one, after: material }]);
  });

  it('records a reinstated session and a session added after the first publication', () => {
    const cancelled = reconcile(first.lock, [item('cohorts/a/one', at('2026-10-06', { status: 'cancelled' })), item('cohorts/a/two', two)], '2026-09-10T12:00:00Z', site);
    const back = reconcile(cancelled.lock, [item('cohorts/a/one', one), item('cohorts/a/two', two), item('cohorts/a/three', at('2027-01-12'))], '2026-09-20T12:00:00Z', site);
    expect(back.lock.history.map((h) => [h.key, h.changes])).toEqual([
      ['cohorts/a/one', ['cancelled']],
      ['cohorts/a/one', ['reinstated']],
      ['cohorts/a/three', ['added']],
    ]);
    expect(back.lock.items['cohorts/a/one']!.sequence).toBe(2);
  });

  it('moves DTSTAMP but keeps SEQUENCE for a new title or description', () => {
    const edited = reconcile(first.lock, [item('cohorts/a/one', one, { title: 'New title' }), item('cohorts/a/two', two)], '2026-09-10T12:00:00Z', site);
    expect(edited.edited).toEqual(['cohorts/a/one']);
    expect(edited.lock.items['cohorts/a/one']).toMatchObject({ sequence: 0, modified: '2026-09-10T12:00:00Z' });
    expect(edited.lock.history).toEqual([]);
  });

  it('reports a published session that disappeared', () => {
    const gone = reconcile(first.lock, [item('cohorts/a/one', one)], '2026-09-10T12:00:00Z', site);
    expect(gone.missing).toEqual(['cohorts/a/two']);
  });

  it('keeps the UID host it started with when the site moves', () => {
    const moved = reconcile({ ...first.lock, site: 'https://new.example.org' }, [item('cohorts/a/one', one), item('cohorts/a/two', two)], '2026-09-10T12:00:00Z', 'https://new.example.org');
    expect(moved.lock).toMatchObject({ site: 'https://new.example.org', uidHost: 'handbook.example.org' });
  });

  it('round-trips through its file format, one entry per line', () => {
    const changed = reconcile(first.lock, [item('cohorts/a/one', at('2026-10-13')), item('cohorts/a/two', two)], '2026-09-10T12:00:00Z', site);
    const text = serializeLock(changed.lock);
    expect(parseLock(text)).toEqual(changed.lock);
    expect(text.split('\n').filter((line) => line.includes('"cohorts/'))).toHaveLength(3);
  });

  it('reads a version 1 file, whose recruitment days were written as bare dates, without calling them changes', () => {
    const v1 = parseLock(
      JSON.stringify({
        version: 1,
        items: {
          'recruitment/w/opens': { material: '2026-03-23', digest: 'd', sequence: 0, modified: '2026-01-01T00:00:00Z' },
          'recruitment/w/closes': { material: '2026-05-08 23:59', digest: 'd', sequence: 0, modified: '2026-01-01T00:00:00Z' },
        },
      }),
    );
    if (typeof v1 === 'string') throw new Error(v1);
    const day = (date: string, time = '00:00') => ({ date, start: time, end: time, mode: 'day', place: '-', status: 'scheduled' });
    const next = reconcile(v1, [item('recruitment/w/opens', day('2026-03-23'), 'x'), item('recruitment/w/closes', day('2026-05-08', '23:59'), 'x')], '2026-09-10T12:00:00Z', site);
    expect(next.moved).toEqual([]);
    expect(next.lock.history).toEqual([]);
  });

  it('refuses a damaged file with a reason', () => {
    expect(parseLock('{ not json')).toMatch(/^is not valid JSON/);
    expect(parseLock('{"version":3,"items":{}}')).toBe('is not a calendar lock file this version of the handbook can read.');
    expect(parseLock('{"version":1,"items":{"k":{"material":"m"}}}')).toBe('has an unreadable entry for k.');
    expect(parseLock('{"version":2,"items":{},"history":[{"key":"k"}]}')).toBe('has an unreadable entry in "history".');
  });

  it('takes its clock from SOURCE_DATE_EPOCH when set', () => {
    expect(lockClock({ SOURCE_DATE_EPOCH: '1790000000' })).toBe('2026-09-21T14:13:20Z');
    expect(lockClock({}, new Date('2026-11-23T10:11:12.345Z'))).toBe('2026-11-23T10:11:12Z');
  });
});
