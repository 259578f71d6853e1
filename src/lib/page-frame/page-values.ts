import type { CohortView, Handbook, Session } from '../handbook/hydrate.ts';
import { cohortPagePath, renderCohortBody } from '../pages/cohort-page.ts';
import { renderSessionBody } from '../pages/session-body.ts';
import { typeLabel } from '../schedule/describe-counts.ts';
import { renderEventJsonLd } from '../schedule/event-json-ld.ts';
import { formatDateTimeRange } from '../time/govuk-date.ts';
import type { ShellValues } from './shell.ts';

/** Everything that differs from one session page to the next; the rest is the shared frame. */
export function sessionPageValues(session: Session, handbook: Handbook): ShellValues {
  const when = `${formatDateTimeRange(session.date, session.start, session.end)} (UK time)`;
  return {
    title: session.title,
    description: `${typeLabel(session.type)} for ${session.cohortTitle}: ${when}.`,
    jsonLd: renderEventJsonLd(session, handbook.site),
    body: renderSessionBody(session, handbook).value,
    url: new URL(session.path, handbook.site.url).href,
  };
}

/** Everything that differs from one cohort page to the next, apart from its table of contents (its frame's). */
export function cohortPageValues(cohort: CohortView, handbook: Handbook): ShellValues {
  return {
    title: cohort.title,
    description: `Dates, commitments and calendar feeds for ${cohort.title}.`,
    body: renderCohortBody(cohort, handbook).value,
    url: new URL(cohortPagePath(cohort.id), handbook.site.url).href,
  };
}
