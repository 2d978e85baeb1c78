/**
 * The sample behind bench/fp-review.md: parseReport (language detected) on vi-news-text (both
 * files), the vi-legal-docs texts and the factRuEval-2016 test texts; up to 50 records per type
 * (documents, dates, people, units) drawn with a fixed seed, each printed with ±80 characters of
 * context for a reader to judge. Not a section of eval:external (it scores nothing by itself).
 *   npx tsx scripts/external/fp-sample.ts [--seed N] [--per 50] > /tmp/fp-sample.txt
 */
import { pathToFileURL } from 'node:url';
import { parseReport } from '../../src/index.js';
import { HAS_CORPORA, readJsonl } from './common.js';

const args = process.argv.slice(2);
const opt = (k: string, d: number) => (args.includes(k) ? Number(args[args.indexOf(k) + 1]) : d);
const SEED = opt('--seed', 20250607);
const PER = opt('--per', 50);

interface Doc {
  id: string;
  text: string;
}
interface Rec {
  doc: string;
  type: string;
  start: number;
  end: number;
  text: string;
  detail: string;
  context: string;
}

/** mulberry32: a small seeded PRNG, so the sample is the same on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function corpusDocs(): Doc[] {
  const docs: Doc[] = [];
  readJsonl<{ url: string; text: string }>('vi-news-text/vi_news_underthesea_col_202108.jsonl').forEach((d) => docs.push({ id: d.url, text: d.text }));
  readJsonl<{ id: string; text: string }>('vi-news-text/vi_news_underthesea_sample_articles.jsonl').forEach((d) => docs.push({ id: `vi-news-sample/${d.id}`, text: d.text }));
  readJsonl<{ id: string; text: string }>('vi-legal-docs/vi_legal_docs_metadata.jsonl').forEach((d) => docs.push({ id: `vi-legal-docs/${d.id}`, text: d.text }));
  readJsonl<{ id: string; split: string; text: string }>('factrueval2016-ru/factrueval2016_ru.jsonl')
    .filter((d) => d.split === 'test')
    .forEach((d) => docs.push({ id: `factrueval/${d.id}`, text: d.text }));
  return docs;
}

const ctx = (t: string, s: number, e: number, w = 80) =>
  `${t.slice(Math.max(0, s - w), s)}⟦${t.slice(s, e)}⟧${t.slice(e, e + w)}`.replace(/\s+/g, ' ');

function main() {
  if (!HAS_CORPORA) return console.log('corpora absent');
  const all: Record<string, Rec[]> = { documents: [], dates: [], people: [], units: [] };
  for (const d of corpusDocs()) {
    const r = parseReport(d.text);
    const add = (type: string, x: { span: { start: number; end: number }; text: string }, detail: unknown) =>
      all[type]!.push({ doc: d.id, type, start: x.span.start, end: x.span.end, text: x.text, detail: JSON.stringify(detail), context: ctx(d.text, x.span.start, x.span.end) });
    for (const x of r.documents) add('documents', x, { kind: x.kind, key: x.key, date: x.date, issuer: x.issuer });
    for (const x of r.dates) add('dates', x, { kind: x.kind, value: x.value, start: x.start, end: x.end, yearInferred: x.yearInferred });
    for (const x of r.people) add('people', x, { nameKey: x.nameKey, honorific: x.honorific, roles: x.roles.map((o) => `${o.title}${o.organization ? ` | ${o.organization}` : ''}`) });
    for (const x of r.units) add('units', x, { count: x.count, units: x.units, level: x.level, noun: x.noun });
  }
  const next = rng(SEED);
  for (const [type, xs] of Object.entries(all)) {
    // partial Fisher–Yates: the first PER of a seeded shuffle, then in corpus order for reading
    const a = xs.slice();
    for (let i = 0; i < Math.min(PER, a.length); i++) {
      const j = i + Math.floor(next() * (a.length - i));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    const pick = a.slice(0, PER).sort((p, q) => xs.indexOf(p) - xs.indexOf(q));
    console.log(`\n===== ${type}: ${pick.length} sampled of ${xs.length} (seed ${SEED})`);
    pick.forEach((x, i) => console.log(`\n[${type} ${i + 1}] ${x.doc} @${x.start}-${x.end} «${x.text}» ${x.detail}\n   ${x.context}`));
  }
}

// run only as a script, not when imported
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
