/**
 * Whether a recruitment window is upcoming, open or closed at a moment given as
 * a wall-clock date and time in the UK. Shared by the build (which knows the
 * build date) and the page's script (which knows the reader's date).
 */

export type WindowStatus = 'upcoming' | 'open' | 'closed';

export interface WindowDates {
  opens: string;
  closes: string;
  /** Time applications stop on the closing day, `HH:MM`. */
  closesAt: string;
}

export function windowStatus(window: WindowDates, date: string, time = '00:00'): WindowStatus {
  if (date < window.opens) return 'upcoming';
  if (date < window.closes || (date === window.closes && time <= window.closesAt)) return 'open';
  return 'closed';
}

/** Whole days from `date` to the closing day: 0 on the closing day itself. */
export function daysLeft(window: WindowDates, date: string): number {
  return Math.round((Date.UTC(...ymd(window.closes)) - Date.UTC(...ymd(date))) / 86_400_000);
}

function ymd(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m - 1, d];
}

/** "12 days left", "1 day left", "last day". */
export function daysLeftWords(days: number): string {
  return days <= 0 ? 'last day' : days === 1 ? '1 day left' : `${days} days left`;
}

/** The reader's current date and time in `zone`, for use in a browser. */
export function nowIn(zone: string, now: Date = new Date()): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
