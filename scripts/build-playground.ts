/**
 * `npm run playground`: builds the playground (playground/index.html and main.ts) into a static
 * folder, playground/dist/ (git-ignored, not in the package): index.html and app.js, the page's
 * code and the library's browser entry point bundled by esbuild into one classic script, which
 * browsers also run from a file:// page (module scripts they do not). Open
 * playground/dist/index.html, or `npm run playground:serve`.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const PLAYGROUND_DIST = join(ROOT, 'playground', 'dist');

/** Builds into `out` and returns the path of its index.html. */
export async function buildPlayground(out = PLAYGROUND_DIST): Promise<string> {
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'playground', 'main.ts')],
    outfile: join(out, 'app.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  copyFileSync(join(ROOT, 'playground', 'index.html'), join(out, 'index.html'));
  return join(out, 'index.html');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const index = await buildPlayground();
  console.log(`playground built: open ${index} in a browser, or run npm run playground:serve`);
}
