/**
 * Child process of `npm run bench` for the two measurements that depend on the process as a
 * whole: memory and the first call. Plain Node on the built package (`dist/`, which `npm run
 * bench` builds first), so that neither the tsx loader (its off-thread hooks hold 40-100 MB) nor
 * on-the-fly transpiling is counted: what a user's process pays.
 *
 *   node bench/child.mjs linear LANG FILE...   one text of 1 MB and one of 10 MB made of the files
 *   node bench/child.mjs first LANG FILE       import, first and second parseReport of one file
 *
 * Prints one JSON line. Peak RSS is the process's high-water mark (`resourceUsage().maxRSS`),
 * which counts the peak inside the synchronous 10 MB call: a timer sampling `rss` cannot run
 * during it.
 */
import { readFileSync } from 'node:fs';

const [mode, language, ...files] = process.argv.slice(2);
const texts = files.map((f) => readFileSync(f, 'utf8'));

if (mode === 'first') {
  const t0 = performance.now();
  const { parseReport } = await import('../dist/esm/index.js');
  const importMs = performance.now() - t0;
  const t1 = performance.now();
  parseReport(texts[0], { language });
  const firstMs = performance.now() - t1;
  const t2 = performance.now();
  parseReport(texts[0], { language });
  console.log(JSON.stringify({ importMs, firstMs, secondMs: performance.now() - t2 }));
} else if (mode === 'linear') {
  const { parseReport } = await import('../dist/esm/index.js');
  const one = texts.join('\n\n');
  const make = (bytes) => one.repeat(Math.ceil(bytes / Buffer.byteLength(one))).slice(0, Math.floor(bytes / (Buffer.byteLength(one) / one.length)));
  const small = make(1e6);
  const big = make(1e7);
  parseReport(texts[0], { language });
  const time = (t) => {
    const s = performance.now();
    parseReport(t, { language });
    return performance.now() - s;
  };
  const tSmall = Math.min(time(small), time(small));
  const rssBeforeMb = process.resourceUsage().maxRSS / 1024;
  const tBig = time(big);
  console.log(
    JSON.stringify({ mbSmall: Buffer.byteLength(small) / 1e6, mbBig: Buffer.byteLength(big) / 1e6, tSmall, tBig, rssBeforeMb, peakMb: process.resourceUsage().maxRSS / 1024 }),
  );
} else {
  console.error(`bench/child.mjs: unknown mode ${mode}`);
  process.exit(2);
}
