import type { Handbook, Session } from '../handbook/hydrate.ts';
import { html, type SafeHtml } from '../html.ts';
import { typeLabel } from '../schedule/describe-counts.ts';
import { audienceShort, modeLabels } from '../schedule/event-words.ts';
import { savedForm } from '../schedule/saved-form.ts';
import { formatDate, formatDateWithDay, formatTimeRange } from '../time/govuk-date.ts';

/**
 * The "my sessions" toggle: a button (aria-pressed) whose name always contains
 * "my sessions", shown once the script runs, since without JavaScript nothing
 * could be saved. `describe` names the session too, for lists of them.
 */
export function mySessionsToggle(session: Session, describe: boolean): SafeHtml {
  const saved = savedForm(session);
  return html`<button type="button" class="my-sessions-toggle" data-my-session="${JSON.stringify(saved)}" aria-pressed="false" hidden><span class="off">Add to my sessions</span><span class="on">Added to my sessions</span>${describe ? html`<span class="sr-only"> (${session.title}, ${saved.when})</span>` : ''}</button>`;
}

/**
 * A cohort's sessions as a list of cards: date beside the details on a wide
 * screen, stacked on a phone, so nothing is ever off-screen. Past sessions look
 * past and the next one carries data-next-session, first by the build date,
 * then by the reader's own clock (the page wraps its lists in [data-schedule]).
 * Each card says when, what, where and who, and whether the session has other dates.
 */
export function renderSessionList(sessions: readonly Session[], alternativesOf: Handbook['alternativesOf'], nextKey: string | undefined, label: string): SafeHtml {
  const cards = sessions.map((session) => {
    const others = alternativesOf(session);
    const isNext = session.key === nextKey;
    const where = session.venue ? `${modeLabels[session.mode]}: ${session.venue.name}` : modeLabels[session.mode];
    const also =
      others.length > 0
        ? html`<span class="meta">${session.repeatOf ? 'Alternative date. Also on' : 'Also on'} ${others.map((other, i) => html`${i > 0 ? ', ' : ''}<a href="${other.path}">${formatDate(other.date)}</a>${other.cancelled ? ' (cancelled)' : ''}`)}</span>`
        : '';
    return html`<li class="session${session.cancelled ? ' cancelled' : ''}${session.past ? ' is-past' : ''}" data-session-key="${session.key}" data-session-end="${session.endUtc}" data-cancelled="${String(session.cancelled)}"${isNext ? html` data-next-session` : ''}>
<div class="when"><time datetime="${session.startUtc}">${formatDateWithDay(session.date)}</time><span>${formatTimeRange(session.start, session.end)}</span></div>
<div class="what"><span class="tags"><strong class="tag tag--next" data-next-label${isNext ? '' : html` hidden`}>Next</strong>${session.cancelled ? html`<strong class="tag tag--cancelled">Cancelled</strong>` : ''}<strong class="tag tag--past" data-past-tag${!session.past || session.cancelled ? html` hidden` : ''}>Past</strong></span><a href="${session.path}">${session.title}</a><span class="meta">${typeLabel(session.type)} · ${session.yearName} · ${where} · ${audienceShort(session.audience)}</span>${also}<span class="save">${mySessionsToggle(session, true)}</span></div>
</li>`;
  });
  return html`<ol class="session-list" aria-label="${label}">${cards}</ol>`;
}
