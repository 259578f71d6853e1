import type { APIRoute, GetStaticPaths } from 'astro';
import site from 'virtual:handbook/site';
import { buildFeed } from '../../../lib/calendar/build-feed.ts';
import type { ScheduledEvent } from '../../../lib/schedule/build-schedule.ts';
import { getSchedule } from '../../../lib/schedule-data.ts';

// A one-event download for "Add to calendar". Same UID as in the feeds, so
// importing it and subscribing never give two copies.
export const getStaticPaths = (async () => {
  const schedule = await getSchedule();
  return schedule.events.map((event) => ({ params: { cohort: event.cohortId, event: event.eventId }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: ScheduledEvent }> = async ({ props }) => {
  const schedule = await getSchedule();
  const { event } = props;
  const body = buildFeed({
    site,
    name: `${site.shortName}: ${event.title}`,
    description: event.cohortTitle,
    path: event.icsPath,
    events: [event],
    lookup: (key) => schedule.byKey.get(key),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
