import type { CohortEvent } from '../../schemas/cohort.ts';
import type { Venue } from '../../schemas/venue.ts';
import type { HandbookContent } from '../content/load-content.ts';
import { digestOf, type PublishedItem } from './publication-lock.ts';

export function eventKey(cohortId: string, eventId: string): string {
  return `cohorts/${cohortId}/${eventId}`;
}

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

export function eventMaterial(event: CohortEvent, venue: Venue | undefined): string {
  return `${event.date} ${event.start}-${event.end} ${event.mode} ${placeOf(event.mode, event.venue, venue)} ${event.status}`;
}

/** Everything a hub publishes in calendar feeds, with the state that decides SEQUENCE. */
export function publishedItems(content: HandbookContent): PublishedItem[] {
  const items: PublishedItem[] = [];
  for (const [cohortId, cohort] of Object.entries(content.cohorts)) {
    if (cohort.draft) continue;
    for (const event of cohort.events) {
      const venue = event.venue ? content.venues[event.venue] : undefined;
      items.push({ key: eventKey(cohortId, event.id), material: eventMaterial(event, venue), shown: { event, venue: event.mode === 'online' ? null : venue, cohort: cohort.title, contact: cohort.contact } });
    }
  }
  for (const [windowId, window] of Object.entries(content.recruitment)) {
    const { informationSessions, ...details } = window;
    items.push({ key: recruitmentKeys.opens(windowId), material: window.opens, shown: details });
    items.push({ key: recruitmentKeys.closes(windowId), material: `${window.closes} ${window.closesAt}`, shown: details });
    for (const session of informationSessions) {
      const venue = session.venue ? content.venues[session.venue] : undefined;
      items.push({
        key: recruitmentKeys.session(windowId, session.id),
        material: `${session.date} ${session.start}-${session.end} ${session.mode} ${placeOf(session.mode, session.venue, venue)} scheduled`,
        shown: { session, venue: session.mode === 'online' ? null : venue },
      });
    }
  }
  return items;
}
