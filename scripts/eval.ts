/**
 * npm run eval — runs parseReport on every fixture (language detected, referenceDate from the
 * gold file) and prints precision / recall / F1 per language and record type, for two sets on
 * their own lines: the house-style fixtures (fixtures/ and the seeds' gold) and the real-text
 * development set (../shared/corpora/real-news: published articles, gold written by hand),
 * skipped with a note when ../shared is absent.
 *   --verbose   list every miss and false positive per article
 *   --json      print the figures as JSON
 *   --set house|real   only one set
 */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { parseReport } from '../src/index.js';
import { loadFixtures, loadRealNews, prf, scoreArticle, TYPES, type ArticleScore, type Counts, type Fixture } from './eval-lib.js';
import { compromisePeople } from './peer-people.js';
import { evaluateAlignment, formatAlignEval } from './eval-align.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');
const setArg = process.argv.indexOf('--set');
const onlySet = setArg >= 0 ? process.argv[setArg + 1] : undefined;
const { fixtures, skipped } = onlySet === 'real' ? { fixtures: [], skipped: [] } : loadFixtures(root);
const real = onlySet === 'house' ? { fixtures: [] as Fixture[] } : loadRealNews(root);

type Agg = { counts: Record<string, Counts>; attrs: Record<string, [number, number]>; n: number; langOk: number };
type Aggs = Map<string, Agg>;
const get = (agg: Aggs, k: string): Agg => {
  let a = agg.get(k);
  if (!a) {
    a = { counts: {}, attrs: {}, n: 0, langOk: 0 };
    for (const t of TYPES) a.counts[t] = { tp: 0, fp: 0, fn: 0 };
    agg.set(k, a);
  }
  return a;
};

/** compromise's people() on the English articles of a set, scored like ours (issue 5's peer). */
function peerPeople(set: Fixture[]): { c: Counts; misses: string[] } {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  for (const fx of set.filter((f) => f.gold.language === 'en')) {
    const gold = new Set(fx.gold.people.map((p) => p.nameKey));
    const got = new Set(compromisePeople(fx.text));
    const tp = [...gold].filter((k) => got.has(k)).length;
    c.tp += tp;
    c.fp += got.size - tp;
    c.fn += gold.size - tp;
    if (verbose) misses.push(`${fx.id}: compromise extra ${[...got].filter((k) => !gold.has(k)).join(' | ')}; missed ${[...gold].filter((k) => !got.has(k)).join(' | ')}`);
  }
  return { c, misses };
}

function evaluate(set: Fixture[]): Aggs {
 const agg: Aggs = new Map();
 for (const fx of set) {
  const report = parseReport(fx.text, fx.gold.referenceDate ? { referenceDate: fx.gold.referenceDate } : {});
  const s: ArticleScore = scoreArticle(fx.gold, report);
  for (const key of [fx.gold.language, 'all']) {
    const a = get(agg, key);
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
 return agg;
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function rowsOf(agg: Aggs): Record<string, unknown>[] {
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
  return rows;
}

function print(title: string, set: Fixture[], agg: Aggs, peer: { c: Counts; misses: string[] }): void {
  console.log(`${title}: ${set.length} articles (${[...agg.entries()].filter(([k]) => k !== 'all').map(([k, a]) => `${k} ${a.n}`).join(', ')})`);
  console.log('\nlang  type          tp   fp   fn      P      R     F1');
  for (const r of rowsOf(agg)) {
    if ('p' in r) {
      const x = r as { lang: string; type: string; tp: number; fp: number; fn: number; p: number; r: number; f1: number };
      console.log(`${x.lang.padEnd(5)} ${x.type.padEnd(12)} ${String(x.tp).padStart(4)} ${String(x.fp).padStart(4)} ${String(x.fn).padStart(4)}  ${pct(x.p)}  ${pct(x.r)}  ${pct(x.f1)}`);
    }
  }
  const pp = prf(peer.c);
  console.log(`en    people       ${String(peer.c.tp).padStart(4)} ${String(peer.c.fp).padStart(4)} ${String(peer.c.fn).padStart(4)}  ${pct(pp.p)}  ${pct(pp.r)}  ${pct(pp.f1)}   <- compromise people(), same gold, same nameKey rule (peer)`);
  for (const m of peer.misses) console.log(`  ${m}`);
  console.log('\nattribute accuracy over matched facts (right/total); roleRecall is post recall');
  for (const lang of ['en', 'ru', 'vi', 'all']) {
    const a = agg.get(lang);
    if (!a) continue;
    const parts = Object.entries(a.attrs).map(([k, [x, y]]) => `${k} ${x}/${y}${y ? ` (${pct(x / y).trim()}%)` : ''}`);
    console.log(`${lang.padEnd(5)} language ${a.langOk}/${a.n}; ${parts.join('; ')}`);
  }
}

const sets: { name: string; title: string; set: Fixture[] }[] = [];
if (onlySet !== 'real') sets.push({ name: 'house', title: 'newsreport eval, house-style fixtures', set: fixtures });
if (onlySet !== 'house') sets.push({ name: 'real', title: 'newsreport eval, real-news development set (published articles, ../shared/corpora/real-news)', set: real.fixtures });
const results = sets.map((x) => ({ ...x, agg: evaluate(x.set), peer: peerPeople(x.set) }));
// alignment of the parallel sets and the seed pair (issue 14), with the house set
const alignment = onlySet === 'real' ? undefined : evaluateAlignment(root, verbose);
if (asJson) {
  console.log(
    JSON.stringify(
      {
        skipped: [...skipped, ...(real.missing ? [`real-news: ${real.missing}`] : [])],
        sets: results.map((x) => ({ set: x.name, articles: x.set.length, rows: rowsOf(x.agg), peers: [{ lang: 'en', type: 'people', system: 'compromise people()', ...x.peer.c, ...prf(x.peer.c) }] })),
        ...(alignment ? { alignment: { ...alignment, misses: undefined } } : {}),
      },
      null,
      2,
    ),
  );
} else {
  for (const [i, x] of results.entries()) {
    if (i > 0) console.log('\n' + '-'.repeat(72) + '\n');
    if (x.name === 'real' && real.missing) {
      console.log(`NOTE: real-news set skipped: ${real.missing}`);
      continue;
    }
    print(x.title, x.set, x.agg, x.peer);
    if (x.name === 'house') for (const s of skipped) console.log(`  skipped ${s}`);
    if (x.name === 'house' && alignment) console.log(`\n${formatAlignEval(alignment)}`);
  }
}
