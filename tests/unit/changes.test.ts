import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { fixtureHubDir } from '../helpers/fixture-hub.ts';
import { changeRows } from '../../src/lib/schedule/change-rows.ts';
import { changesAtom } from '../../src/lib/schedule/changes-atom.ts';
import type { Handbook, Session } from '../../src/lib/handbook/hydrate.ts';
import type { ChangeRecord } from '../../src/lib/handbook/model.ts';

const material = (date: string) => ({ date, start: '16:00', end: '17:00', mode: 'online' as const, place: '-', status: 'confirmed' });
const session = (cohortId: string, id: string, date: string) =>
  ({ key: `${cohortId}/${id}`, cohortId, title: `Session ${id}`, cohortTitle: `Cohort ${cohortId}`, path: `/events/${cohortId}/${id}/`, date }) as unknown as Session;

function handbookWith(changes: ChangeRecord[], sessions: Session[]) {
  const byKey = new Map(sessions.map((s) => [s.key, s]));
  return {
    changes,
    session: (key: string) => byKey.get(key),
    recruitment: [],
    venues: {},
    site: { url: 'https://hub.example/', shortName: 'Hub', name: 'The <Hub>', contactEmail: 'a@hub.example' },
    uidHost: 'hub.example',
  } as unknown as Pick<Handbook, 'changes' | 'session' | 'recruitment' | 'venues' | 'site' | 'uidHost'>;
}

describe('the list of changes', () => {
  const sessions = [session('a', 's1', '2027-01-12'), session('a', 's2', '2027-03-02'), session('a', 's3', '2027-02-09'), session('b', 's1', '2027-01-19')];
  // Newest first, as the model holds them.
  const changes: ChangeRecord[] = [
    { at: '2026-11-20T10:00:00Z', key: 'a/s1', changes: ['cancelled'], before: material('2027-01-12'), after: material('2027-01-12') },
    { at: '2026-11-05T09:00:03Z', key: 'a/s2', changes: ['added'], after: material('2027-03-02') },
    { at: '2026-11-05T09:00:02Z', key: 'a/s3', changes: ['added'], after: material('2027-02-09') },
    { at: '2026-11-05T09:00:01Z', key: 'b/s1', changes: ['added'], after: material('2027-01-19') },
  ];

  it('makes one line of the sessions added to a cohort on one day, linking the cohort', () => {
    const rows = changeRows(handbookWith(changes, sessions));
    expect(rows.map((r) => [r.headline, r.title, r.path])).toEqual([
      ['Cancelled', 'Session s1', '/events/a/s1/'],
      ['Added', '2 new sessions', '/events/a/'],
      ['Added', 'Session s1', '/events/b/s1/'],
    ]);
    expect(rows[1]!.detail).toBe('New sessions from Tuesday 9 February 2027 to Tuesday 2 March 2027.');
    // The group is dated by its newest addition, so a feed reader sees it updated.
    expect(rows[1]!.at).toBe('2026-11-05T09:00:03Z');
  });

  it('keeps entry ids stable and escapes the hub’s name in the Atom feed', () => {
    const atom = changesAtom(handbookWith(changes, sessions));
    expect(atom).toContain('<id>tag:hub.example,2026:change/a/s1/2026-11-20T10:00:00Z</id>');
    expect(atom).toContain('<id>tag:hub.example,2026:added/a/2026-11-05</id>');
    expect(atom).toContain('<name>The &lt;Hub&gt;</name>');
    expect(atom.match(/<entry>/g)).toHaveLength(3);
  });

  it('lists every change in the lock history, however long ago it was published', () => {
    const { model } = checkContent(fixtureHubDir, { today: '2030-06-01' });
    expect(model?.changes.map((c) => c.key).sort()).toEqual(['cohorts/ecte-2026-northmere-primary/mentor-clinic-2', 'cohorts/ecte-2026-northmere-primary/y1-clinic-2']);
  });
});
