import type { Handbook } from '../handbook/hydrate.ts';
import { formatDateWithDay } from '../time/govuk-date.ts';
import { changeSubject, describeChange, publishedDate } from './changes.ts';

/** One line of /changes/ and one entry of its Atom feed. */
export interface ChangeRow {
  /** Stable within the feed: the same change keeps its id from build to build. */
  id: string;
  /** When it was published (UTC instant) and the UK day that falls on. */
  at: string;
  day: string;
  headline: string;
  title: string;
  context: string;
  path: string;
  detail: string;
}

type RowHandbook = Pick<Handbook, 'changes' | 'session' | 'recruitment' | 'venues'>;

/**
 * The published changes as people read them, newest first. Sessions added to a
 * cohort on one day make one line ("Added: 12 sessions"), so a new year's
 * schedule does not bury the moves and cancellations people need to see.
 */
export function changeRows(handbook: RowHandbook): ChangeRow[] {
  const rows: ChangeRow[] = [];
  const added = new Map<string, { row: ChangeRow; cohortId: string; dates: string[] }>();
  const venueName = (id: string) => handbook.venues[id]?.name;
  for (const record of handbook.changes) {
    const day = publishedDate(record.at);
    const session = handbook.session(record.key);
    if (session && record.changes.length === 1 && record.changes[0] === 'added') {
      const groupKey = `${day}/${session.cohortId}`;
      const group = added.get(groupKey);
      if (group) {
        group.dates.push(session.date);
        continue;
      }
      const row: ChangeRow = { id: `added/${session.cohortId}/${day}`, at: record.at, day, headline: 'Added', title: session.title, context: session.cohortTitle, path: session.path, detail: describeChange(record, venueName).detail };
      added.set(groupKey, { row, cohortId: session.cohortId, dates: [session.date] });
      rows.push(row);
      continue;
    }
    const subject = changeSubject(record.key, handbook);
    if (!subject) continue;
    const text = describeChange(record, venueName);
    rows.push({ id: `change/${record.key}/${record.at}`, at: record.at, day, headline: text.headline, ...subject, detail: text.detail });
  }
  for (const { row, cohortId, dates } of added.values()) {
    if (dates.length === 1) continue;
    const sorted = dates.sort();
    row.title = `${dates.length} new sessions`;
    row.path = `/events/${cohortId}/`;
    row.detail = `New sessions from ${formatDateWithDay(sorted[0]!)} to ${formatDateWithDay(sorted.at(-1)!)}.`;
  }
  return rows;
}
