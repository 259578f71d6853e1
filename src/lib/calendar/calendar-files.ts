import type { Handbook, Session } from '../handbook/hydrate.ts';
import type { FeedDefinition } from '../handbook/model.ts';
import { buildFeed } from './build-feed.ts';

/** A subscription feed: its sessions, and the recruitment dates where the feed carries them. */
export function feedText(feed: FeedDefinition, handbook: Handbook): string {
  return buildFeed({
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
}

/** A one-session download for "Add to calendar": the same UID as in the feeds, so importing and subscribing never give two copies. */
export function sessionCalendarText(session: Session, handbook: Handbook): string {
  return buildFeed({
    site: handbook.site,
    uidHost: handbook.uidHost,
    name: `${handbook.site.shortName}: ${session.title}`,
    description: session.cohortTitle,
    path: session.icsPath,
    events: [session],
    alternativesOf: handbook.alternativesOf,
  });
}

/** Every calendar file the site publishes, as path and text: the feeds, then one file per session. */
export function* calendarFiles(handbook: Handbook): Generator<{ path: string; text: string }> {
  for (const feed of handbook.feeds) yield { path: feed.path, text: feedText(feed, handbook) };
  for (const session of handbook.events) yield { path: session.icsPath, text: sessionCalendarText(session, handbook) };
}
