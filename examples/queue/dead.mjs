#!/usr/bin/env node
/**
 * node dead.mjs [--clear]
 *
 * Prints the dead-letter list, one `{ "id", "error", "attempts", "at" }` line per article that
 * failed every attempt (one line per id, the latest kept). `--clear` empties the list afterwards, e.g.
 * once the articles are fixed and enqueued again.
 */
import IORedis from 'ioredis';
import { DEAD_LETTER, connection } from './config.mjs';

const redis = new IORedis(connection());
const byId = new Map();
for (const s of await redis.lrange(DEAD_LETTER, 0, -1)) {
  const o = JSON.parse(s);
  byId.set(o.id, o);
}
for (const o of byId.values()) process.stdout.write(`${JSON.stringify(o)}\n`);
if (process.argv.includes('--clear')) await redis.del(DEAD_LETTER);
await redis.quit();
