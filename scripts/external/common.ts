/** Shared helpers of `npm run eval:external`: where the corpora are, JSONL reading, table rows. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPORA = resolve(ROOT, '..', 'shared', 'corpora');
export const HAS_CORPORA = existsSync(CORPORA);

export function readJsonl<T>(rel: string): T[] {
  return readFileSync(resolve(CORPORA, rel), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** One row of the printed table: a measure, its value for us and for each peer, and the bar. */
export interface Row {
  corpus: string;
  measure: string;
  n: number;
  ours: number | undefined;
  /** peer name -> value (fraction 0..1), or undefined when the peer has nothing for it. */
  peers?: Record<string, number | undefined>;
  /** the bar (fraction), when there is one */
  bar?: number;
}

export interface Section {
  title: string;
  rows: Row[];
  /** failing cases and notes, printed under the table with --verbose and written to the report */
  notes: string[];
}

export const pct = (x: number | undefined) => (x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);
