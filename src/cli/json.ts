/**
 * The CLI's JSON output, written in chunks from the pieces of src/json-pieces.ts (the same text as
 * `JSON.stringify`), so that a report of any size is written without one string longer than V8
 * allows.
 */
import { jsonPieces } from '../json-pieces.js';

/**
 * Writes `head`, the pieces and `tail` through `write` in chunks of about `chunk` characters: a
 * report of ordinary size is one write.
 */
export function writeJson(
  value: unknown,
  pretty: boolean,
  write: (s: string) => void,
  { baseIndent = '', head = '', tail = '', chunk = 1 << 20 }: { baseIndent?: string; head?: string; tail?: string; chunk?: number } = {},
): void {
  let buf: string[] = [head];
  let n = head.length;
  for (const p of jsonPieces(value, pretty, baseIndent)) {
    buf.push(p);
    n += p.length;
    if (n >= chunk) {
      write(buf.join(''));
      buf = [];
      n = 0;
    }
  }
  buf.push(tail);
  write(buf.join(''));
}
