import type { CohortView, Handbook, Session } from '../handbook/hydrate.ts';
import { searchFilterText } from '../html.ts';
import { markdownToText } from '../markdown.ts';
import { searchTitle } from '../pages/session-body.ts';
import { cohortPagePath, cohortRoles, programmeLine } from '../pages/cohort-page.ts';
import { describeCounts, typeLabel } from '../schedule/describe-counts.ts';
import { groupByTerm } from '../schedule/term-hours.ts';
import { audienceWords, modeLabels, roleLabels, schoolPhaseLabels } from '../schedule/event-words.ts';
import { formatDateTimeRange } from '../time/govuk-date.ts';

/** What the search index holds for a session or a cohort page: its words, a title that tells it apart from repeats, and its filters. */
export interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * A session as a search record, made from the session itself rather than by
 * reading its page back: the same words a reader sees (title, type, cohort,
 * when, where, who, what it covers), so search finds it as it would the page.
 */
export function sessionSearchRecord(session: Session, handbook: Handbook): SearchRecord {
  const cohort = handbook.cohort(session.cohortId);
  const where = session.venue ? `${modeLabels[session.mode]}: ${session.venue.name}` : modeLabels[session.mode];
  const words = [
    session.title,
    `${typeLabel(session.type)} for ${session.cohortTitle}, ${session.yearName}.`,
    session.cancelled ? `Cancelled. ${session.note ?? ''}` : (session.note ?? ''),
    `${formatDateTimeRange(session.date, session.start, session.end)} (UK time). ${where}. ${audienceWords(session.audience)}.`,
    markdownToText(session.description),
    session.preWork ? `Before the session: ${markdownToText(session.preWork)}` : '',
  ];
  return {
    url: session.path,
    content: words.filter(Boolean).join('\n'),
    meta: { title: searchTitle(session) },
    filters: {
      Cohort: [searchFilterText(session.cohortTitle)],
      For: session.audience.map((role) => roleLabels[role]),
      ...(cohort ? { Phase: [schoolPhaseLabels[cohort.phase]] } : {}),
      Type: [typeLabel(session.type)],
    },
  };
}

/**
 * A cohort's page as a search record: its title, programme, who it is for,
 * what each person attends and the titles of its sessions by term (the
 * sessions' own records carry their dates and details).
 */
export function cohortSearchRecord(cohort: CohortView): SearchRecord {
  const roles = cohortRoles(cohort);
  const words = [
    cohort.title,
    `Dates, commitments and calendar feeds. ${programmeLine(cohort)}.`,
    markdownToText(cohort.description),
    ...roles.map((role) => `${roleLabels[role]}: the programme asks you to attend ${describeCounts(cohort.programme.commitments[role])}.`),
    ...groupByTerm(cohort.events).map((term) => `${term.name}: ${[...new Set(term.sessions.map((s) => s.title))].join('; ')}.`),
  ];
  return {
    url: cohortPagePath(cohort.id),
    content: words.filter(Boolean).join('\n'),
    meta: { title: cohort.title },
    filters: {
      Cohort: [searchFilterText(cohort.title)],
      For: roles.map((role) => roleLabels[role]),
      Phase: [schoolPhaseLabels[cohort.phase]],
    },
  };
}
