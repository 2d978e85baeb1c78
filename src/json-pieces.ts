/**
 * JSON text in pieces: the same text as `JSON.stringify(value, null, 2)` (or without `pretty`,
 * `JSON.stringify(value)`), produced a record at a time, so a report of any size is written
 * without building one string longer than V8 allows (about 512 MB: a large report made
 * `JSON.stringify` throw and the CLI lose the file).
 */

/** Objects and arrays nested this deep are streamed member by member; deeper ones are stringified whole. */
const STREAM_DEPTH = 3;

export function* jsonPieces(value: unknown, pretty: boolean, baseIndent = '', depth = 0): Generator<string> {
  if (depth >= STREAM_DEPTH || value === null || typeof value !== 'object') {
    const s = JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null';
    yield pretty && baseIndent ? s.replace(/\n/g, `\n${baseIndent}`) : s;
    return;
  }
  const inner = pretty ? `${baseIndent}  ` : '';
  const sep = pretty ? `,\n${inner}` : ',';
  const isArray = Array.isArray(value);
  const entries: [string | undefined, unknown][] = isArray
    ? (value as unknown[]).map((v) => [undefined, v === undefined || typeof v === 'function' ? null : v])
    : Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && typeof v !== 'function')
        .map(([k, v]) => [k, v]);
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    yield open + close;
    return;
  }
  yield pretty ? `${open}\n${inner}` : open;
  let first = true;
  for (const [k, v] of entries) {
    if (!first) yield sep;
    first = false;
    if (k !== undefined) yield `${JSON.stringify(k)}:${pretty ? ' ' : ''}`;
    yield* jsonPieces(v, pretty, inner, depth + 1);
  }
  yield pretty ? `\n${baseIndent}${close}` : close;
}
