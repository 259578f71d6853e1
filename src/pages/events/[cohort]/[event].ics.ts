import type { APIRoute, GetStaticPaths } from 'astro';
import { handbook } from '../../../data/handbook.ts';
import { buildFeed } from '../../../lib/calendar/build-feed.ts';
import type { Session } from '../../../lib/handbook/hydrate.ts';

// A one-event download for "Add to calendar". Same UID as in the feeds, so
// importing it and subscribing never give two copies.
export const getStaticPaths = (() => handbook.events.map((event) => ({ params: { cohort: event.cohortId, event: event.eventId }, props: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: Session }> = ({ props: { event } }) => {
  const body = buildFeed({
    site: handbook.site,
    uidHost: handbook.uidHost,
    name: `${handbook.site.shortName}: ${event.title}`,
    description: event.cohortTitle,
    path: event.icsPath,
    events: [event],
    alternativesOf: handbook.alternativesOf,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
