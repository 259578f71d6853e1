import { addressLines, venueLine } from '../calendar/build-feed.ts';
import { cohortFeedPath } from '../calendar/feed-catalogue.ts';
import { googleEventLink } from '../calendar/subscribe-links.ts';
import type { Handbook, Session } from '../handbook/hydrate.ts';
import { html, trusted, type SafeHtml } from '../html.ts';
import { renderMarkdown } from '../markdown.ts';
import { describeChange, publishedDate } from '../schedule/changes.ts';
import { typeLabel } from '../schedule/describe-counts.ts';
import { audienceWords, frameworkAreaNames, modeLabels } from '../schedule/event-words.ts';
import { mySessionsToggle } from './session-list.ts';
import { abbreviationsIn } from '../content/plain-english.ts';
import { formatDate, formatDateTimeRange } from '../time/govuk-date.ts';

type SessionHandbook = Pick<Handbook, 'site' | 'alternativesOf' | 'changesOf' | 'session' | 'recruitment' | 'venues' | 'glossary'>;

/**
 * Generated pages carry titles and descriptions written elsewhere, so an
 * acronym in them cannot be written out where it first appears: the page says
 * what each one stands for before anything else.
 */
export function abbreviations(texts: readonly (string | undefined)[], glossary: Handbook['glossary']): SafeHtml {
  const terms = abbreviationsIn(texts, glossary);
  if (terms.length === 0) return html``;
  return html`<p class="abbreviations">Abbreviations on this page: ${terms.map((term, i) => html`${i > 0 ? '; ' : ''}${term.expansion} (${term.term})`)}.</p>`;
}

/** "Cancelled" or "Past" beside a session: words, not just colour. */
export function statusTag(session: Pick<Session, 'cancelled' | 'past'>): SafeHtml {
  if (session.cancelled) return html`<strong class="tag tag--cancelled">Cancelled</strong>`;
  if (session.past) return html`<strong class="tag tag--past">Past</strong>`;
  return html``;
}

function notices(session: Session, handbook: SessionHandbook): SafeHtml {
  const alternatives = handbook.alternativesOf(session);
  const goingAhead = alternatives.filter((a) => !a.cancelled && !a.past);
  const changes = handbook.changesOf(session);
  const cancelled = session.cancelled
    ? html`<div class="notice notice--cancelled" role="note">
        <p><strong>This session is cancelled.</strong> ${session.note ?? ''}</p>
        ${goingAhead.length > 0
          ? html`<p>Go to ${goingAhead.map((a, i) => html`${i > 0 ? ' or ' : ''}<a href="${a.path}">${formatDateTimeRange(a.date, a.start, a.end)}</a>`)} instead.</p>`
          : html`<p>We will publish a new date here. Email <a href="mailto:${session.contact}">${session.contact}</a> with any questions.</p>`}
      </div>`
    : html``;
  const history =
    changes.length > 0
      ? html`<div class="notice" role="note">
          <p><strong>This session has changed.</strong></p>
          <ul>
            ${changes.map((change) => {
              const text = describeChange(change, (id) => handbook.venues[id]?.name);
              return html`<li>${text.headline} (published ${formatDate(publishedDate(change.at))}). ${text.detail}</li>`;
            })}
          </ul>
          <p><a href="/changes/">See every recent change</a>.</p>
        </div>`
      : html``;
  const past = session.past && !session.cancelled ? html`<p class="notice">This session has taken place.</p>` : html``;
  return html`${cancelled}${history}${past}`;
}

function details(session: Session): SafeHtml {
  const when = `${formatDateTimeRange(session.date, session.start, session.end)} (UK time)`;
  const venue = session.venue;
  const where = venue
    ? html`${session.mode === 'hybrid' ? html`<span>In person, or online if you cannot travel.</span> ` : ''}<address>${venue.name}${addressLines(venue).map((line) => html`<br>${line}`)}<br>${venue.postcode}</address>${venue.mapUrl ? html`<a href="${venue.mapUrl}">Map of ${venue.name}</a>` : ''}`
    : html`<span>${modeLabels[session.mode]}. The joining link is emailed to you before the session.</span>`;
  const who = `${audienceWords(session.audience)}${session.keyStages && session.keyStages.length > 0 ? ` (${session.keyStages.join(', ')})` : ''}`;
  const areas = session.frameworkAreas && session.frameworkAreas.length > 0 ? html`<div><dt>Framework areas</dt><dd>${session.frameworkAreas.map((n) => `${n}. ${frameworkAreaNames[n]}`).join('; ')}</dd></div>` : '';
  return html`<dl class="details">
    <div><dt>When</dt><dd><time datetime="${session.startUtc}">${when}</time></dd></div>
    <div><dt>Where</dt><dd>${where}</dd></div>
    <div><dt>Who attends</dt><dd>${who}</dd></div>
    ${areas}
  </dl>`;
}

function otherDates(session: Session, handbook: SessionHandbook): SafeHtml {
  const alternatives = handbook.alternativesOf(session);
  if (alternatives.length === 0) return html``;
  return html`<h2 id="other-dates">Other dates for this session</h2>
    <p>The same session runs on ${alternatives.length === 1 ? 'another date' : 'other dates'}. You attend one of them.</p>
    <ul>
      ${alternatives.map((a) => html`<li><a href="${a.path}">${formatDateTimeRange(a.date, a.start, a.end)}</a>${a.venue ? `, ${a.venue.name}` : `, ${modeLabels[a.mode].toLowerCase()}`} ${statusTag(a)}</li>`)}
    </ul>
    <p>To switch to another date, email <a href="mailto:${session.contact}?subject=${encodeURIComponent(`Change of date: ${session.title}`)}">${session.contact}</a> saying which date you will go to, so the facilitators know to expect you.</p>`;
}

function addToCalendar(session: Session, handbook: SessionHandbook): SafeHtml {
  if (session.past || session.cancelled) return html``;
  const site = handbook.site;
  const where = session.venue ? venueLine(session.venue) : 'Online';
  const google = googleEventLink(session, `${session.cohortTitle}. Details and any changes: ${new URL(session.path, site.url).href}`, where);
  return html`<h2 id="add-to-calendar">Add to your calendar</h2>
    <ul>
      <li><a href="${session.icsPath}" download="${`${session.cohortId}-${session.eventId}.ics`}">Download this session as a calendar file (.ics)</a></li>
      <li><a href="${google}">Add this session to Google Calendar</a></li>
    </ul>
    <p>A downloaded session is a copy: if it moves or is cancelled, your calendar will not know. To hear about changes, <a href="/events/${session.cohortId}/#subscribe">subscribe to your cohort's calendar</a> (<a href="${cohortFeedPath(session.cohortId)}">calendar address</a>) instead.</p>`;
}

/**
 * Everything below a session page's title: status and changes, when and where,
 * what it covers, other dates, what to do if you cannot attend, and how to add
 * it to a calendar. Built with escaping templates, so no text from content can
 * become markup.
 */
export function renderSessionBody(session: Session, handbook: SessionHandbook): SafeHtml {
  const subject = `Alternative date for ${session.title} (${formatDateTimeRange(session.date, session.start, session.end)})`;
  const venue = session.venue;
  const venueTexts = venue ? [venue.name, ...venue.address, venue.travel, venue.accessibility] : [];
  return html`${abbreviations([session.cohortTitle, session.yearName, session.title, session.note, session.description, session.preWork, ...venueTexts], handbook.glossary)}
    <p class="lede">${typeLabel(session.type)} · <a href="/events/${session.cohortId}/">${session.cohortTitle}</a> · ${session.yearName} ${statusTag(session)}</p>
    ${notices(session, handbook)}
    ${details(session)}
    <p class="save">${mySessionsToggle(session, false)} <a href="/my-sessions/">See my sessions</a></p>
    ${session.description ? trusted(renderMarkdown(session.description)) : ''}
    ${session.preWork ? html`<h2 id="before-the-session">Before the session</h2>${trusted(renderMarkdown(session.preWork))}` : ''}
    ${venue && (venue.accessibility || venue.travel)
      ? html`<h2 id="getting-there">Getting there</h2>${venue.travel ? trusted(renderMarkdown(venue.travel)) : ''}${venue.accessibility ? html`<h3 id="access">Access</h3>${trusted(renderMarkdown(venue.accessibility))}` : ''}`
      : ''}
    ${otherDates(session, handbook)}
    <h2 id="cannot-attend">If you cannot attend</h2>
    <p>Email <a href="mailto:${session.contact}?subject=${encodeURIComponent(subject)}">${session.contact}</a> to ask for an alternative date.${session.audience.includes('ect') ? ' If you are an early career teacher, tell your induction tutor too, so your school can plan cover.' : ''}</p>
    ${addToCalendar(session, handbook)}`;
}

/** What a search result shows for a session, so two sessions with one title can be told apart. */
export function searchTitle(session: Session): string {
  return `${session.title}: ${formatDateTimeRange(session.date, session.start, session.end)}, ${session.cohortTitle}${session.cancelled ? ' (cancelled)' : ''}`;
}

