/**
 * parseReports for Node: `workers: n` reads on n worker threads (tinypool), results in input
 * order; the rest is src/batch.ts. Kept apart so that browser bundles never see tinypool or
 * node: modules.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readBatch, type BatchOptions, type BatchResult, type BatchSource, type LineResult, type PoolRunner } from './batch.js';
import type { ParseOptions } from './types-public.js';

async function* pooled(items: AsyncIterable<unknown>, base: ParseOptions | undefined, workers: number, lines = false): AsyncGenerator<BatchResult | LineResult> {
  const { Tinypool } = await import('tinypool');
  const { filename, execArgv } = workerFile();
  // from the TypeScript source, tsx's loader reaches child processes but not worker threads
  // a thread inherits the process's flags, but not those only a main script can take
  // (`node --input-type=module -e ...` would fail every thread)
  const inherited = process.execArgv.filter((a) => !/^--(?:input-type|eval|print)\b/.test(a) && a !== '-e' && a !== '-p');
  const pool = new Tinypool({
    filename,
    minThreads: workers,
    maxThreads: workers,
    // a small young generation per thread: each isolate otherwise grows its own to tens of MB,
    // which made `--jobs 2` pass 300 MB on archives; measured no slower
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
    ...(execArgv ? { execArgv, runtime: 'child_process' as const } : { execArgv: inherited }),
  });
  // a window of items in flight, results handed out in input order
  const inFlight: Promise<BatchResult | LineResult>[] = [];
  let index = 0;
  try {
    for await (const item of items) {
      inFlight.push(pool.run({ item, index: index++, options: base, lines }) as Promise<BatchResult | LineResult>);
      if (inFlight.length >= workers * 4) yield await inFlight.shift()!;
    }
    while (inFlight.length) yield await inFlight.shift()!;
  } finally {
    // settle what is left (a consumer that stopped early) before the threads go
    await Promise.allSettled(inFlight);
    await pool.destroy();
  }
}

/** Runs items on `workers` threads (tinypool), results in input order. */
export const onPool = pooled as PoolRunner;

/** The worker module beside this one: built JavaScript, or the TypeScript source run through tsx. */
function workerFile(): { filename: string; execArgv?: string[] } {
  // beside this module in the ESM build; from the CommonJS bundle, the ESM build's worker
  for (const url of [new URL('./worker.js', import.meta.url), new URL('../esm/worker.js', import.meta.url)]) {
    if (existsSync(fileURLToPath(url))) return { filename: url.href };
  }
  // running from src/ (tests, tsx): the worker needs the same loader, in a child process
  return { filename: new URL('./worker.ts', import.meta.url).href, execArgv: ['--import', 'tsx'] };
}

/**
 * Every item's report (or error), in input order, as an async iterable:
 * `for await (const r of parseReports(articles, { language: 'vi', workers: 2 })) ...`.
 */
export function parseReports(items: BatchSource, options?: BatchOptions): AsyncGenerator<BatchResult> {
  return readBatch(items, options, onPool);
}
