/**
 * npm run eval — runs parseReport on every fixture (language detected, referenceDate from the
 * gold file) and prints precision / recall / F1 per language and record type.
 *   --verbose   list every miss and false positive per article
 *   --json      print the figures as JSON
 */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { parseReport } from '../src/index.js';
import { loadFixtures, prf, scoreArticle, TYPES, type ArticleScore, type Counts } from './eval-lib.js';
import { compromisePeople } from './peer-people.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');
const { fixtures, skipped } = loadFixtures(root);

type Agg = { counts: Record<string, Counts>; attrs: Record<string, [number, number]>; n: number; langOk: number };
const agg = new Map<string, Agg>();
const get = (k: string): Agg => {
  let a = agg.get(k);
  if (!a) {
    a = { counts: {}, attrs: {}, n: 0, langOk: 0 };
    for (const t of TYPES) a.counts[t] = { tp: 0, fp: 0, fn: 0 };
    agg.set(k, a);
  }
  return a;
};

/** compromise's people() on the English fixtures, scored like ours (issue 5's peer). */
const peer: Counts = { tp: 0, fp: 0, fn: 0 };
const peerMisses: string[] = [];
for (const fx of fixtures.filter((f) => f.gold.language === 'en')) {
  const gold = new Set(fx.gold.people.map((p) => p.nameKey));
  const got = new Set(compromisePeople(fx.text));
  const tp = [...gold].filter((k) => got.has(k)).length;
  peer.tp += tp;
  peer.fp += got.size - tp;
  peer.fn += gold.size - tp;
  if (verbose) peerMisses.push(`${fx.id}: compromise extra ${[...got].filter((k) => !gold.has(k)).join(' | ')}; missed ${[...gold].filter((k) => !got.has(k)).join(' | ')}`);
}

for (const fx of fixtures) {
  const report = parseReport(fx.text, fx.gold.referenceDate ? { referenceDate: fx.gold.referenceDate } : {});
  const s: ArticleScore = scoreArticle(fx.gold, report);
  for (const key of [fx.gold.language, 'all']) {
    const a = get(key);
    a.n++;
    if (report.language.code === fx.gold.language) a.langOk++;
    for (const t of TYPES) {
      a.counts[t]!.tp += s.counts[t].tp;
      a.counts[t]!.fp += s.counts[t].fp;
      a.counts[t]!.fn += s.counts[t].fn;
    }
    for (const [k, [x, y]] of Object.entries(s.attrs)) {
      const cur = a.attrs[k] ?? [0, 0];
      a.attrs[k] = [cur[0] + x, cur[1] + y];
    }
  }
  if (verbose) {
    console.log(`\n## ${fx.id} (${fx.gold.language}, detected ${report.language.code})`);
    for (const t of TYPES) {
      if (s.misses[t].length) console.log(`  ${t} missed: ${s.misses[t].join(' | ')}`);
      if (s.extras[t].length) console.log(`  ${t} extra:  ${s.extras[t].join(' | ')}`);
    }
    for (const m of s.attrMisses) console.log(`  attribute: ${m}`);
  }
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const rows: Record<string, unknown>[] = [];
for (const lang of ['en', 'ru', 'vi', 'all']) {
  const a = agg.get(lang);
  if (!a) continue;
  for (const t of TYPES) {
    const c = a.counts[t]!;
    rows.push({ lang, type: t, ...c, ...prf(c) });
  }
  for (const [k, [x, y]] of Object.entries(a.attrs)) rows.push({ lang, type: k, right: x, total: y });
}
if (asJson) {
  console.log(JSON.stringify({ fixtures: fixtures.length, skipped, rows, peers: [{ lang: 'en', type: 'people', system: 'compromise people()', ...peer, ...prf(peer) }] }, null, 2));
} else {
  console.log(`newsreport eval: ${fixtures.length} articles (${[...agg.entries()].filter(([k]) => k !== 'all').map(([k, a]) => `${k} ${a.n}`).join(', ')})`);
  for (const s of skipped) console.log(`  skipped ${s}`);
  console.log('\nlang  type          tp   fp   fn      P      R     F1');
  for (const r of rows) {
    if ('p' in r) {
      const x = r as { lang: string; type: string; tp: number; fp: number; fn: number; p: number; r: number; f1: number };
      console.log(`${x.lang.padEnd(5)} ${x.type.padEnd(12)} ${String(x.tp).padStart(4)} ${String(x.fp).padStart(4)} ${String(x.fn).padStart(4)}  ${pct(x.p)}  ${pct(x.r)}  ${pct(x.f1)}`);
    }
  }
  const pp = prf(peer);
  console.log(`en    people       ${String(peer.tp).padStart(4)} ${String(peer.fp).padStart(4)} ${String(peer.fn).padStart(4)}  ${pct(pp.p)}  ${pct(pp.r)}  ${pct(pp.f1)}   <- compromise people(), same gold, same nameKey rule (peer)`);
  for (const m of peerMisses) console.log(`  ${m}`);
  console.log('\nattribute accuracy over matched facts (right/total)');
  for (const lang of ['en', 'ru', 'vi', 'all']) {
    const a = agg.get(lang);
    if (!a) continue;
    const parts = Object.entries(a.attrs).map(([k, [x, y]]) => `${k} ${x}/${y}${y ? ` (${pct(x / y).trim()}%)` : ''}`);
    console.log(`${lang.padEnd(5)} language ${a.langOk}/${a.n}; ${parts.join('; ')}`);
  }
}
