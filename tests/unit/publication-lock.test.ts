import { describe, expect, it } from 'vitest';
import { emptyLock, lockClock, parseLock, reconcile, serializeLock, type PublishedItem } from '../../src/lib/calendar/publication-lock.ts';

const item = (key: string, material: string, shown: unknown = { title: key }): PublishedItem => ({ key, material, shown });
const first = reconcile(emptyLock(), [item('cohorts/a/one', '2026-10-06 16:00-17:00 online - scheduled'), item('cohorts/a/two', 'x')], '2026-09-01T08:00:00Z');

describe('the publication lock', () => {
  it('records new sessions at sequence 0 with the time they were first published', () => {
    expect(first.added).toEqual(['cohorts/a/one', 'cohorts/a/two']);
    expect(first.lock.items['cohorts/a/one']).toMatchObject({ sequence: 0, modified: '2026-09-01T08:00:00Z' });
  });

  it('changes nothing when nothing changed, whatever the clock says', () => {
    const again = reconcile(first.lock, [item('cohorts/a/one', '2026-10-06 16:00-17:00 online - scheduled'), item('cohorts/a/two', 'x')], '2030-01-01T00:00:00Z');
    expect(serializeLock(again.lock)).toBe(serializeLock(first.lock));
    expect([...again.added, ...again.moved, ...again.edited, ...again.missing]).toEqual([]);
  });

  it('raises SEQUENCE when time, place or status changes', () => {
    const moved = reconcile(first.lock, [item('cohorts/a/one', '2026-10-06 16:00-17:00 online - cancelled'), item('cohorts/a/two', 'x')], '2026-09-10T12:00:00Z');
    expect(moved.moved).toEqual(['cohorts/a/one']);
    expect(moved.lock.items['cohorts/a/one']).toMatchObject({ sequence: 1, modified: '2026-09-10T12:00:00Z' });
  });

  it('moves LAST-MODIFIED but keeps SEQUENCE for a new title or description', () => {
    const edited = reconcile(first.lock, [item('cohorts/a/one', '2026-10-06 16:00-17:00 online - scheduled', { title: 'New title' }), item('cohorts/a/two', 'x')], '2026-09-10T12:00:00Z');
    expect(edited.edited).toEqual(['cohorts/a/one']);
    expect(edited.lock.items['cohorts/a/one']).toMatchObject({ sequence: 0, modified: '2026-09-10T12:00:00Z' });
  });

  it('reports a published session that disappeared', () => {
    const gone = reconcile(first.lock, [item('cohorts/a/one', '2026-10-06 16:00-17:00 online - scheduled')], '2026-09-10T12:00:00Z');
    expect(gone.missing).toEqual(['cohorts/a/two']);
  });

  it('round-trips through its file format, one entry per line', () => {
    const text = serializeLock(first.lock);
    expect(parseLock(text)).toEqual(first.lock);
    expect(text.split('\n').filter((line) => line.includes('"cohorts/'))).toHaveLength(2);
  });

  it('refuses a damaged file with a reason', () => {
    expect(parseLock('{ not json')).toMatch(/^is not valid JSON/);
    expect(parseLock('{"version":2,"items":{}}')).toBe('is not a calendar lock file this version of the handbook can read.');
    expect(parseLock('{"version":1,"items":{"k":{"material":"m"}}}')).toBe('has an unreadable entry for k.');
  });

  it('takes its clock from SOURCE_DATE_EPOCH when set', () => {
    expect(lockClock({ SOURCE_DATE_EPOCH: '1790000000' })).toBe('2026-09-21T14:13:20Z');
    expect(lockClock({}, new Date('2026-11-23T10:11:12.345Z'))).toBe('2026-11-23T10:11:12Z');
  });
});
