import { DateTime } from 'luxon';

/** Whether a page reviewed on `reviewed` is due for review on `today`, with a review period of `months`. */
export function reviewIsDue(reviewed: string, today: string, months: number): boolean {
  return DateTime.fromISO(reviewed, { zone: 'utc' }).plus({ months }) <= DateTime.fromISO(today, { zone: 'utc' });
}
