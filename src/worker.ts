/**
 * The worker of `parseReports(..., { workers })` (tinypool, worker_threads): reads one item as
 * the main thread would, and sends back its result (a plain object, structured-cloned).
 */
import './html-register.js';
import { parseItem, type BatchResult } from './batch.js';
import type { ParseOptions } from './types-public.js';

export default function run({ item, index, options }: { item: unknown; index: number; options: ParseOptions | undefined }): BatchResult {
  return parseItem(item, index, options);
}
