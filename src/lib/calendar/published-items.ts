import type { Venue } from '../../schemas/venue.ts';
import type { HandbookContent } from '../content/load-content.ts';
import { eventKey } from '../schedule/build-schedule.ts';
import { digestOf, type Material, type PublishedItem } from './publication-lock.ts';

/** Keys for a recruitment window's opening day, closing day, and information sessions. */
export const recruitmentKeys = {
  opens: (windowId: string) => `recruitment/${windowId}/opens`,
  closes: (windowId: string) => `recruitment/${windowId}/closes`,
  session: (windowId: string, sessionId: string) => `recruitment/${windowId}/sessions/${sessionId}`,
};

/** Where a session happens, as far as a calendar is concerned: the venue and its address. */
function placeOf(mode: string, venueId: string | undefined, venue: Venue | undefined): string {
  if (mode === 'online' || !venueId) return '-';
  return `${venueId}#${digestOf(venue ?? null).slice(0, 8)}`;
}

interface Timed {
  date: string;
  start: string;
  end: string;
  mode: string;
  venue?: string;
}

function materialOf(item: Timed, venues: Record<string, Venue>, status: string): Material {
  const venue = item.venue ? venues[item.venue] : undefined;
  return { date: item.date, start: item.start, end: item.end, mode: item.mode, place: placeOf(item.mode, item.venue, venue), status };
}

/** An all-day recruitment date: no time, no place. */
function dayMaterial(date: string, time = '00:00'): Material {
  return { date, start: time, end: time, mode: 'day', place: '-', status: 'scheduled' };
}

/** Everything a hub publishes in calendar feeds, with the state that decides SEQUENCE. Draft cohorts are not published. */
export function publishedItems(content: HandbookContent): PublishedItem[] {
  const items: PublishedItem[] = [];
  for (const [cohortId, cohort] of Object.entries(content.cohorts)) {
    if (cohort.draft) continue;
    for (const event of cohort.events) {
      const venue = event.venue ? content.venues[event.venue] : undefined;
      items.push({
        key: eventKey(cohortId, event.id),
        material: materialOf(event, content.venues, event.status),
        shown: { event, venue: event.mode === 'online' ? null : venue, cohort: cohort.title, contact: cohort.contact },
      });
    }
  }
  for (const [windowId, window] of Object.entries(content.recruitment)) {
    const { informationSessions, ...details } = window;
    items.push({ key: recruitmentKeys.opens(windowId), material: dayMaterial(window.opens), shown: details });
    items.push({ key: recruitmentKeys.closes(windowId), material: dayMaterial(window.closes, window.closesAt), shown: details });
    for (const session of informationSessions) {
      const venue = session.venue ? content.venues[session.venue] : undefined;
      items.push({ key: recruitmentKeys.session(windowId, session.id), material: materialOf(session, content.venues, 'scheduled'), shown: { session, venue: session.mode === 'online' ? null : venue } });
    }
  }
  return items;
}
