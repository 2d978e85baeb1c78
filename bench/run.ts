/**
 * npm run bench — throughput of parseReport and detectLanguage on the bundled fixtures
 * (repeated to ~2 MB), median of 5 runs. `--write` saves the table to bench/RESULTS.md with the
 * date and machine. Speed is measured here, never in unit tests.
 */
import { cpus, totalmem } from 'node:os';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLanguage, parseReport } from '../src/index.js';

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
for (const lang of ['en', 'ru', 'vi']) {
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
rows.push(measure('detectLanguage, all articles (x50)', allBytes * 50, () => {
  for (let i = 0; i < 50; i++) for (const t of all) detectLanguage(t);
}));

const head = `| what | MB | ms (median of 5) | MB/s |\n|---|---:|---:|---:|`;
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const out = `# Benchmark\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}.\n\n${head}\n${rows.join('\n')}\n`;
console.log(out);
if (process.argv.includes('--write')) writeFileSync(join(root, 'bench', 'RESULTS.md'), out);
