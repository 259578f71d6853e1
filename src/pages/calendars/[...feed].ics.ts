import type { APIRoute, GetStaticPaths } from 'astro';
import site from 'virtual:handbook/site';
import { buildFeed } from '../../lib/calendar/build-feed.ts';
import { feedCatalogue, type FeedDefinition } from '../../lib/calendar/feed-catalogue.ts';
import { recruitmentFeedWindows } from '../../lib/calendar/recruitment-feed.ts';
import { getSchedule } from '../../lib/schedule-data.ts';

export const getStaticPaths = (async () => {
  const schedule = await getSchedule();
  const recruitment = await recruitmentFeedWindows();
  return feedCatalogue(schedule, site, recruitment.length > 0).map((feed) => ({
    params: { feed: feed.path.replace(/^\/calendars\//, '').replace(/\.ics$/, '') },
    props: { feed },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FeedDefinition }> = async ({ props }) => {
  const schedule = await getSchedule();
  const body = buildFeed({
    site,
    name: props.feed.name,
    description: props.feed.description,
    path: props.feed.path,
    events: props.feed.events,
    withCohort: !props.feed.cohortId,
    recruitment: props.feed.recruitment ? await recruitmentFeedWindows() : [],
    lookup: (key) => schedule.byKey.get(key),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
