/**
 * Profiling helper for issue 13: parses the fixtures and real-news articles of one language
 * (language given) until about `MB` megabytes have passed, and prints MB/s. Run it under
 * `node --cpu-prof --import tsx scripts/profile-lang.ts en 2` and read the profile with
 * scripts/profile-top.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lang = (process.argv[2] ?? 'en') as 'en' | 'ru' | 'vi';
const mb = Number(process.argv[3] ?? 2);
const dirs = [resolve(root, 'fixtures', lang), resolve(root, '../shared/corpora/real-news', lang)];
const texts: string[] = [];
for (const d of dirs) {
  try {
    for (const f of readdirSync(d)) if (f.endsWith('.txt')) texts.push(readFileSync(resolve(d, f), 'utf8'));
  } catch {
    // absent directory: skipped
  }
}
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
const rounds = Math.max(1, Math.round((mb * 1e6) / bytes));
for (const t of texts) parseReport(t, { language: lang });
const runs: number[] = [];
for (let k = 0; k < 5; k++) {
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) parseReport(t, { language: lang });
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
const dt = runs[2]!;
console.log(`${lang}: ${texts.length} texts, ${((bytes * rounds) / 1e6).toFixed(2)} MB in ${dt.toFixed(0)} ms (median of 5): ${((bytes * rounds) / 1e6 / (dt / 1000)).toFixed(2)} MB/s`);
