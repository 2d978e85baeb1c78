/**
 * The `newsreport` command, written against an `Io` so that tests call it without spawning a
 * process. bin.ts supplies the real process streams.
 */
import { parseReport, renderHtml, type Report } from '../index.js';
import { VERSION } from '../version.js';
import { parseCliArgs, UsageError, type CliArgs } from './args.js';
import { escapeControls } from './escape.js';
import { DecodeError, decodeText, expandInputs, fsReason, optionsFor, readFileBounded, TooLargeError, type Input } from './files.js';
import { runAlign } from './align.js';
import { runJsonl } from './jsonl.js';
import { Progress } from './progress.js';
import { writeJson } from './json.js';
import { formatSummary } from './summary.js';
import { HINT, helpText } from './usage.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /**
   * All of standard input. Should throw TooLargeError, and stop reading, once more than
   * `maxBytes` bytes have come; main refuses a longer result anyway.
   */
  stdin: (maxBytes: number) => Promise<Buffer>;
  /** Standard input as a stream of chunks, for `--input jsonl` (a line at a time); `stdin` when absent. */
  stdinStream?: () => AsyncIterable<Uint8Array>;
  /**
   * True once stdout's reader has gone away (EPIPE, as in `newsreport dir | head -1`): main then
   * stops reading inputs and returns the exit code so far, without a message.
   */
  stdoutClosed?: () => boolean;
  /** A promise while stdout's buffer is full (a slow reader), to wait on before writing more; undefined when it is not. */
  drain?: () => Promise<void> | undefined;
  /** Progress lines are drawn only on a terminal. */
  stderrIsTTY: boolean;
  /** Relative paths are resolved against this directory. */
  cwd: string;
  /** When true and no input is given, print a usage error instead of waiting for typing. */
  stdinIsTTY?: boolean;
  /** Terminal width for progress lines (default 80). */
  columns?: number;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

/** Options keys as the CLI spells them, for library messages that name `options.x`. */
const FLAG_NAMES: Record<string, string> = {
  language: '--lang',
  referenceDate: '--ref-date',
  only: '--only',
  input: '--input',
};

/**
 * The library's option error as a CLI message naming the flag and the value given:
 * "parseReport: invalid options: options.referenceDate: referenceDate must be ..." →
 * 'invalid --ref-date "2025/01/02": referenceDate must be ...'. Only the first issue is kept.
 */
function cliMessage(libraryMessage: string, args: CliArgs): string {
  const first = libraryMessage.replace(/^parseReport: (?:invalid options: )?/, '').split('; ')[0]!;
  const m = /^options\.(\w+): (.*)$/s.exec(first);
  const flag = m ? FLAG_NAMES[m[1]!] : undefined;
  if (!m || !flag) return first;
  const value = (args.options as Record<string, unknown>)[m[1]!];
  return `invalid ${flag} ${JSON.stringify(Array.isArray(value) ? value.join(',') : value)}: ${m[2]}`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  // `newsreport align a.txt b.txt ...`: the versions of one story side by side
  const align = argv[0] === 'align';
  let args: CliArgs;
  try {
    args = parseCliArgs(align ? argv.slice(1) : argv);
    // summary is the natural view of an alignment; json on request
    if (align && !argv.slice(1).some((a) => a === '--format' || a.startsWith('--format='))) args = { ...args, format: 'summary' };
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`newsreport: ${escapeControls(e.message)}\n${HINT}\n`);
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
  if (args.help) {
    io.stdout(helpText());
    return EXIT_OK;
  }
  if (args.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }

  // Let the library check the options once, before any file is read (it throws a TypeError
  // naming the field, e.g. for --ref-date 2025-02-30).
  try {
    parseReport('', args.options);
  } catch (e) {
    if (e instanceof TypeError) {
      io.stderr(`newsreport: ${cliMessage(e.message, args)}\n${HINT}\n`);
      return EXIT_BAD_INPUT;
    }
    throw e;
  }

  if (align) return runAlign(args, io, HINT);
  if (args.jsonl) return runJsonl(args, io);

  let positionals = args.inputs;
  if (positionals.length === 0) {
    if (io.stdinIsTTY) {
      io.stderr(`newsreport: no input: give files, directories or - (standard input)\n${HINT}\n`);
      return EXIT_BAD_INPUT;
    }
    positionals = ['-'];
  }

  let exit = EXIT_OK;
  const fail = (code: number): void => {
    exit = Math.max(exit, code);
  };
  const progress = new Progress(io);
  // Messages name files, whose names may hold control characters: escape them.
  const error = (msg: string): void => {
    progress.clear();
    io.stderr(`newsreport: ${escapeControls(msg)}\n`);
  };
  const stdoutClosed = (): boolean => io.stdoutClosed?.() === true;

  const expanded = expandInputs(positionals, io.cwd);
  // The JSON shape depends on the command line, not on what is on disk: one file or stdin gives
  // a Report, several arguments or any directory give an array.
  const asArray = positionals.length > 1 || expanded.sawDirectory;
  // a page is one document: pages written one after another would not be one
  if (args.format === 'html' && asArray) {
    io.stderr(`newsreport: --format html writes one page for one input: give a single file or - (run once per file for several)\n${HINT}\n`);
    return EXIT_BAD_INPUT;
  }
  progress.total = expanded.items.filter((it) => it.kind !== 'error').length;

  let written = 0;
  const emit = (file: string, report: Report, text: string, label: string): void => {
    switch (args.format) {
      // written a record at a time: one string for a large report is more than V8 allows
      case 'json':
        if (!asArray) writeJson(report, true, io.stdout, { tail: '\n' });
        else writeJson({ file, report }, true, io.stdout, { baseIndent: '  ', head: written === 0 ? '[\n  ' : ',\n  ' });
        break;
      case 'jsonl':
        writeJson({ file, report }, false, io.stdout, { tail: '\n' });
        break;
      case 'summary':
        io.stdout(`${written === 0 ? '' : '\n'}${formatSummary(file, report, args.families)}`);
        break;
      case 'html':
        io.stdout(renderHtml(report, text, { title: label }));
        break;
    }
    written++;
  };

  let n = 0;
  for (const input of expanded.items) {
    if (stdoutClosed()) break;
    if (input.kind === 'error') {
      error(input.message);
      fail(EXIT_BAD_INPUT);
      continue;
    }
    progress.show(++n, input.display);
    const label = input.kind === 'stdin' ? 'stdin' : input.display;
    let text: string;
    try {
      text = decodeText(await readInput(input, io, args.maxBytes));
    } catch (e) {
      const known = e instanceof DecodeError || e instanceof TooLargeError;
      error(`${label}: ${known ? e.message : fsReason(e)}`);
      fail(EXIT_BAD_INPUT);
      continue;
    }
    let report: Report;
    try {
      report = parseReport(text, optionsFor(input, args.options));
    } catch (e) {
      // parseReport never throws on a string; if it does, it is a bug, not the user's input.
      error(`${label}: internal error: ${(e as Error)?.message ?? String(e)}`);
      fail(EXIT_INTERNAL);
      continue;
    }
    try {
      emit(input.display, report, text, label);
    } catch (e) {
      error(`${label}: internal error while writing the report: ${(e as Error)?.message ?? String(e)}`);
      fail(EXIT_INTERNAL);
      continue;
    }
    // an extractor that threw was skipped: the report lacks a family, which is not the input's fault
    for (const w of report.warnings) {
      if (!w.startsWith('internal error:')) continue;
      error(`${label}: ${w}`);
      fail(EXIT_INTERNAL);
    }
  }
  progress.clear();
  if (stdoutClosed()) return exit;
  if (args.format === 'json' && asArray) io.stdout(written === 0 ? '[]\n' : '\n]\n');
  return exit;
}

/** The bytes of an input; TooLargeError when there are more than `maxBytes`. */
async function readInput(input: Input, io: Io, maxBytes: number): Promise<Uint8Array> {
  const bytes = input.kind === 'stdin' ? await io.stdin(maxBytes) : readFileBounded(input.abs, maxBytes);
  if (bytes.length > maxBytes) throw new TooLargeError(maxBytes);
  return bytes;
}
