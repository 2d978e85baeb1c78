/**
 * `npm run playground:serve`: builds the playground, then serves playground/dist/ on
 * http://127.0.0.1:5178/ (PORT=n for another port; this machine only). Static files, no other
 * server code: the page could as well be opened from the file.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPlayground, PLAYGROUND_DIST } from './build-playground.js';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Serves the files of `dir` (index.html for /); resolves once listening. Port 0 picks a free one. */
export function servePlayground(dir = PLAYGROUND_DIST, port = 5178): Promise<Server> {
  const server = createServer(async (req, res) => {
    try {
      // a malformed %-escape throws here, and is a 404 like any path outside the folder
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
      const type = TYPES[extname(file)];
      if (!type || !file.startsWith(dir + sep)) throw new Error('not served');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await buildPlayground();
  const server = await servePlayground(PLAYGROUND_DIST, Number(process.env.PORT ?? 5178));
  const addr = server.address();
  console.log(`playground: http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : ''}/ (Ctrl-C stops)`);
}
