// Serves the built site (dist/) locally the way a static host would, including
// the headers in dist/_headers. Usage: node scripts/serve.ts [--port 4321] [--dir dist]
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../src/lib/static-headers.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' } } });
const dir = resolve(values.dir!);
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`There is no built site in ${dir}. Run \`npm run build\` first.`);
  process.exit(1);
}
const headersPath = join(dir, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('Not found');

const serveFile = sirv(dir, {
  dev: false,
  etag: true,
  extensions: ['html'],
  setHeaders(res, pathname) {
    if (pathname.endsWith('.ics')) res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
  },
});

const server = createServer((req, res) => {
  serveFile(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    for (const [name, value] of headersFor(rules, '/404.html')) res.setHeader(name, value);
    res.end(notFound);
  });
});
server.listen(Number(values.port), () => {
  console.log(`Serving ${dir} at http://localhost:${values.port}/ (press Ctrl+C to stop)`);
});
