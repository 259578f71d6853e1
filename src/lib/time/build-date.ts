import { todayIn } from './wall-time.ts';

/**
 * The date the site is built "as of", in the hub's zone. Pages say what is past,
 * open or upcoming relative to it. `HANDBOOK_TODAY=YYYY-MM-DD` pins it, so tests
 * and reproducible builds do not depend on the clock.
 */
export function buildToday(zone: string, env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const pinned = env.HANDBOOK_TODAY?.trim();
  if (pinned) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error(`HANDBOOK_TODAY must be a date written YYYY-MM-DD, not "${pinned}".`);
    return pinned;
  }
  return todayIn(zone, now);
}
