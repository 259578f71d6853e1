import type { ScheduledEvent } from '../schedule/build-schedule.ts';

/** The ways people add a feed to the calendar they already use (see shared calendar notes). */
export interface SubscribeLinks {
  /** Apple Calendar and Outlook on the desktop open `webcal://` addresses. */
  webcal: string;
  /** Google Calendar's "add by URL" screen, pre-filled; Google refuses https here, so it gets webcal. */
  google: string;
  /** Google's own "From URL" screen, for when the pre-filled link does not work. */
  googleAddByUrl: string;
  /** Outlook on the web: work or school accounts, and personal accounts. */
  outlookWork: string;
  outlookPersonal: string;
  /** The plain https address, to copy into any other app. */
  https: string;
}

export function subscribeLinks(feedUrl: string, name: string): SubscribeLinks {
  const webcal = feedUrl.replace(/^https?:\/\//, 'webcal://');
  const outlookQuery = `url=${encodeURIComponent(feedUrl)}&name=${encodeURIComponent(name)}`;
  return {
    webcal,
    google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`,
    googleAddByUrl: 'https://calendar.google.com/calendar/u/0/r/settings/addbyurl',
    outlookWork: `https://outlook.office.com/calendar/addfromweb?${outlookQuery}`,
    outlookPersonal: `https://outlook.live.com/calendar/0/addfromweb?${outlookQuery}`,
    https: feedUrl,
  };
}

/** `20261020T150000Z`: the form Google's event template wants, in UTC so no zone can shift it. */
function googleTime(isoUtc: string): string {
  return isoUtc.replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/** A Google Calendar "create event" link, pre-filled with one session. */
export function googleEventLink(event: ScheduledEvent, details: string, location: string): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${googleTime(event.startUtc)}/${googleTime(event.endUtc)}`,
    details,
    location,
    ctz: 'Europe/London',
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
