// npm run check [-- --strict]: validates everything in content/ without building pages.
// Prints every problem at once as file:line:column field: what is wrong. How to fix it.
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content/check-content.ts';
import { contentDir, displayPath } from '../src/lib/content/content-dir.ts';
import { formatReport } from '../src/lib/content/problem.ts';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
const dir = contentDir();
const started = performance.now();
const { content, problems } = checkContent(dir);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length > 0) console.error(formatReport(problems));
if (content) {
  const sessions = Object.values(content.cohorts).reduce((sum, cohort) => sum + cohort.events.length, 0);
  const summary = `${Object.keys(content.programmes).length} programmes, ${Object.keys(content.venues).length} venues, ${Object.keys(content.cohorts).length} cohorts with ${sessions} sessions, ${Object.keys(content.recruitment).length} recruitment windows`;
  console.log(`Checked ${displayPath(dir)}: ${summary} in ${seconds}s.`);
}
if (errors > 0 || (values.strict && warnings > 0)) {
  console.error(errors > 0 ? 'Fix the errors above, then run `npm run check` again.' : 'Warnings count as errors with --strict.');
  process.exit(1);
}
if (problems.length === 0) console.log('No problems found.');
