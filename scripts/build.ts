// npm run build [-- --outDir <folder>]: builds the site with Astro and reports a
// failure the way content problems are reported (the file, the line, what went
// wrong), never as a stack trace. The content is checked before anything is
// rendered, and the finished site replaces the output folder only when the whole
// build succeeded (see src/integrations/publish.ts), so a failed build leaves the
// published folder exactly as it was.
import { build } from 'astro';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeBuildError } from '../src/lib/content/build-error.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string' } }, strict: false });
const root = resolve(new URL('..', import.meta.url).pathname);
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

try {
  await build({ root, ...(typeof values.outDir === 'string' ? { outDir: resolve(values.outDir) } : {}) });
} catch (error) {
  process.stderr.write(`\n${describeBuildError(error, (path) => relative(process.cwd(), path) || path)}\n`);
  process.stderr.write('Stopped: the site was not built, and the folder it is published from was left as it was.\n');
  process.exit(1);
}
