/**
 * npm run bench — issue 13's benchmark. Per language, one core, article by article, on the
 * fixtures and (when ../shared is present) the real-news articles, repeated to about 1 MB, in a
 * child process per language alone and one for the three in a row, with V8's defaults and with
 * --no-regexp-tier-up (which the CLI sets):
 *
 *  - parseReport with the language given, and with detection; each extractor alone; detection
 *    alone; the peers on the same text in the same run (chrono-node strict per locale, dates
 *    only; compromise people() on English; franc restricted to the three languages; one pass of
 *    four simple regexes as the ceiling of any scan), and our ratio to each;
 *  - linearity: one text of 10 MB against one of 1 MB (time ratio, linear is 10) and the peak
 *    RSS of the 10 MB run, in a child process per language;
 *  - the first call after import, in a fresh child process per language;
 *  - every hostile shape of bench/hostile.ts at 100 KB and 1 MB (ratio, linear is 10).
 *
 * Medians of 5 runs (hostile: best of 7 and 3). `--write` saves the tables to bench/RESULTS.md
 * with the date and machine; `--only throughput|linear|hostile` runs one part. Speed is measured
 * here, never in unit tests. Linearity, memory and the first call run in bench/child.mjs on the
 * built package (plain node, no tsx loader).
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Lang = 'en' | 'ru' | 'vi';
const LANGS: Lang[] = ['en', 'ru', 'vi'];
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

function articleFiles(lang: Lang): string[] {
  const out: string[] = [];
  for (const dir of [join(root, 'fixtures', lang), join(root, '../shared/corpora/real-news', lang)]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) out.push(join(dir, f));
  }
  return out;
}
function articles(lang: Lang): string[] {
  return articleFiles(lang).map((f) => readFileSync(f, 'utf8'));
}

// ---- child modes: a fresh process per measurement ------------------------------------------
// ---- main --------------------------------------------------------------------------------------
const part = arg('--only');
const { detectLanguage, extractDates, extractDocuments, extractPeople, extractUnits, parseReport } = await import('../src/index.js');
const { HOSTILE } = await import('./hostile.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
/** Median of 5 timed runs after one warm-up. */
function timeIt(fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}
const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

const throughput: string[] = [];
const peers: string[] = [];
const childThroughput = arg('--child-throughput');
if (childThroughput) {
  const chrono = await import('chrono-node');
  const nlp = (await import('compromise')).default;
  const { franc } = await import('franc');
  const strict = { en: chrono.en.strict, ru: chrono.ru.strict, vi: chrono.vi.strict } as const;
  const ref = new Date('2025-06-01T12:00:00Z');
  // the ceiling: one pass of four simple patterns, no records
  const simple = [/\d{1,4}/g, /\p{Lu}\p{Ll}+/gu, /[.,;:]/g, /\s+/g];
  for (const lang of childThroughput.split(',') as Lang[]) {
    const arts = articles(lang);
    const bytes = arts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const reps = Math.max(1, Math.ceil(1e6 / bytes));
    const total = bytes * reps;
    const each = (fn: (t: string) => unknown) => () => {
      for (let i = 0; i < reps; i++) for (const t of arts) fn(t);
    };
    const opts = { language: lang };
    const ours = timeIt(each((t) => parseReport(t, opts)));
    const detected = timeIt(each((t) => parseReport(t)));
    const stages: [string, number][] = [
      ['documents', timeIt(each((t) => extractDocuments(t, opts)))],
      ['dates', timeIt(each((t) => extractDates(t, opts)))],
      ['people', timeIt(each((t) => extractPeople(t, opts)))],
      ['units', timeIt(each((t) => extractUnits(t, opts)))],
      ['detectLanguage', timeIt(each((t) => detectLanguage(t)))],
    ];
    throughput.push(
      `| ${lang} | ${(total / 1e6).toFixed(2)} | ${mbps(total, ours).toFixed(2)} | ${mbps(total, detected).toFixed(2)} | ` +
        stages.map(([, ms]) => mbps(total, ms).toFixed(2)).join(' | ') +
        ` |`,
    );
    const tChrono = timeIt(each((t) => strict[lang].parse(t, ref)));
    const tFranc = timeIt(each((t) => franc(t, { only: ['eng', 'rus', 'vie'] })));
    const tSimple = timeIt(each((t) => {
      for (const r of simple) {
        r.lastIndex = 0;
        while (r.exec(t));
      }
    }));
    let tNlp: number | undefined;
    if (lang === 'en') {
      // compromise needs gigabytes on large input: a quarter of the English text is enough
      const few = arts.slice(0, Math.max(1, Math.floor(arts.length / 4)));
      const fewBytes = few.reduce((n, t) => n + Buffer.byteLength(t), 0);
      const t = timeIt(() => {
        for (const x of few) nlp(x).people().out('array');
      });
      tNlp = t * (bytes / fewBytes) * reps;
    }
    const ratio = (peerMs: number) => (peerMs / ours).toFixed(2);
    peers.push(
      `| ${lang} | ${mbps(total, ours).toFixed(2)} | ${mbps(total, tChrono).toFixed(2)} (${ratio(tChrono)}×) | ` +
        `${tNlp === undefined ? '–' : `${mbps(total, tNlp).toFixed(3)} (${ratio(tNlp)}×)`} | ${mbps(total, tFranc).toFixed(2)} | ${mbps(total, tSimple).toFixed(1)} |`,
    );
  }
  console.log(JSON.stringify({ throughput, peers }));
  process.exit(0);
}
/** One child process per run: each language alone, then all three in one process, with V8's defaults and with --no-regexp-tier-up. */
const orderNotes: string[] = [];
if (!part || part === 'throughput') {
  const self = fileURLToPath(import.meta.url);
  const child = (langs: string, flags: string[]) =>
    JSON.parse(execFileSync(process.execPath, [...flags, ...process.execArgv, self, '--child-throughput', langs], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop()!) as {
      throughput: string[];
      peers: string[];
    };
  for (const [label, flags] of [['V8 defaults', []], ['--no-regexp-tier-up (the CLI sets it)', ['--no-regexp-tier-up']]] as const) {
    for (const lang of LANGS) {
      const r = child(lang, [...flags]);
      throughput.push(r.throughput[0]!.replace(/^\| (\w+) \|/, `| $1 alone, ${label} |`));
      if (flags.length === 0) peers.push(...r.peers);
      console.error(throughput[throughput.length - 1]);
    }
    const seq = child(LANGS.join(','), [...flags]);
    for (const row of seq.throughput) throughput.push(row.replace(/^\| (\w+) \|/, `| $1 after the others before it, ${label} |`));
    orderNotes.push(label);
  }
}

const linear: string[] = [];
const first: string[] = [];
if (!part || part === 'linear') {
  if (!existsSync(join(root, 'dist', 'esm', 'index.js'))) throw new Error('bench: dist/esm/index.js is missing; run `npm run bench` (it builds first)');
  // plain node on the built package: see bench/child.mjs
  const child = join(root, 'bench', 'child.mjs');
  const run = (mode: string, lang: Lang, files: string[]) =>
    JSON.parse(execFileSync(process.execPath, [child, mode, lang, ...files], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop()!);
  for (const lang of LANGS) {
    const files = articleFiles(lang);
    const l = run('linear', lang, files) as { mbSmall: number; mbBig: number; tSmall: number; tBig: number; peakMb: number };
    linear.push(`| ${lang} | ${l.tSmall.toFixed(0)} | ${l.tBig.toFixed(0)} | ${(l.tBig / l.tSmall).toFixed(1)} | ${l.peakMb.toFixed(0)} |`);
    const f = run('first', lang, files.slice(0, 1)) as { importMs: number; firstMs: number; secondMs: number };
    first.push(`| ${lang} | ${f.importMs.toFixed(0)} | ${f.firstMs.toFixed(0)} | ${f.secondMs.toFixed(1)} |`);
    console.error(linear[linear.length - 1], first[first.length - 1]);
  }
}

/** Best of `runs` timings of one parse (the least disturbed by other work on the machine). */
function timeParse(text: string, language: Lang, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // a collection between runs, so that one run does not pay for the garbage of the last
    (globalThis as { gc?: () => void }).gc?.();
    const t = performance.now();
    parseReport(text, { language });
    times.push(performance.now() - t);
  }
  return Math.min(...times);
}

const hostile: string[] = [];
for (const h of !part || part === 'hostile' ? HOSTILE : []) {
  parseReport(h.make(20_000), { language: h.language });
  // a short time is the noisier: more runs at 100 KB
  const small = timeParse(h.make(100_000), h.language, 7);
  const big = timeParse(h.make(1_000_000), h.language, 3);
  const ratio = big / small;
  hostile.push(`| ${h.name} | ${h.language} | ${small.toFixed(0)} | ${big.toFixed(0)} | ${ratio.toFixed(1)}${ratio > 12 ? ' (over 12)' : ''} |`);
  console.error(hostile[hostile.length - 1]);
}

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const real = existsSync(join(root, '../shared/corpora/real-news')) ? 'fixtures and real-news articles' : 'fixtures (../shared absent: no real-news articles)';
const out =
  `# Benchmark\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}, \`npm run bench\` (src through tsx).\n` +
  `Texts: the ${real} of each language, article by article, repeated to about 1 MB; medians of 5 runs.\n\n` +
  (throughput.length
    ? `## Throughput, MB/s (target: parseReport ≥ 20 with the language given, ≥ 15 with detection)\n\n` +
      `| language, process | MB | parseReport | with detection | documents | dates | people | units | detectLanguage |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n${throughput.join('\n')}\n\n` +
      `## Peers on the same text, same run, MB/s (in brackets: their time over ours; target ≥ 2× chrono, ≥ 100× compromise)\n\n` +
      `| lang | newsreport parseReport | chrono-node strict (dates only) | compromise people() | franc, 3 languages | 4 simple regexes, one pass |\n|---|---:|---:|---:|---:|---:|\n${peers.join('\n')}\n`
    : '') +
  (linear.length
    ? `\n## Linearity and memory, one text per run, language given, fresh process, plain node on dist/ (targets: ratio ≤ 11, peak RSS ≤ 300 MB)\n\n` +
      `| lang | ms for 1 MB | ms for 10 MB | 10 MB / 1 MB | peak RSS of the process (high-water mark, 10 MB run included), MB |\n|---|---:|---:|---:|---:|\n${linear.join('\n')}\n\n` +
      `## First call after import, fresh process, plain node on dist/ (target ≤ 50 ms)\n\n| lang | import, ms | first parseReport, ms | second, ms |\n|---|---:|---:|---:|\n${first.join('\n')}\n`
    : '') +
  (hostile.length
    ? `\n## Hostile input: time at 100 KB and 1 MB\n\n| hostile shape (bench/hostile.ts) | language | ms at 100 KB | ms at 1 MB | ratio (linear: 10) |\n|---|---|---:|---:|---:|\n${hostile.join('\n')}\n`
    : '');
console.log(out);
if (process.argv.includes('--write')) writeFileSync(join(root, 'bench', 'RESULTS.md'), out);
