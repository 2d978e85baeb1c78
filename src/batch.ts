/**
 * parseReports: many articles, in input order, never stopping on one bad item (issue 16).
 *
 * Items are strings or `{ id?, text, lang?, refDate?, input? }` objects, from an array, any
 * iterable or an async iterable (a stream of lines, a database cursor). Each result is
 * `{ id?, index, report }`, or `{ id?, index, error }` for an item that could not be read (not a
 * string, a bad option): per-item errors are records, never thrown, and the batch goes on. Only
 * a bad `options` argument, which would fail every item alike, throws.
 */
import { LOCALES } from './locales/index.js';
import { checkOptions, readWith } from './pipeline.js';
import type { LanguageCode } from './constants.js';
import type { ParseOptions, Report } from './types-public.js';
import { describe } from './describe.js';

/** One article of a batch. */
export interface BatchItem {
  /** The caller's identifier, returned with the result (a URL, a database key). */
  id?: string;
  /** The article's text (or HTML with `input: 'html'`). */
  text: string;
  /** Its language, when known: skips detection for this item. */
  lang?: LanguageCode;
  /** Its reference date (e.g. publication date), yyyy-mm-dd. */
  refDate?: string;
  /** `text` or `html`, for this item. */
  input?: 'text' | 'html';
}

/** The result of one item, in input order. */
export type BatchResult =
  | { id?: string; index: number; report: Report }
  | { id?: string; index: number; error: string };

/** What a batch of items may be. */
export type BatchSource = Iterable<BatchItem | string> | AsyncIterable<BatchItem | string>;

/** Reads one item with the batch's options as defaults; never throws. */
export function parseItem(item: unknown, index: number, base: ParseOptions | undefined): BatchResult {
  let id: string | undefined;
  try {
    let text: unknown = item;
    let options: ParseOptions | undefined = base;
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const o = item as Record<string, unknown>;
      if (o.id !== undefined) id = String(o.id);
      text = o.text;
      options = {
        ...base,
        ...(o.lang !== undefined ? { language: o.lang as LanguageCode } : {}),
        ...(o.refDate !== undefined ? { referenceDate: o.refDate as string } : {}),
        ...(o.input !== undefined ? { input: o.input as 'text' | 'html' } : {}),
      };
    } else if (typeof item !== 'string') {
      throw new TypeError(`parseReports: item ${index} must be a string or { id?, text, lang?, refDate?, input? }, got ${describe(item)}`);
    }
    return { ...(id !== undefined ? { id } : {}), index, report: readWith(LOCALES, `parseReports: item ${index}`, text, options) };
  } catch (e) {
    return { ...(id !== undefined ? { id } : {}), index, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The batch's options: parseReport's, as defaults for every item, and how many worker threads. */
export type BatchOptions = ParseOptions & {
  /**
   * Worker threads to read with (tinypool); 1 or absent reads on the calling thread. Results come
   * in input order either way. Node only.
   */
  workers?: number;
};

/** A result written as its JSON line `{"id","report"}` or `{"id","error"}` (by the thread that read it). */
export interface LineResult {
  id?: string;
  index: number;
  error: boolean;
  line: string;
}

/**
 * The JSON line of a result, or the result itself when its JSON is too long for one string (V8's
 * limit is about 512 MB; the caller then writes it a record at a time).
 */
export function toLine(r: BatchResult): LineResult | BatchResult {
  const { index, ...out } = r;
  try {
    return { ...(r.id !== undefined ? { id: r.id } : {}), index, error: 'error' in r, line: JSON.stringify(out) };
  } catch (e) {
    if (e instanceof RangeError) return r;
    throw e;
  }
}

/**
 * Runs items on a pool of `workers` threads, results in input order (src/batch-node.ts); with
 * `lines`, each thread also writes its result's JSON line, so the calling thread passes on a string
 * instead of rebuilding a report (src/jsonl.ts).
 */
export type PoolRunner = <L extends boolean = false>(
  items: AsyncIterable<unknown>,
  base: ParseOptions | undefined,
  workers: number,
  lines?: L,
) => AsyncGenerator<L extends true ? LineResult | BatchResult : BatchResult>;

/** The batch's options checked once, before the first item (a bad option would fail every item alike). */
export function batchSetup(options: BatchOptions | undefined, fn: string): { base: ParseOptions | undefined; workers: number } {
  const { workers, ...rest } = (options ?? {}) as BatchOptions;
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1 || workers > 256)) {
    throw new TypeError(`${fn}: options.workers must be an integer from 1 to 256, got ${JSON.stringify(workers)}`);
  }
  const base = options === undefined ? undefined : (rest as ParseOptions);
  checkOptions(base, fn);
  return { base, workers: workers ?? 1 };
}

/**
 * Every item's result in input order: on `workers` threads through `pool`, else on the calling
 * thread; with `lines`, the pool's threads also write each result's JSON line. Without a pool
 * (the browser build) `workers` above 1 is refused.
 */
export async function* runItems(
  items: AsyncIterable<unknown>,
  base: ParseOptions | undefined,
  workers: number,
  fn: string,
  pool?: PoolRunner,
  lines = false,
): AsyncGenerator<BatchResult | LineResult> {
  if (workers > 1) {
    if (!pool) throw new TypeError(`${fn}: options.workers needs worker threads, which this build (the browser one) does not have`);
    yield* pool(items, base, workers, lines);
    return;
  }
  let index = 0;
  for await (const item of items) yield parseItem(item, index++, base);
}

/**
 * Every item's report (or error), in input order, as an async iterable. `pool` runs items on
 * worker threads (Node's entry point passes one); without it `workers` above 1 is refused.
 */
export async function* readBatch(items: BatchSource, options: BatchOptions | undefined, pool?: PoolRunner): AsyncGenerator<BatchResult> {
  if (items === null || typeof items !== 'object' || (!(Symbol.iterator in items) && !(Symbol.asyncIterator in items))) {
    throw new TypeError(`parseReports: items must be an iterable or async iterable of texts or { id?, text, ... }, got ${describe(items)}`);
  }
  const { base, workers } = batchSetup(options, 'parseReports');
  // without `lines` every result is a BatchResult
  yield* runItems(items as AsyncIterable<unknown>, base, workers, 'parseReports', pool) as AsyncGenerator<BatchResult>;
}

/**
 * Every item's report (or error), in input order, as an async iterable:
 * `for await (const r of parseReports(articles, { language: 'vi' })) ...`. This is the browser
 * entry point's, without worker threads; Node's is in src/batch-node.ts.
 */
export function parseReports(items: BatchSource, options?: BatchOptions): AsyncGenerator<BatchResult> {
  return readBatch(items, options);
}
