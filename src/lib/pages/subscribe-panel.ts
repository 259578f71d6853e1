import { subscribeLinks } from '../calendar/subscribe-links.ts';
import { html, type SafeHtml } from '../html.ts';

export interface PanelFeed {
  path: string;
  /** The calendar's name, given to Outlook's subscribe link. */
  name: string;
  label: string;
}

/**
 * Subscribing to a calendar feed the way people actually do it today: one click
 * for Apple Calendar and Outlook on a computer, Google, Outlook on the web, or
 * the https address to paste into new Outlook and anything else. Each feed
 * folds away so a phone is not a wall of links. Works without JavaScript; the
 * copy button (src/lib/browser/copy-buttons.ts) is an extra. Styles:
 * src/styles/cohort-page.css.
 */
export function renderSubscribePanel(feeds: readonly PanelFeed[], siteUrl: string, openFirst = true): SafeHtml {
  const panels = feeds.map((feed, i) => {
    const links = subscribeLinks(new URL(feed.path, siteUrl).href, feed.name);
    return html`<details class="feed"${openFirst && i === 0 ? html` open` : ''}>
<summary>${feed.label}</summary>
<ul class="feed-links">
<li><a href="${links.webcal}">Apple Calendar, or Outlook on a Windows or Mac computer</a></li>
<li><a href="${links.google}">Google Calendar</a></li>
<li><a href="${links.outlookWork}">Outlook on the web (work or school account)</a></li>
<li><a href="${links.outlookPersonal}">Outlook.com (personal account)</a></li>
</ul>
<p class="feed-address">
<label><span>Calendar address, for new Outlook and other apps<span class="sr-only"> (${feed.label})</span></span><input type="text" readonly value="${links.https}"></label>
<button type="button" class="copy outline-button" data-copy="${links.https}" hidden>Copy address<span class="sr-only"> (${feed.label})</span></button>
<span class="copied" role="status" aria-live="polite"></span>
</p>
</details>`;
  });
  return html`<div class="subscribe">${panels}
<details class="help">
<summary>Help with subscribing</summary>
<ul>
<li><strong>New Outlook for Windows, and Outlook on the web:</strong> copy the calendar address, then choose Add calendar, then Subscribe from web, and paste it. These versions do not open the Apple and Outlook link.</li>
<li><strong>Google Calendar:</strong> it can take up to a day to show a change, and it deletes a cancelled session instead of marking it cancelled, so check your cohort's page if a session disappears. If the link does not work, copy the address and use <a href="https://calendar.google.com/calendar/u/0/r/settings/addbyurl">Google Calendar's "From URL" page</a>.</li>
<li><strong>Apple Calendar (iPhone, iPad, Mac):</strong> the link opens a subscription. Keep Auto-refresh switched on so changes arrive.</li>
<li>Subscribing keeps your calendar up to date when a session moves or is cancelled. A single session you download is a copy, and does not change.</li>
</ul>
</details>
</div>`;
}
