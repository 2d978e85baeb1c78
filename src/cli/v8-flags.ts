/**
 * V8 flags for the CLI's own process, set by the CLI entry before it reads anything (never by
 * the library, whose users own their process). `--no-regexp-tier-up` compiles each pattern to
 * machine code on its first use instead of interpreting it first: measured 1.2-3.3 times faster
 * parseReport, most in a process that reads more than one language (bench/RESULTS.md).
 * Archives (`--input jsonl`) also get `--optimize-for-size`: V8 then grows each heap less eagerly
 * between collections. Nothing leaks either way (the heap after a full collection stays flat), but
 * without it a 50 MB archive peaked at 263 MB on one thread and 310 MB with `--jobs 2`, over issue
 * 16's 300 MB, and with it at 137-143 MB and 225-245 MB (bench/BATCH.md), for 10-15% of the
 * speed. Other runs keep V8's defaults: on 5,000 small files the flag cost 30% for 50 MB.
 */
import { setFlagsFromString } from 'node:v8';

export function tuneV8(argv: readonly string[] = []): void {
  setFlagsFromString('--no-regexp-tier-up');
  // before any worker thread exists: each takes the process's flags when it starts
  if (argv.some((a, i) => a === '--input=jsonl' || (a === '--input' && argv[i + 1] === 'jsonl'))) setFlagsFromString('--optimize-for-size');
}
