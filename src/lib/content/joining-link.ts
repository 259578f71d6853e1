import { decodeEntities } from './url-safety.ts';

/**
 * Finding joining links for online meetings in text, in whatever form they were
 * pasted: with or without https://, on any subdomain (us02web.zoom.us,
 * gov.teams.microsoft.us), as an app link (msteams:, zoommtg:), behind a link
 * shortener, percent-encoded, or with HTML entities (teams&#46;microsoft&#46;com).
 * Anyone who has such a link can join the meeting, and the site and its
 * calendars are public.
 */

interface Service {
  /** Registrable domains: matched with any subdomain. */
  domains: string[];
  /** A path that makes the address a meeting rather than the service's home page. */
  path: RegExp;
}

const services: Service[] = [
  { domains: ['teams.microsoft.com', 'teams.microsoft.us', 'teams.live.com', 'teams.cloud.microsoft'], path: /^\/(l\/meetup-join|meet|v2\/\?meetingjoin|dl\/launcher|_#\/l\/meetup-join)/i },
  { domains: ['zoom.us', 'zoom.com', 'zoomgov.com'], path: /^\/(j|my|w|s|wc)\//i },
  { domains: ['meet.google.com'], path: /^\/([a-z]{3}-[a-z]{4}-[a-z]{3}|lookup\/|[a-z0-9-]{8,})/i },
  { domains: ['g.co'], path: /^\/meet\//i },
  { domains: ['webex.com'], path: /^\/(meet|join|[\w.-]+\/j\.php|[\w.-]+\/(meet|join)\/|wbxmjs\/joinservice)/i },
  { domains: ['gotomeeting.com', 'gotowebinar.com', 'goto.com'], path: /^\/(join|meeting|register)\b/i },
  { domains: ['gotomeet.me', 'meet.goto.com', 'join.skype.com'], path: /^\/\w/ },
  { domains: ['whereby.com'], path: /^\/[\w-]+/ },
  { domains: ['meet.jit.si', '8x8.vc'], path: /^\/[\w-]+/ },
  { domains: ['bluejeans.com'], path: /^\/\d+/ },
  { domains: ['chime.aws'], path: /^\/\d+/ },
];

/** Shortened addresses hide where they lead, so a joining link can hide behind one. */
/** (Not aka.ms: only Microsoft makes those links, for its own pages.) */
const shorteners = ['bit.ly', 'tinyurl.com', 't.co', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly', 'shorturl.at', 'tiny.cc', 'rb.gy', 'lnkd.in', 'forms.office.com/r'];

/** App links that open a meeting directly. */
const appSchemes = /^(msteams|zoommtg|zoomus|webex|wbx|gotomeeting|ms-teams):/i;

function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Text as a browser or mail client would read it: entities and percent-escapes decoded, markup emphasis removed. */
export function normaliseForLinks(text: string): string {
  let out = decodeEntities(text);
  try {
    out = decodeURIComponent(out.replace(/%(?![0-9a-f]{2})/gi, '%25'));
  } catch {
    // Leave it as it is.
  }
  // `teams.microsoft.com/l/**meetup-join**/…`: emphasis marks inside an address.
  return out.replace(/(\S)(?:[*`]+|__+)(?=\S)/g, '$1').replace(/[\u200b-\u200f\u2060\ufeff]/g, '');
}

/** Why this one address must not be published, or undefined. */
export function joiningLinkKind(candidate: string): string | undefined {
  const raw = candidate.replace(/^[<(["']+|[>)\]"'.,;:!?]+$/g, '');
  if (appSchemes.test(raw)) return 'a meeting app link';
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const path = url.pathname + url.search + url.hash;
  for (const service of services) {
    if (service.domains.some((domain) => hostMatches(host, domain)) && service.path.test(path)) return 'a joining link for an online meeting';
  }
  for (const shortener of shorteners) {
    const [domain, prefix = ''] = shortener.split(/\/(.*)/);
    if (hostMatches(host, domain!) && path.length > 1 && path.slice(1).startsWith(prefix)) return 'a shortened link, which could hide a joining link';
  }
  return undefined;
}

/** The first address in `text` that must not be published, shortened for a message. */
export function findJoiningLink(text: string): { link: string; kind: string } | undefined {
  const normalised = normaliseForLinks(text);
  for (const match of normalised.matchAll(/(?:[a-z][a-z0-9+.-]*:\/?\/?)?[\w.-]+\.[a-z]{2,}(?::\d+)?\/[^\s<>"'\])]*|(?:msteams|zoommtg|zoomus|webex|wbx|gotomeeting|ms-teams):[^\s<>"'\])]+/gi)) {
    const kind = joiningLinkKind(match[0]);
    if (kind) return { link: match[0].length > 60 ? `${match[0].slice(0, 60)}…` : match[0], kind };
  }
  return undefined;
}
