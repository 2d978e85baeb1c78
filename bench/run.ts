/**
 * npm run bench — throughput of parseReport and detectLanguage on the bundled fixtures
 * (repeated to ~2 MB), median of 5 runs; then every hostile shape of bench/hostile.ts (issue 11's
 * super-linear paths) timed at 100 KB (best of 7) and 1 MB (best of 3): a linear path has a ratio near 10.
 * `--write` saves the tables to bench/RESULTS.md with the date and machine; `--only throughput`
 * or `--only hostile` runs one part. Speed is measured here, never in unit tests.
 */
import { cpus, totalmem } from 'node:os';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLanguage, parseReport } from '../src/index.js';
import { HOSTILE } from './hostile.js';

const onlyArg = process.argv.indexOf('--only');
const part = onlyArg >= 0 ? process.argv[onlyArg + 1] : undefined;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const texts: { lang: string; text: string }[] = [];
for (const lang of ['en', 'ru', 'vi']) {
  const dir = join(root, 'fixtures', lang);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) texts.push({ lang, text: readFileSync(join(dir, f), 'utf8') });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(label: string, bytes: number, fn: () => void): string {
  fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  const ms = median(times);
  return `| ${label} | ${(bytes / 1e6).toFixed(2)} | ${ms.toFixed(1)} | ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} |`;
}

const rows: string[] = [];
for (const lang of part === 'hostile' ? [] : ['en', 'ru', 'vi']) {
  const arts = texts.filter((t) => t.lang === lang).map((t) => t.text);
  const bytes = arts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const reps = Math.max(1, Math.ceil(2e6 / bytes));
  rows.push(measure(`parseReport, ${lang} articles one by one (x${reps})`, bytes * reps, () => {
    for (let i = 0; i < reps; i++) for (const t of arts) parseReport(t);
  }));
  const big = arts.join('\n\n').repeat(Math.min(reps, 40));
  rows.push(measure(`parseReport, one ${lang} text of ${(Buffer.byteLength(big) / 1e6).toFixed(1)} MB`, Buffer.byteLength(big), () => parseReport(big)));
}
const all = texts.map((t) => t.text);
const allBytes = all.reduce((n, t) => n + Buffer.byteLength(t), 0);
if (part !== 'hostile') {
  rows.push(measure('detectLanguage, all articles (x50)', allBytes * 50, () => {
    for (let i = 0; i < 50; i++) for (const t of all) detectLanguage(t);
  }));
}

/** Best of `runs` timings of one parse (the least disturbed by other work on the machine). */
function timeParse(text: string, language: 'en' | 'ru' | 'vi', runs: number): number {
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
for (const h of part === 'throughput' ? [] : HOSTILE) {
  parseReport(h.make(20_000), { language: h.language });
  // a short time is the noisier: more runs at 100 KB
  const small = timeParse(h.make(100_000), h.language, 7);
  const big = timeParse(h.make(1_000_000), h.language, 3);
  const ratio = big / small;
  hostile.push(`| ${h.name} | ${h.language} | ${small.toFixed(0)} | ${big.toFixed(0)} | ${ratio.toFixed(1)}${ratio > 12 ? ' (over 12)' : ''} |`);
  console.error(hostile[hostile.length - 1]);
}

const head = `| what | MB | ms (median of 5) | MB/s |\n|---|---:|---:|---:|`;
const hostileHead = `| hostile shape (bench/hostile.ts) | language | ms at 100 KB | ms at 1 MB | ratio (linear: 10) |\n|---|---|---:|---:|---:|`;
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const out =
  `# Benchmark\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}.\n\n` +
  (rows.length ? `${head}\n${rows.join('\n')}\n` : '') +
  (hostile.length ? `\n## Hostile input: time at 100 KB and 1 MB\n\n${hostileHead}\n${hostile.join('\n')}\n` : '');
console.log(out);
if (process.argv.includes('--write')) writeFileSync(join(root, 'bench', 'RESULTS.md'), out);
