import type { HandbookContent } from '../load-content.ts';
import type { ContentProblem } from '../problem.ts';
import type { LinkRef } from '../page-tree.ts';
import { nearest } from '../suggest.ts';

/** A handbook page as links see it: its address and the anchors on it. */
export interface PageTarget {
  route: string;
  anchors: Set<string>;
  /** False when some heading's text is worked out at build time, so not every anchor is known. */
  anchorsComplete: boolean;
}

/** The address of a handbook page from its path under handbook/: `ects/entitlement.mdx` → `/ects/entitlement/`. */
export function pageRoute(relativePath: string, slug?: string): string {
  const id = (slug ?? relativePath.replace(/\\/g, '/').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''))
    .split('/')
    .filter(Boolean)
    .map((part) => part.toLowerCase())
    .join('/');
  return id ? `/${id}/` : '/';
}

/** Every address the build publishes besides handbook pages. */
export function generatedRoutes(content: HandbookContent | undefined): Set<string> {
  const routes = new Set(['/events/', '/changes/', '/my-sessions/', '/calendars/all.ics', '/changes.xml', '/events/schedule.json', '/schemas/schedule.schema.json', '/404/', '/favicon.svg']);
  if (!content) return routes;
  if (Object.keys(content.recruitment).length > 0) routes.add('/calendars/recruitment.ics');
  for (const [cohortId, cohort] of Object.entries(content.cohorts)) {
    if (cohort.draft) continue;
    for (const path of [`/events/${cohortId}/`, `/events/${cohortId}/schedule.json`, `/calendars/${cohortId}.ics`, `/calendars/${cohortId}/ect.ics`, `/calendars/${cohortId}/mentor.ics`]) routes.add(path);
    for (const event of cohort.events) {
      routes.add(`/events/${cohortId}/${event.id}/`);
      routes.add(`/events/${cohortId}/${event.id}.ics`);
    }
  }
  return routes;
}

/**
 * Links from a page to this site that lead nowhere: a page that does not exist,
 * or an anchor that is not on the page it names. Links to other sites are not
 * followed (the build has no network); the link check over the built site
 * covers them in tests.
 */
export function brokenLinks(file: string, from: string, links: readonly LinkRef[], pages: ReadonlyMap<string, PageTarget>, generated: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known = [...pages.keys(), ...generated];
  for (const link of links) {
    const url = link.url.trim();
    // Pictures are checked by the build, which must find them to publish them.
    if (link.kind === 'image' || url === '' || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) continue;
    let target: URL;
    try {
      target = new URL(url, `https://handbook.invalid${from}`);
    } catch {
      continue;
    }
    const path = decodeURIComponent(target.pathname);
    const anchor = decodeURIComponent(target.hash.slice(1));
    const withSlash = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
    const page = pages.get(withSlash);
    if (!page && !generated.has(withSlash)) {
      const guess = nearest(withSlash, known);
      problems.push({ file, line: link.line, column: link.column, message: `links to ${url}, which is not a page of this handbook.`, fix: guess ? `Did you mean ${guess}?` : 'Check the address against the sidebar, or remove the link.', severity: 'error' });
      continue;
    }
    if (anchor && page && page.anchorsComplete && !page.anchors.has(anchor)) {
      const guess = nearest(anchor, [...page.anchors]);
      problems.push({ file, line: link.line, column: link.column, message: `links to #${anchor} on ${withSlash}, but that page has no heading or element with that id.`, fix: guess ? `Did you mean #${guess}?` : 'Link to a heading that exists, or to the page alone.', severity: 'error' });
    }
  }
  return problems;
}
