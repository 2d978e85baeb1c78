/**
 * `newsreport --input jsonl [--jobs N] [--resume out.jsonl] [--text-field F] [files | -]`: archives
 * as JSON lines. Each input line is an article `{ "id", "text", "lang"?, "refDate"?, "input"? }`
 * (the text under `--text-field`); each output line `{ "id", "report" }` or `{ "id", "error" }`, in
 * input order, written as soon as it is ready. Files are read as streams, a line at a time, so a
 * 50 MB archive never sits in memory. `--resume out.jsonl` skips the ids that file already holds
 * (append the new lines to it: `>> out.jsonl`). A line that is not JSON, or has no text, is an
 * error line, and the run goes on. On a terminal, stderr shows items, MB/s and the time left.
 * The reading is the library's (src/jsonl.ts); this adds files, stdin, --resume and progress.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { onPool } from '../batch-node.js';
import { jsonlLines, lineText, type JsonlInput } from '../jsonl.js';
import type { CliArgs } from './args.js';
import { escapeControls } from './escape.js';
import type { Io } from './main.js';

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;
const CLEAR_LINE = '\r\x1b[K';

/**
 * The ids a previous run wrote (one JSON object per line; lines that do not parse are ignored),
 * read a line at a time: that output is larger than the archive it came from.
 */
async function writtenIds(file: string): Promise<Set<string>> {
  const ids = new Set<string>();
  if (!existsSync(file)) return ids;
  for await (const line of createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    try {
      const o = JSON.parse(line) as { id?: unknown };
      if (o.id !== undefined && o.id !== null) ids.add(String(o.id));
    } catch {
      // a line cut short by an interrupted run: its item is read again
    }
  }
  return ids;
}

export async function runJsonl(args: CliArgs, io: Io): Promise<number> {
  let readBytes = 0;
  /** Counts the bytes read, for the progress line. */
  async function* counted(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const c of chunks) {
      readBytes += c.length;
      yield c;
    }
  }
  const inputs: JsonlInput[] = [];
  let total = 0;
  for (const p of args.inputs.length ? args.inputs : ['-']) {
    if (p === '-') {
      // a line at a time when the process gives a stream, else (tests) all of it
      const chunks = io.stdinStream ? io.stdinStream() : (async function* () { yield await io.stdin(args.maxBytes); })();
      inputs.push({ label: 'stdin', chunks: counted(chunks) });
      continue;
    }
    const abs = resolve(io.cwd, p);
    try {
      const st = statSync(abs);
      if (!st.isFile()) throw new Error('not a file');
      total += st.size;
    } catch (e) {
      io.stderr(`newsreport: ${escapeControls(p)}: cannot read (${(e as Error).message})\n`);
      return EXIT_BAD_INPUT;
    }
    inputs.push({ label: p, chunks: counted(createReadStream(abs)) });
  }
  const done = args.resume ? await writtenIds(resolve(io.cwd, args.resume)) : undefined;
  let skipped = 0;
  const skip = done && ((id: string) => done.has(id) && ++skipped > 0);
  const start = Date.now();
  let written = 0;
  const tty = io.stderrIsTTY;
  const progress = () => {
    if (!tty) return;
    const s = (Date.now() - start) / 1000;
    const rate = s > 0 ? readBytes / 1e6 / s : 0;
    const left = rate > 0 && total > readBytes ? Math.round((total - readBytes) / 1e6 / rate) : 0;
    io.stderr(`${CLEAR_LINE}${written} items, ${rate.toFixed(2)} MB/s${left ? `, about ${left} s left` : ''}${skipped ? `, ${skipped} skipped (--resume)` : ''}`);
  };
  let exit = EXIT_OK;
  const options = {
    ...args.options,
    textField: args.textField,
    maxLineBytes: args.maxBytes,
    ...(skip ? { skip } : {}),
    ...(args.jobs > 1 ? { workers: args.jobs } : {}),
  };
  try {
    for await (const l of jsonlLines(inputs, options, 'newsreport', onPool)) {
      if (io.stdoutClosed?.()) break;
      if (l.error) exit = EXIT_BAD_INPUT;
      for (const t of lineText(l)) io.stdout(t);
      const full = io.drain?.();
      if (full) await full;
      written++;
      if (written % 50 === 0) progress();
    }
  } finally {
    if (tty) io.stderr(CLEAR_LINE);
  }
  return exit;
}
