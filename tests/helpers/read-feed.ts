import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  status: string | null;
  sequence: number;
  startUtc: string;
  endUtc: string;
  allDay: boolean;
  tzid: string | null;
  location: string | null;
  description: string | null;
  url: string | null;
  dtstamp: string;
}

export interface ParsedFeed {
  name: string | null;
  events: ParsedEvent[];
  /** TZIDs used by a DTSTART or DTEND without a VTIMEZONE in the file. */
  missingTimezones: string[];
  properties: string[];
}

/**
 * Parses a feed with ical.js (Mozilla's parser, independent of the library that
 * wrote it) and reads each event's times back as UTC using only the VTIMEZONE
 * blocks inside the file.
 */
export function readFeed(text: string): ParsedFeed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = new Map<string, ICAL.Timezone>();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(vtimezone);
    zones.set(zone.tzid, zone);
  }
  const missing = new Set<string>();
  const toUtc = (prop: ICAL.Property | null): { iso: string; allDay: boolean; tzid: string | null } => {
    if (!prop) throw new Error('event without the time property');
    const tzid = (prop.getParameter('tzid') as string | undefined) ?? null;
    const time = prop.getFirstValue() as ICAL.Time;
    if (time.isDate) return { iso: time.toString(), allDay: true, tzid };
    if (tzid) {
      const zone = zones.get(tzid);
      if (!zone) {
        missing.add(tzid);
        return { iso: '', allDay: false, tzid };
      }
      time.zone = zone;
    }
    return { iso: time.toJSDate().toISOString().replace('.000Z', 'Z'), allDay: false, tzid };
  };
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const start = toUtc(vevent.getFirstProperty('dtstart'));
    const end = toUtc(vevent.getFirstProperty('dtend'));
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      summary: String(vevent.getFirstPropertyValue('summary')),
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
      sequence: Number(vevent.getFirstPropertyValue('sequence') ?? 0),
      startUtc: start.iso,
      endUtc: end.iso,
      allDay: start.allDay,
      tzid: start.tzid,
      location: (vevent.getFirstPropertyValue('location') as string | null) ?? null,
      description: (vevent.getFirstPropertyValue('description') as string | null) ?? null,
      url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
      dtstamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toICALString(),
    };
  });
  return {
    name: (calendar.getFirstPropertyValue('name') as string | null) ?? null,
    events,
    missingTimezones: [...missing],
    properties: calendar.getAllProperties().map((p) => p.name),
  };
}
