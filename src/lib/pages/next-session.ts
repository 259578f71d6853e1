import type { Handbook, Session } from '../handbook/hydrate.ts';
import { html, type SafeHtml } from '../html.ts';
import { modeLabels } from '../schedule/event-words.ts';
import { formatDateTimeRange } from '../time/govuk-date.ts';
import { abbreviations } from './session-body.ts';

export interface NextSessionOptions {
  /** Sessions in scope, earliest first. */
  sessions: readonly Session[];
  /** The build date, `YYYY-MM-DD`. */
  today: string;
  heading: string;
  glossary: Handbook['glossary'];
  /** Name each session's cohort (for lists that mix cohorts). */
  withCohort?: boolean;
  /** How many upcoming sessions the page carries for the reader's clock to choose from. */
  limit?: number;
  /** Mark the pick with data-next-session (false where a list on the page already does). */
  mark?: boolean;
}

/**
 * "Next session": the first session in scope that has not finished and goes
 * ahead. The build date picks it first; in the browser, the reader's own clock
 * picks again (src/lib/browser/next-session.ts: the page may be weeks old), and
 * a session the reader saved to "My sessions" comes first. The chosen item
 * carries data-next-session (or data-next-pick where the page has a schedule
 * that marks its own). Styles: src/styles/next-session.css.
 */
export function renderNextSession({ sessions, today, heading, glossary, withCohort = false, limit = 12, mark = true }: NextSessionOptions): SafeHtml {
  const attribute = mark ? 'next-session' : 'next-pick';
  const upcoming = sessions.filter((s) => !s.cancelled && s.date >= today).slice(0, limit);
  const items = upcoming.map(
    (session, i) =>
      html`<li data-session-end="${session.endUtc}" data-cancelled="false"${i === 0 ? html` data-${attribute}` : ''}><a href="${session.path}">${session.title}</a><span>${formatDateTimeRange(session.date, session.start, session.end)}, ${session.venue ? session.venue.name : modeLabels[session.mode].toLowerCase()}${withCohort ? `. ${session.cohortTitle}` : ''}</span></li>`,
  );
  return html`<section class="next-session" aria-labelledby="next-session-heading" data-next-panel data-pagefind-ignore="all">
<h2 id="next-session-heading">${heading}</h2>
${withCohort ? abbreviations(upcoming.map((s) => `${s.title} ${s.cohortTitle}`), glossary) : ''}<p class="saved" data-saved-next hidden></p>
<ol data-schedule="${attribute}">${items}</ol>
<p class="none" data-none${upcoming.length > 0 ? html` hidden` : ''}>No more sessions are scheduled at the moment.</p>
</section>`;
}
