/**
 * The queue recipe of examples/queue (issue 16), run as its README says: a Redis server on
 * loopback, the producer enqueuing 2,000 article jobs from a JSONL file, three worker processes,
 * one of them killed with SIGKILL mid-run, then merge.mjs and dead.mjs. It proves that every
 * article's result is written, that after de-duplication by id each is there exactly once, that the
 * articles that fail every attempt are in the dead-letter list and nowhere else, and that the run
 * finishes. Skips with a note when no redis-server can be started (.ci/run installs one).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { startRedis } from '../examples/queue/local-redis.mjs';
import { parseReport } from '../src/index.js';
import { ROOT } from './helpers.js';

const EXAMPLE = resolve(ROOT, 'examples/queue');
const NODE_ARGS = ['--import', 'tsx', '--import', resolve(ROOT, 'tests/support/newsreport-from-src.mjs')];
const JOBS = 2_000;
const POISON = [7, 400, 1_001, 1_500, 1_999];

const redis = await startRedis();
if ('why' in redis) console.warn(`NOTE: the queue recipe test is skipped: ${redis.why}.`);

interface Job {
  id: string;
  text: unknown;
  lang: 'en' | 'ru' | 'vi';
}

/** 2,000 articles from the house fixtures, ids that BullMQ alone would refuse among them; five cannot be read. */
function archive(): Job[] {
  const texts: { text: string; lang: Job['lang'] }[] = [];
  for (const lang of ['en', 'ru', 'vi'] as const) {
    for (const f of readdirSync(resolve(ROOT, 'fixtures', lang)).filter((f) => f.endsWith('.txt')).sort()) {
      texts.push({ lang, text: readFileSync(resolve(ROOT, 'fixtures', lang, f), 'utf8') });
    }
  }
  return Array.from({ length: JOBS }, (_, i) => {
    const id = i === 3 ? '12345' : i === 4 ? 'vnexpress:2025/07/01' : `art-${String(i).padStart(4, '0')}`;
    const t = texts[i % texts.length]!;
    return { id, lang: t.lang, text: POISON.includes(i) ? { html: '<p>not a string</p>' } : t.text };
  });
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    const p = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => ok({ code, stdout, stderr }));
  });
}

const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0);

describe.skipIf('why' in redis)('queue recipe (examples/queue): BullMQ on Redis, 3 workers, one killed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsreport-queue-'));
  const workers: ChildProcess[] = [];
  afterAll(() => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    if (!('why' in redis)) redis.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes every result exactly once after de-duplication, dead-letters what keeps failing, and finishes', async () => {
    if ('why' in redis) return;
    const jobs = archive();
    const input = join(dir, 'archive.jsonl');
    writeFileSync(input, `${jobs.map((j) => JSON.stringify(j)).join('\n')}\n`);
    const out = join(dir, 'out');
    const env = {
      ...process.env,
      REDIS_URL: redis.url,
      NEWSREPORT_QUEUE: 'newsreport-test',
      NEWSREPORT_BACKOFF_MS: '50',
      // a killed worker's job is taken back after 2 s rather than 30 s
      NEWSREPORT_LOCK_MS: '2000',
      NEWSREPORT_STALLED_MS: '1000',
    };

    const started = performance.now();
    for (let w = 0; w < 3; w++) {
      const p = spawn(process.execPath, [...NODE_ARGS, join(EXAMPLE, 'worker.mjs'), '--out', out], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      p.stderr!.on('data', (d) => (err += d));
      workers.push(Object.assign(p, { log: () => err }));
    }
    const produced = await run([join(EXAMPLE, 'producer.mjs'), input], env);
    expect(produced.stderr).toBe('');
    expect(JSON.parse(produced.stdout)).toEqual({ added: JOBS, rejected: 0 });

    // SIGKILL the first worker once it has written results and the run is well under way
    const victim = workers[0]!;
    const victimFile = join(out, `results-${hostname()}-${victim.pid}.jsonl`);
    const written = () => (existsSync(out) ? readdirSync(out).reduce((s, f) => s + lines(join(out, f)), 0) : 0);
    while (written() < 400 || lines(victimFile) < 20) {
      expect(performance.now() - started, 'workers made no progress').toBeLessThan(120_000);
      await sleep(50);
    }
    victim.kill('SIGKILL');
    const atKill = written();
    const byVictim = lines(victimFile);

    const queue = new Queue('newsreport-test', { connection: { host: '127.0.0.1', port: Number(new URL(redis.url).port) } });
    try {
      for (;;) {
        const c = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized', 'waiting-children');
        if (Object.values(c).every((n) => n === 0)) break;
        expect(performance.now() - started, `the run did not finish: ${JSON.stringify(c)}`).toBeLessThan(150_000);
        await sleep(100);
      }
      expect(await queue.getFailedCount()).toBe(POISON.length);
    } finally {
      await queue.close();
    }
    const seconds = (performance.now() - started) / 1000;
    for (const w of workers.slice(1)) w.kill('SIGTERM');
    await Promise.all(workers.slice(1).map((w) => new Promise((ok) => (w.exitCode !== null ? ok(null) : w.on('exit', ok)))));
    for (const w of workers.slice(1)) expect(w.exitCode, (w as unknown as { log: () => string }).log()).toBe(0);

    // the kill happened mid-run, and the killed worker had done its share until then
    expect(atKill).toBeLessThan(JOBS - POISON.length);
    expect(byVictim).toBeGreaterThanOrEqual(20);

    const merged = await run([join(EXAMPLE, 'merge.mjs'), out], env);
    expect(merged.code).toBe(0);
    const summary = JSON.parse(merged.stderr) as { files: number; unique: number; duplicates: number; torn: number };
    const results = merged.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; report: ReturnType<typeof parseReport> });
    const good = jobs.filter((_, i) => !POISON.includes(i));
    const bad = jobs.filter((_, i) => POISON.includes(i));

    // no loss, no duplicate: exactly the readable articles, each once
    expect(summary.files).toBe(3);
    expect(results.length).toBe(summary.unique);
    expect(results.map((r) => r.id).sort()).toEqual(good.map((j) => j.id).sort());
    // at most the one job the killed worker had written and not yet acknowledged is written twice
    expect(summary.duplicates + summary.torn).toBeLessThanOrEqual(1);

    // the results are the library's reports
    const byId = new Map(results.map((r) => [r.id, r.report]));
    for (const j of [good[0]!, good[3]!, good[4]!, good[1_000]!, good.at(-1)!]) {
      expect(byId.get(j.id)).toEqual(JSON.parse(JSON.stringify(parseReport(j.text as string, { language: j.lang }))));
    }

    // what failed three times is in the dead-letter list, once each, with its error
    const dead = await run([join(EXAMPLE, 'dead.mjs')], env);
    expect(dead.code).toBe(0);
    const letters = dead.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; error: string; attempts: number });
    expect(letters.map((l) => l.id).sort()).toEqual(bad.map((j) => j.id).sort());
    for (const l of letters) {
      expect(l.attempts).toBe(3);
      expect(l.error).toMatch(/parseReport: text must be a string/);
    }
    console.log(
      `queue recipe: ${JOBS} jobs, 3 workers (one killed after ${byVictim} results, at ${atKill} of ${JOBS}), ` +
        `${seconds.toFixed(1)} s, ${summary.duplicates} duplicate(s) removed, ${letters.length} dead letters`,
    );
  }, 180_000);
});
