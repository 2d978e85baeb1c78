/**
 * npm run langid — detectLanguage on the hand-written short snippets (fixtures/langid), with
 * franc restricted to eng/rus/vie beside it (franc's `und` for everything else).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc';
import { detectLanguage } from '../src/detect/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const map: Record<string, string> = { eng: 'en', rus: 'ru', vie: 'vi' };
const verbose = process.argv.includes('--verbose');
console.log('set   n    newsreport     franc(eng,rus,vie)');
for (const lang of ['en', 'ru', 'vi', 'und']) {
  const lines = readFileSync(resolve(root, 'fixtures/langid', `${lang}.txt`), 'utf8').split('\n').filter(Boolean);
  let ours = 0;
  let theirs = 0;
  const bad: string[] = [];
  for (const l of lines) {
    const g = detectLanguage(l);
    if (g.code === lang) ours++;
    else bad.push(`${g.code} ${g.confidence} | ${l}`);
    if ((map[franc(l, { only: ['eng', 'rus', 'vie'] })] ?? 'und') === lang) theirs++;
  }
  const pct = (x: number) => `${((100 * x) / lines.length).toFixed(1)}%`;
  console.log(`${lang.padEnd(5)} ${String(lines.length).padEnd(4)} ${`${ours} ${pct(ours)}`.padEnd(14)} ${theirs} ${pct(theirs)}`);
  if (verbose) for (const b of bad) console.log('    ', b);
}
