#!/usr/bin/env node
/**
 * node merge.mjs DIR > results.jsonl
 *
 * Joins the workers' results files into one JSONL with exactly one line per article id: the first
 * line met for an id is kept, later ones (an article a killed worker wrote and another worker wrote
 * again) are dropped, and so is a last line cut short by a kill. A summary goes to stderr:
 * `{ "unique", "duplicates", "torn" }`. It reads a line at a time and keeps only the ids in memory.
 */
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node merge.mjs DIR > results.jsonl\n');
  process.exit(2);
}
const seen = new Set();
let duplicates = 0;
let torn = 0;
const files = readdirSync(dir).filter((f) => /^results-.*\.jsonl$/.test(f)).sort();
for (const f of files) {
  for await (const line of createInterface({ input: createReadStream(join(dir, f), { encoding: 'utf8' }), crlfDelay: Infinity })) {
    if (!line) continue;
    let id;
    try {
      id = JSON.parse(line).id;
    } catch {
      torn++;
      continue;
    }
    if (seen.has(id)) {
      duplicates++;
      continue;
    }
    seen.add(id);
    if (!process.stdout.write(`${line}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
}
process.stderr.write(`${JSON.stringify({ files: files.length, unique: seen.size, duplicates, torn })}\n`);
