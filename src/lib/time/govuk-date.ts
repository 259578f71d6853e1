/**
 * Dates and times in GOV.UK style: "Tuesday 6 October 2026", "4pm", "9:30am",
 * "midday", "4pm to 5pm". These work on calendar dates and wall-clock times
 * (`YYYY-MM-DD`, `HH:MM`) so no time zone is involved.
 */

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(isoDate: string): [number, number, number] {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** Day of the week for a calendar date (0 = Sunday), by Zeller-free UTC arithmetic. */
export function weekdayOf(isoDate: string): number {
  const [y, m, d] = parts(isoDate);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** "6 October 2026" */
export function formatDate(isoDate: string): string {
  const [y, m, d] = parts(isoDate);
  return `${d} ${months[m - 1]} ${y}`;
}

/** "Tuesday 6 October 2026" */
export function formatDateWithDay(isoDate: string): string {
  return `${weekdays[weekdayOf(isoDate)]} ${formatDate(isoDate)}`;
}

/** "October 2026" */
export function formatMonth(isoDate: string): string {
  const [y, m] = parts(isoDate);
  return `${months[m - 1]} ${y}`;
}

/** "4pm", "9:30am", "midday"; midnight is written "12am" only when asked for, since GOV.UK calls it ambiguous. */
export function formatTime(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  if (h === 12 && m === 0) return 'midday';
  const suffix = h < 12 ? 'am' : 'pm';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour12}${suffix}` : `${hour12}:${String(m).padStart(2, '0')}${suffix}`;
}

/** "4pm to 5pm" */
export function formatTimeRange(start: string, end: string): string {
  return `${formatTime(start)} to ${formatTime(end)}`;
}

/** "Tuesday 6 October 2026, 4pm to 5pm" */
export function formatDateTimeRange(isoDate: string, start: string, end: string): string {
  return `${formatDateWithDay(isoDate)}, ${formatTimeRange(start, end)}`;
}

/** "2026/27" → "2026 to 2027", as GOV.UK writes academic and financial years. */
export function formatAcademicYear(year: string): string {
  const start = Number(year.slice(0, 4));
  return `${start} to ${start + 1}`;
}
