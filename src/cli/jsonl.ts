/**
 * `newsreport --input jsonl [--jobs N] [--resume out.jsonl] [--text-field F] [files | -]`: archives
 * as JSON lines. Each input line is an article `{ "id", "text", "lang"?, "refDate"?, "input"? }`
 * (the text under `--text-field`); each output line `{ "id", "report" }` or `{ "id", "error" }`, in
 * input order, written as soon as it is ready. Files are read as streams, a line at a time, so a
 * 50 MB archive never sits in memory. `--resume out.jsonl` skips the ids that file already holds
 * (append the new lines to it: `>> out.jsonl`). A line that is not JSON, or has no text, is an
 * error line, and the run goes on. On a terminal, stderr shows items, MB/s and the time left.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseReports } from '../batch-node.js';
import type { BatchResult } from '../batch.js';
import type { CliArgs } from './args.js';
import { escapeControls } from './escape.js';
import { writeJson } from './json.js';
import type { Io } from './main.js';

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;
const CLEAR_LINE = '\r\x1b[K';

interface Source {
  label: string;
  bytes: number;
  lines: () => AsyncIterable<string>;
}

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
  const sources: Source[] = [];
  for (const p of args.inputs.length ? args.inputs : ['-']) {
    if (p === '-') {
      const buf = await io.stdin(args.maxBytes);
      const text = buf.toString('utf8');
      sources.push({ label: 'stdin', bytes: buf.length, lines: async function* () { yield* text.split('\n'); } });
      continue;
    }
    const abs = resolve(io.cwd, p);
    let size: number;
    try {
      const st = statSync(abs);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch (e) {
      io.stderr(`newsreport: ${escapeControls(p)}: cannot read (${(e as Error).message})\n`);
      return EXIT_BAD_INPUT;
    }
    sources.push({ label: p, bytes: size, lines: () => createInterface({ input: createReadStream(abs, { encoding: 'utf8' }), crlfDelay: Infinity }) });
  }
  const skip = args.resume ? await writtenIds(resolve(io.cwd, args.resume)) : new Set<string>();
  const total = sources.reduce((s, x) => s + x.bytes, 0);
  const field = args.textField;
  let readBytes = 0;
  let lineNo = 0;
  let skipped = 0;
  // lines that are not articles become error lines, in their place
  const bad = new Map<number, { id?: string; error: string }>();
  async function* articles(): AsyncGenerator<unknown> {
    for (const s of sources) {
      let physical = 0;
      for await (const line of s.lines()) {
        physical++;
        readBytes += Buffer.byteLength(line) + 1;
        if (!line.trim()) continue;
        const n = lineNo++;
        let o: Record<string, unknown>;
        try {
          o = JSON.parse(line) as Record<string, unknown>;
          if (!o || typeof o !== 'object' || Array.isArray(o)) throw new Error('not a JSON object');
        } catch (e) {
          bad.set(n, { error: `${s.label}: line ${physical}: ${(e as Error).message}` });
          yield { text: '' };
          continue;
        }
        const id = o.id === undefined || o.id === null ? undefined : String(o.id);
        if (id !== undefined && skip.has(id)) {
          skipped++;
          lineNo--;
          continue;
        }
        yield { ...(id !== undefined ? { id } : {}), text: o[field], lang: o.lang, refDate: o.refDate, input: o.input };
      }
    }
  }
  const start = Date.now();
  let done = 0;
  const tty = io.stderrIsTTY;
  const progress = () => {
    if (!tty) return;
    const s = (Date.now() - start) / 1000;
    const rate = s > 0 ? readBytes / 1e6 / s : 0;
    const left = rate > 0 && total > readBytes ? Math.round((total - readBytes) / 1e6 / rate) : 0;
    io.stderr(`${CLEAR_LINE}${done} items, ${rate.toFixed(2)} MB/s${left ? `, about ${left} s left` : ''}${skipped ? `, ${skipped} skipped (--resume)` : ''}`);
  };
  let exit = EXIT_OK;
  try {
    for await (const r of parseReports(articles() as AsyncIterable<never>, { ...args.options, ...(args.jobs > 1 ? { workers: args.jobs } : {}) })) {
      if (io.stdoutClosed?.()) break;
      const b = bad.get(r.index);
      const line: { id?: string; error: string } | BatchResult = b ?? r;
      const { index: _index, ...out } = line as BatchResult;
      if ('error' in out) exit = EXIT_BAD_INPUT;
      writeJson(out, false, io.stdout, { tail: '\n' });
      done++;
      if (done % 50 === 0) progress();
    }
  } finally {
    if (tty) io.stderr(CLEAR_LINE);
  }
  return exit;
}
