import type { APIRoute, GetStaticPaths } from 'astro';
import { handbook } from '../../data/handbook.ts';
import { buildFeed } from '../../lib/calendar/build-feed.ts';
import type { FeedDefinition } from '../../lib/handbook/model.ts';

export const getStaticPaths = (() =>
  handbook.feeds.map((feed) => ({ params: { feed: feed.path.replace(/^\/calendars\//, '').replace(/\.ics$/, '') }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FeedDefinition }> = ({ props: { feed } }) => {
  const body = buildFeed({
    site: handbook.site,
    uidHost: handbook.uidHost,
    name: feed.name,
    description: feed.description,
    path: feed.path,
    events: handbook.feedEvents(feed),
    withCohort: feed.scope.kind === 'all',
    recruitment: feed.scope.kind === 'all' || feed.scope.kind === 'recruitment' ? handbook.recruitment : [],
    venues: handbook.venues,
    alternativesOf: handbook.alternativesOf,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
