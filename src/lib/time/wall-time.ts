import { DateTime, FixedOffsetZone } from 'luxon';

/**
 * Calendar dates and wall-clock times in a named zone (Europe/London unless the
 * hub says otherwise), converted with Luxon so nothing depends on the build
 * machine's TZ.
 */

export type WallTimeKind =
  /** Happens once: the usual case. */
  | 'normal'
  /** Never happens: the clocks jump over it (01:00 to 01:59 on the last Sunday in March in the UK). */
  | 'skipped'
  /** Happens twice: the clocks go back over it (01:00 to 01:59 on the last Sunday in October in the UK). */
  | 'repeated';

function parse(date: string, time: string, zone: string): DateTime {
  return DateTime.fromISO(`${date}T${time}`, { zone });
}

// Most days have no clock change, and a schedule has many sessions on few dates:
// knowing a day's single offset lets the common case skip Luxon's zone arithmetic.
const steadyOffsets = new Map<string, number | null>();
function steadyOffset(date: string, zone: string): number | null {
  const key = `${zone} ${date}`;
  let offset = steadyOffsets.get(key);
  if (offset === undefined) {
    const start = DateTime.fromISO(`${date}T00:00`, { zone });
    const end = start.plus({ days: 1 });
    offset = start.offset === end.offset && end.hour === 0 ? start.offset : null;
    steadyOffsets.set(key, offset);
  }
  return offset;
}

export function wallTimeKind(date: string, time: string, zone: string): WallTimeKind {
  if (steadyOffset(date, zone) !== null) return 'normal';
  const dt = parse(date, time, zone);
  if (dt.toFormat('yyyy-MM-dd HH:mm') !== `${date} ${time}`) return 'skipped';
  return dt.getPossibleOffsets().length > 1 ? 'repeated' : 'normal';
}

/**
 * The instant a wall time refers to. A repeated time means its first occurrence,
 * as RFC 5545 (section 3.3.5) says calendar clients read it.
 */
export function wallTimeToInstant(date: string, time: string, zone: string): DateTime {
  const offset = steadyOffset(date, zone);
  if (offset !== null) return DateTime.fromISO(`${date}T${time}`, { zone: FixedOffsetZone.instance(offset) });
  const dt = parse(date, time, zone);
  const offsets = dt.getPossibleOffsets();
  return offsets.length > 1 ? offsets.reduce((earliest, o) => (o.toMillis() < earliest.toMillis() ? o : earliest)) : dt;
}

/** Today's date in the zone, `YYYY-MM-DD`. */
export function todayIn(zone: string, now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone }).toFormat('yyyy-MM-dd');
}

/** The UTC offset at a wall time, for messages: "GMT" or "BST" for London, "UTC+01:00" otherwise. */
export function offsetName(date: string, time: string, zone: string): string {
  const dt = wallTimeToInstant(date, time, zone);
  if (zone === 'Europe/London') return dt.offset === 0 ? 'GMT' : 'BST';
  return `UTC${dt.toFormat('ZZ')}`;
}

/** `2026-10-20T16:00:00+01:00`: local time with its offset, never `Z`, as schema.org examples write it. */
export function localIso(dt: DateTime): string {
  return dt.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}
