import type { APIRoute, GetStaticPaths } from 'astro';
import { handbook } from '../../../data/handbook.ts';
import { sessionCalendarText } from '../../../lib/calendar/calendar-files.ts';
import type { Session } from '../../../lib/handbook/hydrate.ts';

// One session's calendar file, as `astro dev` serves it. A build writes these
// with the session pages (src/integrations/publish.ts), from the same function.
export const getStaticPaths = (() =>
  import.meta.env.DEV ? handbook.events.map((event) => ({ params: { cohort: event.cohortId, event: event.eventId }, props: { event } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: Session }> = ({ props: { event } }) =>
  new Response(sessionCalendarText(event, handbook), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
