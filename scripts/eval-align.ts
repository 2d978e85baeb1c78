/**
 * Alignment eval (issue 14): the parallel sets of fixtures/align/ (en, ru, vi of one story with
 * planted drifts and hand-written gold) and the seed pair (../shared/seeds 000 in English, 001
 * its Russian translation).
 *
 * - aligned: gold facts present in all versions with one value (`aligned`) against the groups
 *   alignReports finds in every report: precision and recall by type and key;
 * - differences: each gold difference is found when a reported difference has the same values,
 *   version by version (numbers and strings compared as text; for `present`, which versions lack
 *   the fact); reported differences that match no gold difference are false;
 * - the seed pair: every fact should align and no difference be reported.
 *
 * `npm run eval` prints these lines after the extraction tables; `npx tsx scripts/eval-align.ts
 * --verbose` lists every miss and false difference.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignReports, parseReport, type Alignment } from '../src/index.js';

const LANGS = ['en', 'ru', 'vi'] as const;
type Lang = (typeof LANGS)[number];

interface GoldDifference {
  type: string;
  field: string;
  key: string;
  values: Record<Lang, string | number | null>;
  note?: string;
}
interface Gold {
  story: string;
  aligned: { type: string; key: string }[];
  differences: GoldDifference[];
}

export interface AlignEval {
  sets: number;
  aligned: { tp: number; fp: number; fn: number };
  differences: { found: number; missed: number; reported: number; falselyReported: number };
  seed?: { groups: number; partial: number; differences: number };
  misses: string[];
}

const norm = (v: string | number | null | undefined) => (v === null || v === undefined ? null : String(v));

/**
 * A reported difference finds a gold one when, version by version, their values agree wherever
 * both give one (a version whose post or date the extractor did not read is null in the report,
 * not wrong); for `present`, the same versions lack the fact.
 */
function matches(gold: GoldDifference, d: Alignment['differences'][number]): boolean {
  if (gold.field === 'present') {
    return d.field === 'present' && d.type === gold.type && LANGS.every((l, i) => (norm(gold.values[l]) === null) === (d.values[i] === null));
  }
  if (d.field === 'present') return false;
  return LANGS.every((l, i) => {
    const g = norm(gold.values[l]);
    const r = norm(d.values[i]);
    return g === null || r === null || g === r;
  });
}

export function evaluateAlignment(root: string, verbose = false): AlignEval {
  const dir = join(root, 'fixtures', 'align');
  const out: AlignEval = { sets: 0, aligned: { tp: 0, fp: 0, fn: 0 }, differences: { found: 0, missed: 0, reported: 0, falselyReported: 0 }, misses: [] };
  const sets = existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'gold.json'))).sort() : [];
  for (const set of sets) {
    out.sets++;
    const gold = JSON.parse(readFileSync(join(dir, set, 'gold.json'), 'utf8')) as Gold;
    const reports = LANGS.map((l) => parseReport(readFileSync(join(dir, set, `${l}.txt`), 'utf8'), { language: l }));
    const al = alignReports(reports, { labels: [...LANGS] });
    const full = new Set(al.groups.filter((g) => g.present.every(Boolean) && !g.pairedByContext).map((g) => `${g.type}:${g.key}`));
    const want = new Set(gold.aligned.map((a) => `${a.type}:${a.key}`));
    for (const k of full) {
      if (want.has(k)) out.aligned.tp++;
      else {
        out.aligned.fp++;
        out.misses.push(`${set}: aligned, not in gold: ${k}`);
      }
    }
    for (const k of want) {
      if (!full.has(k)) {
        out.aligned.fn++;
        out.misses.push(`${set}: gold aligned, not found: ${k}`);
      }
    }
    const used = new Set<number>();
    for (const g of gold.differences) {
      const i = al.differences.findIndex((d, k) => !used.has(k) && matches(g, d));
      if (i >= 0) {
        used.add(i);
        out.differences.found++;
      } else {
        out.differences.missed++;
        out.misses.push(`${set}: missed ${g.type}.${g.field} ${g.key} ${JSON.stringify(g.values)}`);
      }
    }
    out.differences.reported += al.differences.length;
    al.differences.forEach((d, k) => {
      if (used.has(k)) return;
      out.differences.falselyReported++;
      out.misses.push(`${set}: false ${d.type}.${d.field} ${d.key} ${JSON.stringify(d.values)}`);
    });
  }
  const seeds = resolve(root, '../shared/seeds');
  const en = join(seeds, '000_7d8b1455eb3faf0b.txt');
  const ru = join(seeds, '001_5f4fe48c88a862a6.txt');
  if (existsSync(en) && existsSync(ru)) {
    const al = alignReports([parseReport(readFileSync(en, 'utf8'), { language: 'en' }), parseReport(readFileSync(ru, 'utf8'), { language: 'ru' })]);
    const partial = al.groups.filter((g) => !g.present.every(Boolean));
    out.seed = { groups: al.groups.length, partial: partial.length, differences: al.differences.length };
    for (const g of partial) out.misses.push(`seeds: not aligned: ${g.type}:${g.key} ${JSON.stringify(g.present)}`);
    for (const d of al.differences) out.misses.push(`seeds: difference ${d.type}.${d.field} ${d.key} ${JSON.stringify(d.values)}`);
  }
  if (verbose) for (const m of out.misses) console.log(`  ${m}`);
  return out;
}

export function formatAlignEval(e: AlignEval): string {
  const p = (a: number, b: number) => (b ? ((a / b) * 100).toFixed(1) : '–').padStart(5);
  const { tp, fp, fn } = e.aligned;
  const d = e.differences;
  const lines = [
    `alignment (fixtures/align: ${e.sets} parallel en/ru/vi sets with planted drifts)`,
    `  aligned facts        tp ${tp}  fp ${fp}  fn ${fn}   P ${p(tp, tp + fp)}  R ${p(tp, tp + fn)}`,
    `  differences          found ${d.found} of ${d.found + d.missed} (${p(d.found, d.found + d.missed)}%), missed ${d.missed}, falsely reported ${d.falselyReported} of ${d.reported} reported (${p(d.falselyReported, d.reported)}%)`,
  ];
  if (e.seed) lines.push(`  seed pair 000/001    ${e.seed.groups} facts, ${e.seed.partial} not aligned, ${e.seed.differences} differences reported`);
  else lines.push('  seed pair 000/001    skipped: ../shared/seeds is absent');
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const e = evaluateAlignment(root, process.argv.includes('--verbose'));
  console.log(formatAlignEval(e));
}
