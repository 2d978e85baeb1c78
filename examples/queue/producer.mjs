#!/usr/bin/env node
/**
 * node producer.mjs archive.jsonl [more.jsonl ...]
 *
 * Enqueues one job per line `{ "id", "text", "lang"?, "refDate"? }`, a line at a time. The job id
 * is the article's id, so running the producer twice (after a crash, say) adds nothing twice:
 * BullMQ ignores a job whose id is already in the queue. It waits while HIGH_WATER jobs are
 * waiting, so Redis never holds more than a window of the archive. Lines that are not such an
 * object with an id are reported on stderr and counted, never enqueued; an article whose text is
 * unreadable is enqueued, fails in the workers and ends in the dead-letter list.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { HIGH_WATER, QUEUE, connection, jobOptions } from './config.mjs';

const files = process.argv.slice(2);
if (!files.length) {
  process.stderr.write('usage: node producer.mjs archive.jsonl [more.jsonl ...]\n');
  process.exit(2);
}

const queue = new Queue(QUEUE, { connection: connection(), defaultJobOptions: jobOptions });
const BATCH = 500;
/** BullMQ refuses custom job ids that are integers or hold ':'; the article's own id stays in the data. */
const jobId = (id) => `a-${id.replace(/%/g, '%25').replace(/:/g, '%3A')}`;
let added = 0;
let rejected = 0;
let batch = [];

async function flush() {
  if (!batch.length) return;
  // backpressure: wait for the workers while the window is full
  while ((await queue.getWaitingCount()) >= HIGH_WATER) await sleep(200);
  await queue.addBulk(batch.map((d) => ({ name: 'parse', data: d, opts: { jobId: jobId(d.id) } })));
  added += batch.length;
  batch = [];
}

for (const file of files) {
  let lineNo = 0;
  for await (const line of createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let o;
    try {
      o = JSON.parse(line);
    } catch {
      o = undefined;
    }
    const id = o && typeof o === 'object' && (typeof o.id === 'string' || typeof o.id === 'number') ? String(o.id) : '';
    if (!id) {
      rejected++;
      process.stderr.write(`${file}:${lineNo}: not enqueued: a line must be { "id": "...", "text": "..." }\n`);
      continue;
    }
    batch.push({ id, text: o.text, ...(o.lang ? { lang: o.lang } : {}), ...(o.refDate ? { refDate: o.refDate } : {}) });
    if (batch.length >= BATCH) await flush();
  }
}
await flush();
await queue.close();
process.stdout.write(`${JSON.stringify({ added, rejected })}\n`);
