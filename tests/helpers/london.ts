/**
 * London wall time → UTC instant, worked out with Intl alone (no Luxon), so
 * tests check the build's conversions against an independent one.
 */
export function londonToUtc(date: string, time: string): string {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const wall = (ms: number) => {
    const p = Object.fromEntries(format.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
  };
  const naive = Date.parse(`${date}T${time}:00Z`);
  // London is UTC+0 or UTC+1: try the earlier instant first (RFC 5545 picks the first of a repeated time).
  for (const offsetHours of [1, 0]) {
    const candidate = naive - offsetHours * 3_600_000;
    if (wall(candidate) === `${date} ${time}`) return new Date(candidate).toISOString().replace('.000Z', 'Z');
  }
  throw new Error(`${date} ${time} does not exist in London`);
}
