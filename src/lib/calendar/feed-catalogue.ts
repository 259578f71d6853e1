import type { Role } from '../../schemas/programme.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { FeedDefinition } from '../handbook/model.ts';
import type { CohortModel, ScheduleModel } from '../schedule/build-schedule.ts';

export const roleFeedNames: Record<Role, string> = { ect: 'ECT sessions', mentor: 'mentor sessions' };

export function cohortFeedPath(cohortId: string, role?: Role): string {
  return role ? `/calendars/${cohortId}/${role}.ics` : `/calendars/${cohortId}.ics`;
}

export const allFeedPath = '/calendars/all.ics';
export const recruitmentFeedPath = '/calendars/recruitment.ics';

/** Every subscription feed the site publishes. */
export function feedCatalogue(schedule: ScheduleModel, site: SiteConfig, hasRecruitment: boolean): FeedDefinition[] {
  const feeds: FeedDefinition[] = [
    {
      path: allFeedPath,
      name: `${site.shortName}: all programme dates`,
      description: `Every session of every cohort at ${site.name}${hasRecruitment ? ', and facilitator recruitment dates' : ''}.`,
      scope: { kind: 'all' },
    },
  ];
  if (hasRecruitment) {
    feeds.push({ path: recruitmentFeedPath, name: `${site.shortName}: facilitator recruitment`, description: `When ${site.name} recruits facilitators, and its information sessions.`, scope: { kind: 'recruitment' } });
  }
  const byKey = new Map(schedule.events.map((e) => [e.key, e]));
  for (const cohort of schedule.cohorts) feeds.push(...cohortFeeds(cohort, site, (key) => byKey.get(key)?.audience ?? []));
  return feeds;
}

/** A cohort's feeds: the whole cohort, then one per role that has sessions. */
export function cohortFeeds(cohort: CohortModel, site: SiteConfig, audienceOf: (key: string) => readonly Role[]): FeedDefinition[] {
  const feeds: FeedDefinition[] = [
    { path: cohortFeedPath(cohort.id), name: `${site.shortName}: ${cohort.title}`, description: `Every session for ${cohort.title}.`, scope: { kind: 'cohort', cohortId: cohort.id } },
  ];
  for (const role of ['ect', 'mentor'] as const) {
    if (!cohort.eventKeys.some((key) => audienceOf(key).includes(role))) continue;
    feeds.push({
      path: cohortFeedPath(cohort.id, role),
      name: `${site.shortName}: ${cohort.title} (${roleFeedNames[role]})`,
      description: `The sessions ${role === 'ect' ? 'early career teachers' : 'mentors'} attend in ${cohort.title}.`,
      scope: { kind: 'cohort', cohortId: cohort.id, role },
    });
  }
  return feeds;
}
