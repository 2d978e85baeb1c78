/**
 * npm run bench:queue — throughput of the queue recipe (examples/queue, issue 16) on this machine:
 * a throwaway redis-server on loopback, 2,000 article jobs from the house fixtures (language
 * given), then 1, 2 and 3 worker processes running the built package, timed from the producer's
 * start to the last result. The same articles parsed in one loop in one process are the baseline.
 * Prints a Markdown table; `--write` saves it as bench/QUEUE.md; BENCH_WORKERS=1,2 picks the rounds.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { startRedis } from '../examples/queue/local-redis.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'examples', 'queue');
const JOBS = 2_000;
const texts = ['en', 'ru', 'vi'].flatMap((lang) =>
  readdirSync(join(root, 'fixtures', lang))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ lang, text: readFileSync(join(root, 'fixtures', lang, f), 'utf8') })),
);
const jobs = Array.from({ length: JOBS }, (_, i) => ({ id: `art-${i}`, ...texts[i % texts.length] }));
const mb = jobs.reduce((s, j) => s + Buffer.byteLength(j.text), 0) / 1e6;

const redis = await startRedis();
if ('why' in redis) {
  console.error(`bench:queue: ${redis.why}`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'newsreport-queue-bench-'));
const input = join(dir, 'archive.jsonl');
writeFileSync(input, `${jobs.map((j) => JSON.stringify(j)).join('\n')}\n`);

function run(args, env, onStderr) {
  const p = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  p.stdout.on('data', (d) => (stdout += d));
  p.stderr.on('data', (d) => {
    stderr += d;
    onStderr?.(stderr);
  });
  const done = new Promise((ok) => p.on('close', (code) => ok({ code, stdout, stderr })));
  return { p, done };
}

async function round(workers) {
  const name = `bench-${workers}`;
  const env = { ...process.env, REDIS_URL: redis.url, NEWSREPORT_QUEUE: name };
  const out = join(dir, name);
  // start the workers and wait until each is connected and has loaded the library
  const procs = await Promise.all(
    Array.from({ length: workers }, () => {
      let ready;
      const r = run([join(example, 'worker.mjs'), '--out', out], env, (err) => err.includes('ready') && ready());
      return new Promise((ok) => (ready = () => ok(r)));
    }),
  );
  const queue = new Queue(name, { connection: { host: '127.0.0.1', port: Number(new URL(redis.url).port) } });
  const t = performance.now();
  const produced = await run([join(example, 'producer.mjs'), input], env).done;
  if (produced.code !== 0) throw new Error(produced.stderr);
  for (;;) {
    const c = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized', 'waiting-children');
    if (Object.values(c).every((n) => n === 0)) break;
    await new Promise((ok) => setTimeout(ok, 20));
  }
  const s = (performance.now() - t) / 1000;
  await queue.close();
  for (const { p } of procs) p.kill('SIGTERM');
  const logs = await Promise.all(procs.map((r) => r.done));
  const rss = logs.map((l) => Number(/peak RSS (\d+) MB/.exec(l.stderr)?.[1] ?? NaN));
  const results = readdirSync(out).reduce((n, f) => n + readFileSync(join(out, f), 'utf8').split('\n').filter(Boolean).length, 0);
  if (results !== JOBS) throw new Error(`${workers} workers wrote ${results} results, not ${JOBS}`);
  return { s, rss: Math.max(...rss) };
}

// baseline: the same articles in one loop in one process, built package, with the workers' V8 flag
(await import('node:v8')).setFlagsFromString('--no-regexp-tier-up');
const { parseReport } = await import('../dist/esm/index.js');
for (const j of jobs.slice(0, 50)) parseReport(j.text, { language: j.lang });
let t = performance.now();
for (const j of jobs) parseReport(j.text, { language: j.lang });
const loop = (performance.now() - t) / 1000;

const rows = [`| one process, a loop over parseReport (no queue) | ${loop.toFixed(2)} | ${(JOBS / loop).toFixed(0)} | ${(mb / loop).toFixed(2)} | – |`];
for (const workers of (process.env.BENCH_WORKERS ?? '1,2,3').split(',').map(Number)) {
  const r = await round(workers);
  rows.push(`| queue, ${workers} worker process${workers > 1 ? 'es' : ''} | ${r.s.toFixed(2)} | ${(JOBS / r.s).toFixed(0)} | ${(mb / r.s).toFixed(2)} | ${r.rss} |`);
  console.error(rows.at(-1));
}
redis.stop();
rmSync(dir, { recursive: true, force: true });

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const md =
  `# Queue recipe throughput\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}, \`npm run bench:queue\` ` +
  `(built package, examples/queue, redis-server on loopback on the same machine).\n` +
  `${JOBS} jobs (${mb.toFixed(2)} MB: the house fixtures repeated), language given; timed from the producer's start ` +
  `to the last result, workers started and connected beforehand.\n\n` +
  `| run | seconds | articles/s | MB/s | peak RSS per worker (MB) |\n|---|---:|---:|---:|---:|\n${rows.join('\n')}\n`;
console.log(md);
if (process.argv.includes('--write')) writeFileSync(join(root, 'bench', 'QUEUE.md'), md);
