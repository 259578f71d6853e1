import ical, { escape, foldLines, ICalEventStatus, ICalEventTransparency, type ICalCalendar, type ICalEventData } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Role } from '../../schemas/programme.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { Venue } from '../../schemas/venue.ts';
import type { Session } from '../handbook/hydrate.ts';
import type { RecruitmentModel } from '../handbook/model.ts';
import { markdownToText } from '../markdown.ts';
import { typeLabel } from '../schedule/describe-counts.ts';
import { formatDateTimeRange, formatDateWithDay, formatTime } from '../time/govuk-date.ts';
import { recruitmentKeys } from './published-items.ts';
import { icsText } from './ics-text.ts';
import { ukZone } from '../time/uk-zone.ts';

/** How often clients are asked to refresh a subscribed feed (a hint; Google ignores it). */
export const refreshHours = 6;

export interface FeedOptions {
  site: SiteConfig;
  /** Calendar name shown in people's calendar apps. */
  name: string;
  description: string;
  /** Path of the feed on the site, for the calendar's URL property. */
  path: string;
  events: readonly Session[];
  recruitment?: readonly RecruitmentModel[];
  /** Venues by id, for recruitment information sessions. */
  venues?: Record<string, Venue>;
  /** Name each session's cohort in its description (for feeds that mix cohorts). */
  withCohort?: boolean;
  /** Another session's other dates, to name a cancelled session's alternative. */
  alternativesOf?: (session: Session) => readonly Session[];
}

const roleWords: Record<Role, string> = { ect: 'ECTs', mentor: 'mentors' };

function absolute(site: SiteConfig, path: string): string {
  return new URL(path, site.url).href;
}

function utc(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: 'utc' });
}

/** A wall time as a zone-aware value, so ical-generator writes it as-is with TZID, whatever the build machine's TZ. */
function wall(date: string, time: string, zone: string): DateTime {
  return DateTime.fromISO(`${date}T${time}`, { zone });
}

// A session appears in several feeds (its cohort, its roles, all.ics, its own file):
// work out its zone-aware times once. Luxon's zone arithmetic is the costly part.
const eventTimes = new WeakMap<Session, { start: DateTime; end: DateTime; stamp: DateTime }>();
function timesOf(event: Session, zone: string) {
  let times = eventTimes.get(event);
  if (!times) {
    times = { start: wall(event.date, event.start, zone), end: wall(event.date, event.end, zone), stamp: utc(event.modified) };
    eventTimes.set(event, times);
  }
  return times;
}

// The VTIMEZONE block for a zone never changes within a build.
const timezoneBlocks = new Map<string, string | null>();
function timezoneBlock(zone: string): string | null {
  if (!timezoneBlocks.has(zone)) timezoneBlocks.set(zone, tzlib_get_ical_block(zone)[0] ?? null);
  return timezoneBlocks.get(zone)!;
}

/** The address lines that follow the venue's name: editors often repeat the name as the first line. */
export function addressLines(venue: Venue): string[] {
  const name = venue.name.trim().toLowerCase();
  return venue.address.filter((line) => line.trim().toLowerCase() !== name);
}

/** "Hub Centre, 12 Mill Lane, Anytown, AN1 2AB": the venue on one line, its name once. */
export function venueLine(venue: Venue): string {
  return [venue.name, ...addressLines(venue), venue.postcode].join(', ');
}

function newCalendar(options: Pick<FeedOptions, 'site' | 'name' | 'description' | 'path'>): ICalCalendar {
  const calendar = ical({
    // ical-generator writes NAME, X-WR-CALNAME and X-WR-CALDESC as given: escape them here (RFC 5545 3.3.11).
    name: escape(icsText(options.name), false),
    description: escape(icsText(options.description), false),
    url: absolute(options.site, options.path),
    prodId: { company: new URL(options.site.url).host, product: 'participant-handbook', language: 'EN' },
    ttl: refreshHours * 60 * 60,
  });
  // Attaches a VTIMEZONE for each TZID used. A calendar-level zone name would drop the Z from DTSTAMP.
  calendar.timezone({ name: null, generator: timezoneBlock });
  return calendar;
}

function eventDescription(event: Session, options: FeedOptions): string {
  // Short on purpose: LOCATION carries the address and the page carries the rest,
  // and a subscription feed is downloaded again at every refresh.
  const lines: string[] = [];
  if (event.cancelled) {
    lines.push(`Cancelled.${event.note ? ` ${event.note}` : ''}`);
    const alternatives = (options.alternativesOf?.(event) ?? []).filter((e) => !e.cancelled);
    for (const alternative of alternatives) lines.push(`Alternative date: ${formatDateTimeRange(alternative.date, alternative.start, alternative.end)}.`);
  } else if (event.note) {
    lines.push(event.note);
  }
  // A cohort's own feed is named after the cohort; only the all-cohorts feed repeats it per session.
  lines.push(`${options.withCohort ? `${event.cohortTitle}, ` : ''}${event.yearName}. For ${event.audience.map((r) => roleWords[r]).join(' and ')}.`);
  if (event.description) lines.push(markdownToText(event.description));
  if (event.preWork) lines.push(`Before the session: ${markdownToText(event.preWork)}`);
  // The page's address goes here rather than in URL: Google and Outlook ignore URL
  // but show the description, with the address as a link.
  lines.push(`Details: ${absolute(options.site, event.path)}`);
  return icsText(lines.join('\n'));
}

function sessionEventData(event: Session, options: FeedOptions): ICalEventData {
  const zone = ukZone;
  const times = timesOf(event, zone);
  return {
    id: event.uid,
    sequence: event.sequence,
    // DTSTAMP is when the session last changed (from the lock): LAST-MODIFIED would repeat it.
    stamp: times.stamp,
    start: times.start,
    end: times.end,
    timezone: zone,
    summary: icsText(`${event.cancelled ? 'Cancelled: ' : ''}${typeLabel(event.type)}: ${event.title}`),
    description: eventDescription(event, options),
    // Joining links are never published: the location says how the link arrives.
    location: icsText(event.venue ? venueLine(event.venue) + (event.mode === 'hybrid' ? ' (or online: link sent by email)' : '') : 'Online: link sent by email'),
    // Only a cancellation is stated: a session with no STATUS goes ahead.
    ...(event.cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
  };
}

// A session's VEVENT is the same text in every file that holds it (its cohort's
// feed, its role's, all.ics, its own file), so it is written once per kind of
// feed (with or without the cohort's name) and reused.
const eventTexts = new WeakMap<Session, { site: SiteConfig; texts: Map<boolean, string> }>();
function sessionEventText(event: Session, options: FeedOptions): string {
  let cached = eventTexts.get(event);
  if (!cached || cached.site !== options.site) {
    cached = { site: options.site, texts: new Map() };
    eventTexts.set(event, cached);
  }
  const withCohort = options.withCohort ?? false;
  let text = cached.texts.get(withCohort);
  if (text === undefined) {
    text = foldLines(ical().createEvent(sessionEventData(event, options)).toString());
    cached.texts.set(withCohort, text);
  }
  return text;
}

function nextDay(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days: 1 }).toISODate()!;
}

function addRecruitment(calendar: ICalCalendar, window: RecruitmentModel, options: FeedOptions, host: string): void {
  const { id, stamps } = window;
  const site = options.site;
  const url = absolute(site, window.page);
  const closing = `${formatDateWithDay(window.closes)} at ${formatTime(window.closesAt)} (UK time)`;
  const howToApply = [markdownToText(window.apply.instructions), window.apply.url && `Apply: ${window.apply.url}`, window.apply.email && `Email: ${window.apply.email}`].filter(Boolean).join('\n');
  const days = [
    [recruitmentKeys.opens(id), window.opens, `Applications open: ${window.title}`, stamps.opens],
    [recruitmentKeys.closes(id), window.closes, `Closing date: ${window.title}`, stamps.closes],
  ] as const;
  for (const [key, date, summary, stamp] of days) {
    calendar.createEvent({
      id: `${key}@${host}`,
      sequence: stamp.sequence,
      stamp: utc(stamp.modified),
      allDay: true,
      start: DateTime.fromISO(date, { zone: 'utc' }),
      end: DateTime.fromISO(nextDay(date), { zone: 'utc' }),
      summary: icsText(summary),
      description: icsText(`Applications close on ${closing}.\n\n${howToApply}\n\nDetails: ${url}`),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  for (const session of window.informationSessions) {
    const key = recruitmentKeys.session(id, session.id);
    const venue = session.venue ? options.venues?.[session.venue] : undefined;
    const stamp = stamps.sessions[session.id] ?? { sequence: 0, modified: '1970-01-01T00:00:00Z' };
    calendar.createEvent({
      id: `${key}@${host}`,
      sequence: stamp.sequence,
      stamp: utc(stamp.modified),
      start: wall(session.date, session.start, ukZone),
      end: wall(session.date, session.end, ukZone),
      timezone: ukZone,
      summary: icsText(session.title),
      description: icsText([window.title, session.description ? markdownToText(session.description) : '', session.mode === 'online' ? 'Online. Joining details are sent to everyone who books.' : '', `Details: ${url}`].filter(Boolean).join('\n\n')),
      location: icsText(session.mode !== 'online' && venue ? venueLine(venue) : 'Online'),
    });
  }
}

const sessionsMarker = 'X-HANDBOOK-SESSIONS';

/**
 * One iCalendar feed. Times are written as Europe/London wall times with a
 * VTIMEZONE; UIDs, SEQUENCE and DTSTAMP come from content and the
 * publication lock, so two builds of the same content give the same bytes.
 */
export function buildFeed(options: FeedOptions & { uidHost: string }): string {
  const calendar = newCalendar(options);
  for (const window of options.recruitment ?? []) addRecruitment(calendar, window, options, options.uidHost);
  // ical-generator writes the calendar around a marker where the sessions' VEVENTs, each written once, go.
  calendar.x(sessionsMarker, '');
  const [head, tail] = calendar.toString().split(`${sessionsMarker}:\r\n`) as [string, string];
  const parts = [head];
  if (options.events.length > 0 && !head.includes('BEGIN:VTIMEZONE')) parts.push(`${timezoneBlock(ukZone)!.replace(/\r?\n/g, '\r\n').trim()}\r\n`);
  for (const event of options.events) parts.push(sessionEventText(event, options));
  // RFC 5545 3.1: every content line ends in CRLF, the last one too.
  parts.push(tail, '\r\n');
  return parts.join('');
}
