import type { CohortView, Handbook } from '../handbook/hydrate.ts';
import { html, trusted, type SafeHtml } from '../html.ts';
import { renderMarkdown } from '../markdown.ts';
import { describeCounts } from '../schedule/describe-counts.ts';
import { cohortSchedulePath } from '../schedule/export.ts';
import { roleLabels, roleShort, schoolPhaseLabels } from '../schedule/event-words.ts';
import { formatDuration, groupByTerm, nextSession } from '../schedule/term-hours.ts';
import { formatMonth } from '../time/govuk-date.ts';
import { renderNextSession } from './next-session.ts';
import { abbreviations } from './session-body.ts';
import { renderSessionList } from './session-list.ts';
import { renderSubscribePanel, type PanelFeed } from './subscribe-panel.ts';

/** The address of a cohort's page. */
export const cohortPagePath = (cohortId: string) => `/events/${cohortId}/`;

type CohortHandbook = Pick<Handbook, 'site' | 'today' | 'glossary' | 'alternativesOf' | 'feedsOf'>;

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The page's table of contents: its fixed sections around one section per term. */
export function cohortHeadings(cohort: Pick<CohortView, 'events'>): Heading[] {
  return [
    { depth: 2, slug: 'commitment', text: 'What each person attends' },
    ...groupByTerm(cohort.events).map((term) => ({ depth: 2, slug: `term-${term.id}`, text: term.name })),
    { depth: 2, slug: 'subscribe', text: 'Subscribe to this calendar' },
    { depth: 2, slug: 'alternative-dates', text: 'If you cannot make a date' },
  ];
}

/** "ECTE training programme, with a provider. Primary (KS1, KS2)": the page's lede and its search record both start with it. */
export function programmeLine(cohort: Pick<CohortView, 'programme' | 'phase' | 'keyStages'>): string {
  const keyStages = cohort.keyStages && cohort.keyStages.length > 0 ? ` (${cohort.keyStages.join(', ')})` : '';
  return `${cohort.programme.title}, with ${cohort.programme.provider}. ${schoolPhaseLabels[cohort.phase]}${keyStages}`;
}

/** The roles a cohort's page speaks to: those its programme asks something of, or that any of its sessions is for. */
export function cohortRoles(cohort: CohortView) {
  return (['ect', 'mentor'] as const).filter((role) => cohort.programme.commitments[role] || cohort.events.some((e) => e.audience.includes(role)));
}

/** The same feeds the calendars publish; role feeds first, since most people want only their own sessions. */
function panelFeeds(cohort: CohortView, handbook: CohortHandbook): PanelFeed[] {
  return handbook
    .feedsOf(cohort.id)
    .map((feed) => {
      const role = feed.scope.kind === 'cohort' ? feed.scope.role : undefined;
      return { ...feed, role, label: role ? `${roleLabels[role]}: your sessions only` : 'Every session in this cohort' };
    })
    .sort((a, b) => Number(!a.role) - Number(!b.role));
}

/**
 * A cohort's page: what each person attends, the sessions by term as cards,
 * the feeds to subscribe to, and what to do about a date you cannot make.
 * The headings' ids match `cohortHeadings`. Styles: src/styles/cohort-page.css;
 * script: src/lib/browser/cohort-page.ts.
 */
export function renderCohortBody(cohort: CohortView, handbook: CohortHandbook): SafeHtml {
  const roles = cohortRoles(cohort);
  const terms = groupByTerm(cohort.events);
  const nextKey = nextSession(cohort.upcoming, 0)?.key;
  const withAlternatives = cohort.events.filter((e) => e.alternatives.length > 0 && !e.repeatOf).length;
  const startMonth = cohort.events[0] ? formatMonth(cohort.events[0].date) : `September ${cohort.startYear}`;
  const pageUrl = new URL(cohortPagePath(cohort.id), handbook.site.url).href;
  const glossaryTexts = [cohort.title, cohort.programme.title, cohort.programme.provider, cohort.description, ...cohort.years.map((y) => y.name), ...cohort.events.map((e) => e.title)];
  const alternativesLine =
    withAlternatives > 0 ? ` ${withAlternatives === 1 ? 'One session has' : `${withAlternatives} sessions have`} more than one date: look for "Also on".` : '';
  return html`<div class="cohort-page">
${abbreviations(glossaryTexts, handbook.glossary)}<p class="lede">${programmeLine(cohort)}. First session ${startMonth}.</p>
${trusted(renderMarkdown(cohort.description))}${renderNextSession({ sessions: cohort.events, today: handbook.today, heading: 'Next session', glossary: handbook.glossary, mark: false })}
<p class="no-print jump"><a href="#subscribe">Subscribe to this calendar</a> · <a href="/my-sessions/">My sessions</a> · <a href="/changes/">What changed</a></p>
<p class="print-only">Printed from ${pageUrl}. Check the page for changes.</p>
<h2 id="commitment">What each person attends</h2>
<dl class="commitments">${roles.map(
    (role) =>
      html`<div><dt>${roleLabels[role]}</dt><dd>The programme asks you to attend ${describeCounts(cohort.programme.commitments[role])}. This cohort has ${describeCounts(cohort.offered[role])} scheduled.</dd></div>`,
  )}</dl>
<p class="small">A session with an alternative date counts once: you attend one of the dates.${alternativesLine}</p>
<div data-schedule>${terms.map(
    (term) => html`<section aria-labelledby="term-${term.id}">
<h2 id="term-${term.id}">${term.name}</h2>
<p class="hours">${roles.map((role) => `${roleShort[role]}: ${formatDuration(term.minutes[role])}`).join('. ')}.</p>
${renderSessionList(term.sessions, handbook.alternativesOf, nextKey, `${term.name} sessions`)}
</section>`,
  )}</div>
${cohort.events.length === 0 ? html`<p>Dates for this cohort will be published here.</p>` : ''}<section class="no-print" aria-labelledby="subscribe">
<h2 id="subscribe">Subscribe to this calendar</h2>
<p>Add the dates to the calendar you already use, and changes reach you without downloading again. Choose the feed for your role.</p>
${renderSubscribePanel(panelFeeds(cohort, handbook), handbook.site.url)}
</section>
<h2 id="alternative-dates">If you cannot make a date</h2>
<p>Dates are set at least half a term ahead. If you cannot attend, email <a href="mailto:${cohort.contact}">${cohort.contact}</a> to be moved to another date, and tell your induction tutor. <a href="/changes/">See what has changed recently</a>.</p>
<p class="no-print"><button type="button" class="print-button outline-button" data-print hidden>Print this timetable</button> You can also <a href="${cohortSchedulePath(cohort.id)}">download these dates as data (JSON)</a>.</p>
</div>`;
}
