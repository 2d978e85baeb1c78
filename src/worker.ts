/**
 * The worker of `parseReports(..., { workers })` (tinypool, worker_threads): reads one item as
 * the main thread would, and sends back its result (a plain object, structured-cloned) or its JSON line.
 */
import './html-register.js';
import { parseItem, toLine, type BatchResult, type LineResult } from './batch.js';
import type { ParseOptions } from './types-public.js';

/** With `lines`, the result comes back as its JSON line: a string crosses threads far cheaper than a report. */
export default function run({ item, index, options, lines }: { item: unknown; index: number; options: ParseOptions | undefined; lines?: boolean }): BatchResult | LineResult {
  const r = parseItem(item, index, options);
  return lines ? toLine(r) : r;
}
