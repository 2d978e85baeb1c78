/**
 * npm run bench:batch — issue 16's throughput of parseReports on 1 and 2 worker threads, and
 * of two independent processes (what the machine's cores give at best), on the built package:
 * fixtures and real-news articles, repeated, language given; then the CLI on archives (a 50 MB
 * JSONL on one thread and with --jobs 2, 20,000 small files: time and peak RSS; --no-archives
 * skips them). Writes bench/BATCH.md with --write.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPEAT = 20;
const items = ['en', 'ru', 'vi'].flatMap((l) =>
  [join(root, 'fixtures', l), join(root, '../shared/corpora/real-news', l)]
    .filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => ({ id: `${l}/${f}`, text: readFileSync(join(d, f), 'utf8'), lang: l }))),
);
const batch = Array.from({ length: REPEAT }, () => items).flat();
const mb = batch.reduce((s, i) => s + Buffer.byteLength(i.text), 0) / 1e6;

if (process.argv[2] === '--child') {
  const { parseReport } = await import('../dist/esm/index.js');
  const t = performance.now();
  for (const i of batch) parseReport(i.text, { language: i.lang });
  console.log(JSON.stringify({ s: (performance.now() - t) / 1000 }));
  process.exit(0);
}

const { parseReports } = await import('../dist/esm/index.js');
async function run(workers) {
  const t = performance.now();
  let n = 0;
  for await (const r of parseReports(batch, { workers })) if (r.id === batch[n++].id) continue;
  return (performance.now() - t) / 1000;
}
const rows = [];
for (const workers of [1, 2]) {
  const times = [];
  for (let k = 0; k < 3; k++) times.push(await run(workers));
  const s = Math.min(...times);
  rows.push(`| parseReports, ${workers} worker${workers > 1 ? ' threads' : ' (calling thread)'} | ${s.toFixed(2)} | ${(mb / s).toFixed(2)} |`);
  console.error(rows[rows.length - 1]);
}
// two processes side by side: the most two cores can give this workload here
const one = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child'], { encoding: 'utf8' })).s;
const t = performance.now();
await Promise.all(
  [0, 1].map(
    () =>
      new Promise((res, rej) => {
        import('node:child_process').then(({ execFile }) => execFile(process.execPath, [fileURLToPath(import.meta.url), '--child'], (e, out) => (e ? rej(e) : res(out))));
      }),
  ),
);
const both = (performance.now() - t) / 1000;
rows.push(`| one process alone | ${one.toFixed(2)} | ${(mb / one).toFixed(2)} |`);
rows.push(`| two processes side by side (twice the work) | ${both.toFixed(2)} | ${((2 * mb) / both).toFixed(2)} |`);
// the CLI on archives: a 50 MB JSONL (one thread, --jobs 2) and 20,000 small files, peak RSS of
// the whole process (all its threads) from tests/support/report-rss.mjs
const cliRows = [];
if (!process.argv.includes('--no-archives')) {
  const { mkdtempSync, mkdirSync, rmSync, openSync, writeSync, closeSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const tmp = mkdtempSync(join(tmpdir(), 'newsreport-archive-'));
  const jsonl = join(tmp, 'archive.jsonl');
  const fd = openSync(jsonl, 'w');
  let size = 0;
  let lines = 0;
  for (let i = 0; size < 50e6; i++, lines++) {
    const line = `${JSON.stringify({ id: `a${i}`, text: items[i % items.length].text })}\n`;
    writeSync(fd, line);
    size += Buffer.byteLength(line);
  }
  closeSync(fd);
  const files = join(tmp, 'files');
  mkdirSync(files);
  for (let i = 0; i < 20_000; i++) writeFileSync(join(files, `${String(i).padStart(5, '0')}.txt`), items[i % items.length].text.slice(0, 1500));
  const cli = (args) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--import', join(root, 'tests/support/report-rss.mjs'), join(root, 'dist/esm/cli/bin.js'), ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    const s = (performance.now() - t) / 1000;
    if (r.status !== 0) throw new Error(`newsreport ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
    return { s, rss: Math.round(Number(/peak-rss-kb (\d+)/.exec(r.stderr)[1]) / 1024) };
  };
  const one = cli(['--input', 'jsonl', jsonl]);
  const two = cli(['--input', 'jsonl', '--jobs', '2', jsonl]);
  const dir = cli([files, '--format', 'jsonl']);
  cliRows.push(`| \`newsreport --input jsonl\` on a ${(size / 1e6).toFixed(0)} MB JSONL (${lines.toLocaleString('en')} articles) | ${one.s.toFixed(1)} s | ${one.rss} MB |`);
  cliRows.push(`| the same with \`--jobs 2\` | ${two.s.toFixed(1)} s (${(one.s / two.s).toFixed(2)}×) | ${two.rss} MB |`);
  cliRows.push(`| \`newsreport dir --format jsonl\` on 20,000 files of 1.5 KB | ${dir.s.toFixed(1)} s | ${dir.rss} MB |`);
  for (const r of cliRows) console.error(r);
  rmSync(tmp, { recursive: true, force: true });
}

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const out =
  `# Batch throughput\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}, \`npm run bench:batch\` (built package).\n` +
  `${batch.length} articles (${mb.toFixed(2)} MB: fixtures and real-news, ${REPEAT} times), language given; best of 3.\n\n` +
  `| run | seconds | MB/s |\n|---|---:|---:|\n${rows.join('\n')}\n` +
  (cliRows.length
    ? `\n## The CLI on archives\n\nSame day and machine, built package, peak RSS of the whole process (all threads). The articles are the same\n` +
      `texts, the language left to detection. The CLI runs with \`--no-regexp-tier-up\` and, for \`--input jsonl\`,\n` +
      `\`--optimize-for-size\` (src/cli/v8-flags.ts).\n\n| run | wall time | peak RSS |\n|---|---:|---:|\n${cliRows.join('\n')}\n`
    : '');
console.log(out);
if (process.argv.includes('--write')) writeFileSync(join(root, 'bench', 'BATCH.md'), out);
