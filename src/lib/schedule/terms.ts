/**
 * School terms in England, as schools name them: autumn (September to
 * December), spring (January to Easter) and summer (Easter to August). Term
 * dates vary by school and local authority, so the Easter weekend is the
 * boundary between spring and summer: a session in the Easter holiday itself is
 * rare, and either name would be understood.
 */

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm), `YYYY-MM-DD`. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type TermName = 'autumn' | 'spring' | 'summer';

/** The term a date falls in: `{ id: '2027-spring', name: 'Spring term 2027' }`. */
export function termOf(date: string): { id: string; name: string } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const term: TermName = month >= 9 ? 'autumn' : date < easterSunday(year) ? 'spring' : 'summer';
  return { id: `${year}-${term}`, name: `${term.charAt(0).toUpperCase()}${term.slice(1)} term ${year}` };
}
