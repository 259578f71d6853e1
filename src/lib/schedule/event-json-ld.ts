import { addressLines } from '../calendar/build-feed.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { markdownToText } from '../markdown.ts';
import type { Session } from '../handbook/hydrate.ts';

const attendance = {
  online: 'https://schema.org/OnlineEventAttendanceMode',
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** schema.org `Event` for one session, as JSON safe to put inside a `<script>` element. */
export function renderEventJsonLd(event: Session, site: SiteConfig): string {
  const url = new URL(event.path, site.url).href;
  const place = event.venue && {
    '@type': 'Place',
    name: event.venue.name,
    address: { '@type': 'PostalAddress', streetAddress: addressLines(event.venue).join(', '), postalCode: event.venue.postcode, addressCountry: 'GB' },
  };
  const virtual = { '@type': 'VirtualLocation', url };
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: markdownToText(event.description) || `${event.cohortTitle}, ${event.yearName}.`,
    // Local time with its UTC offset, as schema.org recommends.
    startDate: event.startLocal,
    endDate: event.endLocal,
    eventStatus: event.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: attendance[event.mode],
    location: event.mode === 'online' ? virtual : event.mode === 'hybrid' && place ? [place, virtual] : (place ?? virtual),
    organizer: { '@type': 'Organization', name: site.name, url: site.url },
    isAccessibleForFree: true,
    url,
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
