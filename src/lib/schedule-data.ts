import site from 'virtual:handbook/site';
import { getCohorts, getProgrammes, getPublicationLock, getVenues } from './handbook-data.ts';
import { buildSchedule, type Schedule } from './schedule/build-schedule.ts';
import { buildToday } from './time/build-date.ts';

let cached: Promise<Schedule> | undefined;

async function load(): Promise<Schedule> {
  return buildSchedule({
    site,
    programmes: await getProgrammes(),
    venues: await getVenues(),
    cohorts: await getCohorts(),
    lock: await getPublicationLock(),
    today: buildToday(site.timeZone),
  });
}

/**
 * The schedule, built once per build and shared by every page and feed. In
 * `astro dev` it is rebuilt on each request so edits to content/ show at once.
 */
export function getSchedule(): Promise<Schedule> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
