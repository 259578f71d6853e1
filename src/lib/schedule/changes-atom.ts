import type { Handbook } from '../handbook/hydrate.ts';
import { changeRows } from './change-rows.ts';

/** Entries in the feed: readers keep what they have already fetched. */
export const atomEntries = 100;

/** Text for XML: the five characters that mean markup are escaped, and characters XML cannot carry are dropped. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * `/changes.xml`: the newest changes to published sessions (as on /changes/), as an Atom
 * feed (RFC 4287). Entry ids are made from the session's key and the moment the
 * change was published, so they never change and never repeat.
 */
export function changesAtom(handbook: Pick<Handbook, 'site' | 'changes' | 'session' | 'recruitment' | 'venues' | 'uidHost'>): string {
  const site = handbook.site;
  const absolute = (path: string) => new URL(path, site.url).href;
  const updated = handbook.changes[0]?.at ?? '1970-01-01T00:00:00Z';
  const entries = changeRows(handbook)
    .slice(0, atomEntries)
    .map((row) =>
      [
        '  <entry>',
        `    <id>tag:${xmlText(handbook.uidHost)},2026:${xmlText(row.id)}</id>`,
        `    <title>${xmlText(`${row.headline}: ${row.title} (${row.context})`)}</title>`,
        `    <updated>${row.at}</updated>`,
        `    <link rel="alternate" type="text/html" href="${xmlText(absolute(row.path))}"/>`,
        `    <content type="text">${xmlText(row.detail)}</content>`,
        '  </entry>',
      ].join('\n'),
    );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(absolute('/changes/'))}</id>`,
    `  <title>${xmlText(`${site.shortName}: changes to sessions`)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(absolute('/changes.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(absolute('/changes/'))}"/>`,
    `  <author><name>${xmlText(site.name)}</name><email>${xmlText(site.contactEmail)}</email></author>`,
    `  <updated>${updated}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
