/**
 * npm run bench:batch — issue 16's throughput of parseReports on 1 and 2 worker threads, and
 * of two independent processes (what the machine's cores give at best), on the built package:
 * fixtures and real-news articles, repeated, language given. Writes bench/BATCH.md with --write.
 */
import { execFileSync } from 'node:child_process';
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
const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const out =
  `# Batch throughput\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}, \`npm run bench:batch\` (built package).\n` +
  `${batch.length} articles (${mb.toFixed(2)} MB: fixtures and real-news, ${REPEAT} times), language given; best of 3.\n\n` +
  `| run | seconds | MB/s |\n|---|---:|---:|\n${rows.join('\n')}\n`;
console.log(out);
if (process.argv.includes('--write')) writeFileSync(join(root, 'bench', 'BATCH.md'), out);
