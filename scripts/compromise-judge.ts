/**
 * npm run measure:compromise — the issue 12 measurement of compromise as a judge of English
 * foreign officials' names after a post ("Russian Foreign Minister Sergey Lavrov"). The finder
 * proposes the last capitalised words after a post; each judge accepts or rejects them:
 *   none      every candidate the word-shape rule proposes
 *   common    the library's default: rejects a candidate with a common English word (SCOWL
 *             10/20: "Military Region")
 *   compromise  compromise's people() on the candidate alone (a short span, never the article)
 *   both      common and compromise
 * Prints English people P/R/F1 on the house fixtures and on the real-news set, the judge's calls
 * and time, and parseReport throughput on all English texts with each judge.
 */
import nlp from 'compromise';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { commonWordJudge, setNameJudge, type NameJudge } from '../src/common/people/foreign.js';
import { parseReport } from '../src/index.js';
import { loadFixtures, loadRealNews, prf, scoreArticle, type Counts, type Fixture } from './eval-lib.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const viaCompromise: NameJudge = (name) => nlp(name).people().length > 0;
const judges: Record<string, NameJudge> = {
  none: () => true,
  common: commonWordJudge,
  compromise: viaCompromise,
  both: (n) => commonWordJudge(n) && viaCompromise(n),
};

const house = loadFixtures(root).fixtures.filter((f) => f.gold.language === 'en');
const real = loadRealNews(root).fixtures.filter((f) => f.gold.language === 'en');

function score(set: Fixture[]): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const fx of set) {
    const r = parseReport(fx.text, { language: 'en', ...(fx.gold.referenceDate ? { referenceDate: fx.gold.referenceDate } : {}) });
    const s = scoreArticle(fx.gold, r).counts.people;
    c.tp += s.tp;
    c.fp += s.fp;
    c.fn += s.fn;
  }
  return c;
}
const fmt = (c: Counts) => {
  const { p, r, f1 } = prf(c);
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(100 * f1).toFixed(1)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
};

const texts = [...house, ...real].map((f) => f.text);
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
console.log(`English texts: ${house.length} house, ${real.length} real-news; ${(bytes / 1024).toFixed(0)} KB`);
for (const [name, judge] of Object.entries(judges)) {
  let calls = 0;
  let ms = 0;
  const timed: NameJudge = (n) => {
    calls++;
    const t = performance.now();
    const ok = judge(n);
    ms += performance.now() - t;
    return ok;
  };
  setNameJudge(timed);
  const h = score(house);
  const rn = score(real);
  for (const t of texts) parseReport(t, { language: 'en' }); // warm up
  calls = 0;
  ms = 0;
  const t0 = performance.now();
  const rounds = 5;
  for (let k = 0; k < rounds; k++) for (const t of texts) parseReport(t, { language: 'en' });
  const dt = performance.now() - t0;
  console.log(
    `${name.padEnd(10)} house ${fmt(h)} | real ${fmt(rn)} | ${((bytes * rounds) / 1e6 / (dt / 1000)).toFixed(2)} MB/s, judge ${calls / rounds} calls ${(ms / rounds).toFixed(1)} ms per pass`,
  );
}
setNameJudge(undefined);
