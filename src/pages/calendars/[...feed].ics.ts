import type { APIRoute, GetStaticPaths } from 'astro';
import { handbook } from '../../data/handbook.ts';
import { feedText } from '../../lib/calendar/calendar-files.ts';
import type { FeedDefinition } from '../../lib/handbook/model.ts';

// Feeds as `astro dev` serves them. A build writes them in one pass with the
// session pages (src/integrations/publish.ts), from the same function.
export const getStaticPaths = (() =>
  import.meta.env.DEV ? handbook.feeds.map((feed) => ({ params: { feed: feed.path.replace(/^\/calendars\//, '').replace(/\.ics$/, '') }, props: { feed } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FeedDefinition }> = ({ props: { feed } }) =>
  new Response(feedText(feed, handbook), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
