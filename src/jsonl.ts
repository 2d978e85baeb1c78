/**
 * JSONL in, JSONL out (issue 16): archives as JSON lines. Each input line is an article
 * `{ "id", "text", "lang"?, "refDate"?, "input"? }` (the text under `textField`); each output line
 * is `{ "id", "report" }` or `{ "id", "error" }`, in input order. Input comes as chunks (a file
 * or socket stream, bytes or strings) and is cut into lines here, a line at a time, so an archive
 * never sits in memory; a line that is not such an object, is not UTF-8 or is longer than
 * `maxLineBytes` becomes an error line in its place and the run goes on. parseJsonl is the
 * runtime-neutral form; Node's entry point adds worker threads and a Duplex stream
 * (src/jsonl-node.ts); the CLI's `--input jsonl` is this too.
 */
import { batchSetup, runItems, toLine, type BatchOptions, type BatchResult, type LineResult, type PoolRunner } from './batch.js';
import { describe } from './describe.js';
import { jsonPieces } from './json-pieces.js';

/** parseJsonl's options: the batch's (parseReport's options as defaults, `workers`), and how to read lines. */
export type JsonlOptions = BatchOptions & {
  /** The field of each line that holds the article's text. @defaultValue 'text' */
  textField?: string;
  /** Lines whose `id` this returns true for are skipped, e.g. the ids an interrupted run already wrote. */
  skip?: (id: string) => boolean;
  /** Names the input in error lines: `archive.jsonl: line 7: ...`. */
  label?: string;
  /** A longer line is an error line, skipped without being held in memory. @defaultValue 67108864 (64 MiB) */
  maxLineBytes?: number;
};

/** What parseJsonl reads: chunks of JSONL text, as strings or UTF-8 bytes (a Node stream is one). */
export type JsonlSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** One input, named for error lines. */
export interface JsonlInput {
  label?: string;
  chunks: JsonlSource;
}

/** One output line: `pieces` joined are the JSON text (without the newline); `error` when it is an error line. */
export interface JsonlLine {
  id?: string;
  error: boolean;
  pieces: Iterable<string>;
}

const DEFAULT_MAX_LINE = 64 * 1024 * 1024;
const CHUNK = 1 << 20;
const NL = 10;
const utf8 = new TextDecoder('utf-8', { fatal: true });

interface Line {
  /** 1-based line number in its input. */
  n: number;
  text?: string;
  problem?: string;
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The lines of a source, a line at a time: `\n` or `\r\n` ends a line; a line over `max` bytes
 * (UTF-16 units for string chunks) is dropped as it comes and reported as a problem.
 */
async function* splitLines(chunks: JsonlSource, max: number, fn: string): AsyncGenerator<Line> {
  let strings: string[] = [];
  let bytes: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let n = 0;
  const add = (part: string | Uint8Array) => {
    if (over || part.length === 0) return;
    size += part.length;
    if (size > max) {
      over = true;
      strings = [];
      bytes = [];
    } else if (typeof part === 'string') strings.push(part);
    else bytes.push(part);
  };
  const finish = (): Line => {
    n++;
    let line: Line;
    if (over) line = { n, problem: `longer than ${max} bytes` };
    else {
      let text = strings.join('');
      if (bytes.length) {
        try {
          // a line is one kind of chunk in practice; bytes after strings keep their order only then
          text += utf8.decode(concat(bytes, size - text.length));
        } catch {
          line = { n, problem: 'not UTF-8' };
        }
      }
      if (text.endsWith('\r')) text = text.slice(0, -1);
      // a byte-order mark opening the input (TextDecoder drops it from bytes itself)
      if (n === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      line ??= { n, text };
    }
    strings = [];
    bytes = [];
    size = 0;
    over = false;
    return line;
  };
  for await (const chunk of chunks as AsyncIterable<unknown>) {
    if (typeof chunk === 'string') {
      let start = 0;
      for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
        add(chunk.slice(start, nl));
        yield finish();
        start = nl + 1;
      }
      add(chunk.slice(start));
    } else if (chunk instanceof Uint8Array) {
      let start = 0;
      for (let nl = chunk.indexOf(NL); nl >= 0; nl = chunk.indexOf(NL, start)) {
        add(chunk.subarray(start, nl));
        yield finish();
        start = nl + 1;
      }
      add(chunk.subarray(start));
    } else {
      throw new TypeError(`${fn}: the source must give strings or bytes (Uint8Array, Buffer), got ${describe(chunk)}`);
    }
  }
  if (size > 0 || over) yield finish();
}

export function checkJsonlOptions(options: unknown, fn: string): { batch: BatchOptions | undefined; textField: string; skip?: (id: string) => boolean; label?: string; max: number } {
  if (options === undefined) return { batch: undefined, textField: 'text', max: DEFAULT_MAX_LINE };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`${fn}: options must be an object, got ${describe(options)}`);
  const { textField = 'text', skip, label, maxLineBytes = DEFAULT_MAX_LINE, ...batch } = options as JsonlOptions;
  if (typeof textField !== 'string' || textField === '') throw new TypeError(`${fn}: options.textField must be a non-empty string, got ${describe(textField)}`);
  if (skip !== undefined && typeof skip !== 'function') throw new TypeError(`${fn}: options.skip must be a function (id) => boolean, got ${describe(skip)}`);
  if (label !== undefined && typeof label !== 'string') throw new TypeError(`${fn}: options.label must be a string, got ${describe(label)}`);
  if (!Number.isSafeInteger(maxLineBytes) || maxLineBytes < 1) throw new TypeError(`${fn}: options.maxLineBytes must be a positive integer, got ${describe(maxLineBytes)}`);
  return { batch, textField, ...(skip ? { skip } : {}), ...(label !== undefined ? { label } : {}), max: maxLineBytes };
}

/** A line's text with its newline: one string, or for a report too large for one, strings of about 1 MB. */
export function* lineText(l: JsonlLine): Generator<string> {
  let buf: string[] = [];
  let n = 0;
  for (const p of l.pieces) {
    buf.push(p);
    n += p.length;
    if (n >= CHUNK) {
      yield buf.join('');
      buf = [];
      n = 0;
    }
  }
  buf.push('\n');
  yield buf.join('');
}

/** The output line of a result the calling thread read. */
function lineOf(r: BatchResult | LineResult): JsonlLine {
  if ('line' in r) return { ...(r.id !== undefined ? { id: r.id } : {}), error: r.error, pieces: [r.line] };
  const l = toLine(r);
  if ('line' in l) return { ...(l.id !== undefined ? { id: l.id } : {}), error: l.error, pieces: [l.line] };
  // a report too large for one string: written a record at a time
  const { index: _index, ...out } = r;
  return { ...(r.id !== undefined ? { id: r.id } : {}), error: 'error' in r, pieces: jsonPieces(out, false) };
}

/**
 * Every output line of the inputs, in input order. `pool` reads on worker threads, which write
 * each line themselves (the calling thread only passes strings on).
 */
export async function* jsonlLines(inputs: readonly JsonlInput[], options: unknown, fn: string, pool?: PoolRunner): AsyncGenerator<JsonlLine> {
  const { batch, textField, skip, label, max } = checkJsonlOptions(options, fn);
  const { base, workers } = batchSetup(batch, fn);
  // lines that are not articles: their error, by the index of the placeholder item read in their place
  const bad = new Map<number, string>();
  let index = 0;
  async function* items(): AsyncGenerator<unknown> {
    for (const input of inputs) {
      const where = input.label ?? label;
      for await (const l of splitLines(input.chunks, max, fn)) {
        if (l.text !== undefined && !l.text.trim()) continue;
        let o: Record<string, unknown> | undefined;
        let problem = l.problem;
        if (!problem) {
          try {
            const v = JSON.parse(l.text!) as unknown;
            if (v && typeof v === 'object' && !Array.isArray(v)) o = v as Record<string, unknown>;
            else problem = 'not a JSON object';
          } catch (e) {
            problem = (e as Error).message;
          }
        }
        if (!o) {
          bad.set(index++, `${where ? `${where}: ` : ''}line ${l.n}: ${problem}`);
          // read in its place (an item without text fails at once), its error replaced
          yield {};
          continue;
        }
        const id = o.id === undefined || o.id === null ? undefined : String(o.id);
        if (id !== undefined && skip?.(id)) continue;
        index++;
        yield { ...(id !== undefined ? { id } : {}), text: o[textField], lang: o.lang, refDate: o.refDate, input: o.input };
      }
    }
  }
  const results = runItems(items(), base, workers, fn, pool, true);
  for await (const r of results) {
    const problem = bad.get(r.index);
    if (problem === undefined) yield lineOf(r);
    else {
      bad.delete(r.index);
      yield { error: true, pieces: [JSON.stringify({ error: problem })] };
    }
  }
}

/**
 * Reads JSONL and gives JSONL: the source's lines are articles `{ "id", "text", "lang"?,
 * "refDate"?, "input"? }`, and each yielded string is one output line `{"id","report"}` or
 * `{"id","error"}` with its newline, in input order, as each is ready. A line that is not such an
 * article is an error line in its place; nothing throws but a bad `options`. A report too large
 * for one string (over about 100 MB of JSON) comes in several strings, the last ending the line.
 * @example for await (const line of parseJsonl(file.stream(), { language: 'vi' })) out.push(line)
 */
export async function* parseJsonl(source: JsonlSource, options?: JsonlOptions): AsyncGenerator<string> {
  yield* jsonlText(source, options, 'parseJsonl');
}

/** parseJsonl's body, given a pool (Node's entry point) or not. */
export async function* jsonlText(source: JsonlSource, options: JsonlOptions | undefined, fn: string, pool?: PoolRunner): AsyncGenerator<string> {
  if (source === null || typeof source !== 'object' || (!(Symbol.iterator in source) && !(Symbol.asyncIterator in source)) || typeof source === 'string') {
    throw new TypeError(`${fn}: source must be an iterable or async iterable of strings or bytes (a stream), got ${describe(source)}`);
  }
  for await (const l of jsonlLines([{ chunks: source }], options, fn, pool)) {
    yield* lineText(l);
  }
}
