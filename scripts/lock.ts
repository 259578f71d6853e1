// npm run lock -- --new-hub          start this content folder's own calendar lock
// npm run lock -- --site <https://…>  record that the handbook has moved to a new address
//
// content/calendar.lock.json records what the calendar feeds have published. The
// build keeps it up to date; these are the two deliberate changes a person makes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { emptyLock, lockFileName, parseLock, serializeLock } from '../src/lib/calendar/publication-lock.ts';
import { contentDir, displayPath } from '../src/lib/content/content-dir.ts';

const usage = `Usage:
  npm run lock -- --new-hub          This folder holds a hub whose calendars were never published
                                     (for example, you replaced the sample hub): start an empty lock.
  npm run lock -- --site https://…   The handbook has moved to this address (make the old address
                                     redirect first): keep every calendar entry's identity, record the move.`;

const { values } = parseArgs({ options: { 'new-hub': { type: 'boolean', default: false }, site: { type: 'string' }, help: { type: 'boolean', default: false } } });
const path = join(contentDir(), lockFileName);
const file = displayPath(path);

if (values.help || (!values['new-hub'] && !values.site)) {
  console.log(usage);
  process.exit(values.help ? 0 : 1);
}

if (values['new-hub']) {
  writeFileSync(path, serializeLock(emptyLock()));
  console.log(`Started a new ${file}. The next build records every session as published for the first time. Commit the file with your content.`);
  process.exit(0);
}

const site = values.site!.replace(/\/+$/, '');
if (!/^https:\/\/[^/?#\s]+$/.test(site)) {
  console.error(`${site} is not an https:// address without a path, such as https://handbook.example.org.`);
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`${file} does not exist yet: nothing has been published, so there is no move to record. Set url in site.yaml and build.`);
  process.exit(1);
}
const lock = parseLock(readFileSync(path, 'utf8'));
if (typeof lock === 'string') {
  console.error(`${file} ${lock} Restore it from version control first.`);
  process.exit(1);
}
const from = lock.site;
// Calendar entries keep the identifiers they were first published with.
writeFileSync(path, serializeLock({ ...lock, site, uidHost: lock.uidHost ?? (from ? new URL(from).host : new URL(site).host) }));
console.log(`Recorded the move${from ? ` from ${from}` : ''} to ${site} in ${file}. Set url in site.yaml to ${site} if you have not, then build and commit the file.`);
