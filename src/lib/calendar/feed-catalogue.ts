import type { Role } from '../../schemas/programme.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { CohortSchedule, Schedule, ScheduledEvent } from '../schedule/build-schedule.ts';

export interface FeedDefinition {
  /** Stable address on the site; people subscribe to it, so it must never change. */
  path: string;
  name: string;
  description: string;
  events: ScheduledEvent[];
  /** Whether the facilitator recruitment dates are included. */
  recruitment: boolean;
  cohortId?: string;
  role?: Role;
}

export const roleFeedNames: Record<Role, string> = { ect: 'ECT sessions', mentor: 'mentor sessions' };

export function cohortFeedPath(cohortId: string, role?: Role): string {
  return role ? `/calendars/${cohortId}/${role}.ics` : `/calendars/${cohortId}.ics`;
}

export const allFeedPath = '/calendars/all.ics';
export const recruitmentFeedPath = '/calendars/recruitment.ics';

/** Every subscription feed the site publishes. */
export function feedCatalogue(schedule: Schedule, site: SiteConfig, hasRecruitment: boolean): FeedDefinition[] {
  const feeds: FeedDefinition[] = [
    {
      path: allFeedPath,
      name: `${site.shortName}: all programme dates`,
      description: `Every session of every cohort at ${site.name}, and facilitator recruitment dates.`,
      events: schedule.events,
      recruitment: true,
    },
  ];
  if (hasRecruitment) {
    feeds.push({ path: recruitmentFeedPath, name: `${site.shortName}: facilitator recruitment`, description: `When ${site.name} recruits facilitators, and its information sessions.`, events: [], recruitment: true });
  }
  for (const cohort of schedule.cohorts) feeds.push(...cohortFeeds(cohort, site));
  return feeds;
}

/** A cohort's feeds: the whole cohort, then one per role that has sessions. */
export function cohortFeeds(cohort: CohortSchedule, site: SiteConfig): FeedDefinition[] {
  const feeds: FeedDefinition[] = [
    { path: cohortFeedPath(cohort.id), name: `${site.shortName}: ${cohort.title}`, description: `Every session for ${cohort.title}.`, events: cohort.events, recruitment: false, cohortId: cohort.id },
  ];
  for (const role of ['ect', 'mentor'] as const) {
    const events = cohort.events.filter((event) => event.audience.includes(role));
    if (events.length === 0) continue;
    feeds.push({
      path: cohortFeedPath(cohort.id, role),
      name: `${site.shortName}: ${cohort.title} (${roleFeedNames[role]})`,
      description: `The sessions ${role === 'ect' ? 'early career teachers' : 'mentors'} attend in ${cohort.title}.`,
      events,
      recruitment: false,
      cohortId: cohort.id,
      role,
    });
  }
  return feeds;
}
