#!/usr/bin/env node
/**
 * node worker.mjs --out DIR
 *
 * Takes article jobs from the queue and runs parseReport on each. A result is appended to
 * DIR/results-<host>-<pid>.jsonl as `{ "id", "report" }` BEFORE the job is acknowledged, so no
 * result is lost when a worker dies: delivery is at least once, and the one case of twice (a worker
 * killed after writing a line and before acknowledging it) is removed by merge.mjs, which keeps one
 * line per id. A job that throws is retried with exponential backoff (config.mjs); on its last
 * attempt it is also pushed to the dead-letter list in Redis. SIGTERM or SIGINT finishes the
 * current job and exits. Run as many of these as you like, on as many machines as reach Redis.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'bullmq';
import IORedis from 'ioredis';
import { parseReport } from 'newsreport';
import { DEAD_LETTER, QUEUE, connection, workerOptions } from './config.mjs';

// this process is ours: compile each pattern to machine code on first use (the CLI does the same;
// a worker reads every language, and V8's default tiering makes that up to 6 times slower)
setFlagsFromString('--no-regexp-tier-up');

const i = process.argv.indexOf('--out');
const out = i > 0 ? process.argv[i + 1] : 'results';
if (!out) {
  process.stderr.write('usage: node worker.mjs --out DIR\n');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const file = join(out, `results-${hostname()}-${process.pid}.jsonl`);
const fd = openSync(file, 'a');
// NEWSREPORT_FSYNC=1: each line reaches the disk before its job is acknowledged (survives power loss)
const durable = process.env.NEWSREPORT_FSYNC === '1';
const redis = new IORedis(connection());
let done = 0;

const worker = new Worker(
  QUEUE,
  async (job) => {
    const { id, text, lang, refDate } = job.data;
    let report;
    try {
      report = parseReport(text, { ...(lang ? { language: lang } : {}), ...(refDate ? { referenceDate: refDate } : {}) });
    } catch (e) {
      // attemptsMade counts the attempts that failed before this one
      const attempts = job.attemptsMade + 1;
      if (attempts >= (job.opts.attempts ?? 1)) {
        await redis.rpush(DEAD_LETTER, JSON.stringify({ id, error: e instanceof Error ? e.message : String(e), attempts, at: new Date().toISOString() }));
      }
      throw e;
    }
    writeSync(fd, `${JSON.stringify({ id, report })}\n`);
    if (durable) fsyncSync(fd);
    done++;
    // the report lives in the results file; Redis keeps nothing of it
    return null;
  },
  { connection: connection(), ...workerOptions },
);
worker.on('error', (e) => process.stderr.write(`worker ${process.pid}: ${e.message}\n`));

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await worker.close();
  await redis.quit();
  closeSync(fd);
  process.stderr.write(`worker ${process.pid}: ${done} results in ${file}, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
process.stderr.write(`worker ${process.pid}: ready\n`);
