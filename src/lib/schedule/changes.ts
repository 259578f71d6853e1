import type { ChangeKind, Material } from '../calendar/publication-lock.ts';
import type { ChangeRecord } from '../handbook/model.ts';
import { DateTime } from 'luxon';
import type { Handbook } from '../handbook/hydrate.ts';
import { formatDateTimeRange, formatDateWithDay, formatTime } from '../time/govuk-date.ts';
import { ukZone } from '../time/uk-zone.ts';
import { modeLabels } from './event-words.ts';

/** A change to a published session or recruitment date, in words people read on /changes/ and in the Atom feed. */
export interface ChangeText {
  /** "Cancelled", "Moved", "Place changed", "Added", "Reinstated", joined with "and". */
  headline: string;
  /** One sentence saying what it was and what it is now. */
  detail: string;
}

const headlines: Record<ChangeKind, string> = { added: 'Added', moved: 'Moved', place: 'Place changed', cancelled: 'Cancelled', reinstated: 'Back on' };

function when(m: Material): string {
  if (m.mode === 'day') return m.start === '00:00' ? formatDateWithDay(m.date) : `${formatDateWithDay(m.date)} at ${formatTime(m.start)}`;
  return formatDateTimeRange(m.date, m.start, m.end);
}

function where(m: Material, venueName: (id: string) => string | undefined): string {
  if (m.mode === 'online' || m.place === '-') return modeLabels.online.toLowerCase();
  const name = venueName(m.place.split('#')[0]!) ?? 'another venue';
  return m.mode === 'hybrid' ? `${name} (or online)` : name;
}

export function describeChange(record: ChangeRecord, venueName: (id: string) => string | undefined): ChangeText {
  const { before, after, changes } = record;
  const headline = changes.map((kind, i) => (i === 0 ? headlines[kind] : headlines[kind].toLowerCase())).join(' and ');
  const parts: string[] = [];
  if (changes.includes('added')) parts.push(`New: ${when(after)}${after.mode === 'day' ? '' : `, ${where(after, venueName)}`}.`);
  if (changes.includes('cancelled')) parts.push(`${when(before ?? after)} will not go ahead.`);
  if (changes.includes('reinstated')) parts.push(`${when(after)} goes ahead after all.`);
  if (changes.includes('moved') && before) parts.push(`Was ${when(before)}; now ${when(after)}.`);
  if (changes.includes('place') && before) parts.push(`Was ${where(before, venueName)}; now ${where(after, venueName)}.`);
  return { headline, detail: parts.join(' ') };
}

/** The UK date a change was published on, `YYYY-MM-DD`, from its UTC instant. */
export function publishedDate(at: string): string {
  let date = publishedDates.get(at);
  if (date === undefined) {
    date = DateTime.fromISO(at, { zone: 'utc' }).setZone(ukZone).toISODate()!;
    publishedDates.set(at, date);
  }
  return date;
}
// A lock's changes share the few instants its builds ran at, and the zone
// arithmetic costs more than the lookup (0.7 s at 50,000 sessions).
const publishedDates = new Map<string, string>();

/** What a change is about: a session of a cohort, or a recruitment date. */
export interface ChangeSubject {
  title: string;
  /** The cohort, or the recruitment window, it belongs to. */
  context: string;
  path: string;
}

export function changeSubject(key: string, handbook: Pick<Handbook, 'session' | 'recruitment'>): ChangeSubject | undefined {
  const session = handbook.session(key);
  if (session) return { title: session.title, context: session.cohortTitle, path: session.path };
  const [, windowId, part, sessionId] = key.split('/');
  const window = handbook.recruitment.find((w) => w.id === windowId);
  if (!window) return undefined;
  const title = part === 'opens' ? 'Applications open' : part === 'closes' ? 'Closing date' : (window.informationSessions.find((s) => s.id === sessionId)?.title ?? 'Information session');
  return { title, context: window.title, path: window.page };
}
