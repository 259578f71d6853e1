import { glossaryAnchor } from '../glossary-anchor.ts';
import type { HandbookContent } from '../content/load-content.ts';
import type { PublicationLock } from '../calendar/publication-lock.ts';
import { recruitmentKeys } from '../calendar/published-items.ts';
import { feedCatalogue } from '../calendar/feed-catalogue.ts';
import { buildSchedule } from '../schedule/build-schedule.ts';
import type { HandbookModel, RecruitmentModel, Stamp } from './model.ts';

const unpublished: Stamp = { sequence: 0, modified: '1970-01-01T00:00:00Z' };

/**
 * Works out everything the site publishes from checked content and the
 * publication lock this build writes: the schedule, recruitment windows with
 * their calendar stamps, the glossary, the feeds and the history of changes.
 */
export function buildModel(content: HandbookContent, lock: PublicationLock, today: string): HandbookModel {
  const stamp = (key: string): Stamp => {
    const entry = lock.items[key];
    return entry ? { sequence: entry.sequence, modified: entry.modified } : unpublished;
  };
  const uidHost = lock.uidHost ?? new URL(content.site.url).host;
  const schedule = buildSchedule({ uidHost, programmes: content.programmes, cohorts: content.cohorts, venues: content.venues, lock: lock.items, today });
  const recruitment: RecruitmentModel[] = Object.entries(content.recruitment)
    .map(([id, window]) => ({
      id,
      ...window,
      stamps: {
        opens: stamp(recruitmentKeys.opens(id)),
        closes: stamp(recruitmentKeys.closes(id)),
        sessions: Object.fromEntries(window.informationSessions.map((s) => [s.id, stamp(recruitmentKeys.session(id, s.id))])),
      },
    }))
    .sort((a, b) => a.opens.localeCompare(b.opens) || a.id.localeCompare(b.id));
  const glossary = content.glossary
    .map((term) => ({ ...term, anchor: glossaryAnchor(term.term) }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
  const published = new Set(schedule.events.map((e) => e.key));
  // The whole history: /changes/ makes one line of the sessions added to a cohort
  // on one day, so a big hub's page stays short; the Atom feed keeps the newest.
  const changes = lock.history
    .filter((entry) => published.has(entry.key) || entry.key.startsWith('recruitment/'))
    .map((entry) => ({ ...entry }))
    .reverse();
  return {
    site: content.site,
    today,
    uidHost,
    programmes: content.programmes,
    venues: Object.fromEntries(Object.entries(content.venues).map(([id, venue]) => [id, { id, ...venue }])),
    schedule,
    recruitment,
    glossary,
    feeds: feedCatalogue(schedule, content.site, recruitment.length > 0),
    changes,
    sources: content.sources,
  };
}
