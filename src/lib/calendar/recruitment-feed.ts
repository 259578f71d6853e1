import { getPublicationLock, getRecruitmentWindows, getVenues } from '../handbook-data.ts';
import type { RecruitmentFeedWindow } from './build-feed.ts';

/** Recruitment windows with what a feed needs to publish them (venues, sequence numbers). */
export async function recruitmentFeedWindows(): Promise<RecruitmentFeedWindow[]> {
  const [windows, venues, lock] = await Promise.all([getRecruitmentWindows(), getVenues(), getPublicationLock()]);
  return windows.map(({ id, ...window }) => ({ id, window, venues, lock }));
}
