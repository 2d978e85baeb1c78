/**
 * Command-line arguments: node's `util.parseArgs` (strict) plus the CLI's own checks of
 * --format, --lang, --only, --input and --max-bytes. --ref-date is checked by the library (see main.ts).
 */
import { parseArgs } from 'node:util';
import { LANGUAGE_CODES, RECORD_TYPES, type RecordType } from '../constants.js';
import type { LanguageCode, ParseOptions } from '../schema.js';

export const FORMATS = ['json', 'jsonl', 'summary', 'html'] as const;
/** --input: what every input is, whatever its name (by default *.html and *.htm are HTML). */
export const INPUT_KINDS = ['text', 'html'] as const;
/** --input jsonl: every input is JSON lines of articles (see src/cli/jsonl.ts). */
export const INPUT_FORMATS = [...INPUT_KINDS, 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

/** Largest input read (file or stdin), in bytes, unless --max-bytes says otherwise: 64 MiB. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** A mistake on the command line: printed as one line plus a usage hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliArgs {
  help: boolean;
  version: boolean;
  format: Format;
  /** Files, directories and `-`, in the order given. */
  inputs: string[];
  /** Options for parseReport, only those the user gave. */
  options: ParseOptions;
  /** The record families the report is limited to (all four when --only is absent). */
  families: readonly RecordType[];
  /** Inputs longer than this many bytes are refused (--max-bytes). */
  maxBytes: number;
  /** --input jsonl: inputs are JSON lines of articles. */
  jsonl: boolean;
  /** --jobs: worker threads (1 when absent). */
  jobs: number;
  /** --resume: a JSONL output file whose ids are skipped. */
  resume?: string;
  /** --text-field: the field of a JSONL line that holds the text (default "text"). */
  textField: string;
}

const OPTIONS = {
  lang: { type: 'string' },
  'ref-date': { type: 'string' },
  format: { type: 'string' },
  only: { type: 'string', multiple: true },
  'max-bytes': { type: 'string' },
  input: { type: 'string' },
  jobs: { type: 'string' },
  resume: { type: 'string' },
  'text-field': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
}

/** `--only documents,people --only dates` → ['documents', 'dates', 'people'] (contract order). */
export function parseOnly(values: readonly string[]): RecordType[] {
  const wanted = new Set<RecordType>();
  for (const v of values) {
    for (const part of v.split(',')) {
      const name = part.trim();
      if (name === '') continue;
      wanted.add(oneOf('--only', name, RECORD_TYPES));
    }
  }
  if (wanted.size === 0) {
    throw new UsageError(`--only needs at least one of ${RECORD_TYPES.join(', ')}`);
  }
  return RECORD_TYPES.filter((t) => wanted.has(t));
}

/** --max-bytes: a positive whole number of bytes, digits only ("1000", not "1e3" or "1k"). */
export function parseMaxBytes(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`--max-bytes must be a positive whole number of bytes (got ${JSON.stringify(value)})`);
  }
  return n;
}

/** Turns parseArgs' messages into one short line ("unknown option '--foo'"). */
function describeParseError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const msg = String(err.message ?? e);
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const m = /^Unknown option '([^']*)'/.exec(msg);
    return m ? `unknown option '${m[1]}'` : msg.split('. ')[0]!;
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const missing = /^Option '(?:-\w, )?(--?[^' ]+)(?: [^']*)?' argument (?:missing|is ambiguous)/.exec(msg);
    if (missing) return `option '${missing[1]}' needs a value`;
    const noArg = /^Option '(?:-\w, )?(--?[^' ]+)(?: [^']*)?' does not take an argument/.exec(msg);
    if (noArg) return `option '${noArg[1]}' does not take a value`;
  }
  return msg.split('\n')[0]!;
}

function runParseArgs(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (e) {
    if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError(describeParseError(e));
    }
    throw e;
  }
}

/** Parses and checks the command line; throws UsageError on any mistake. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const parsed = runParseArgs(argv);
  const v = parsed.values;
  const help = v.help === true;
  const version = v.version === true;
  const format: Format = v.format === undefined ? 'json' : oneOf('--format', v.format, FORMATS);
  const options: ParseOptions = {};
  if (v.lang !== undefined) options.language = oneOf<LanguageCode>('--lang', v.lang, LANGUAGE_CODES);
  if (v['ref-date'] !== undefined) options.referenceDate = v['ref-date'];
  let families: readonly RecordType[] = RECORD_TYPES;
  if (v.only !== undefined) {
    families = parseOnly(v.only);
    options.only = [...families];
  }
  const input = v.input === undefined ? undefined : oneOf('--input', v.input, INPUT_FORMATS);
  const jsonl = input === 'jsonl';
  if (input !== undefined && input !== 'jsonl') options.input = input;
  let jobs = 1;
  if (v.jobs !== undefined) {
    if (!/^[1-9][0-9]{0,2}$/.test(v.jobs) || Number(v.jobs) > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256 (got ${JSON.stringify(v.jobs)})`);
    jobs = Number(v.jobs);
  }
  if ((v.resume !== undefined || v['text-field'] !== undefined) && !jsonl) throw new UsageError('--resume and --text-field go with --input jsonl');
  if (jsonl && v.format !== undefined && v.format !== 'jsonl') throw new UsageError('--input jsonl writes JSON lines: --format must be jsonl or absent');
  const maxBytes = v['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : parseMaxBytes(v['max-bytes']);
  const inputs = parsed.positionals;
  if (inputs.filter((p) => p === '-').length > 1) {
    throw new UsageError("'-' (standard input) can be given only once");
  }
  return {
    help,
    version,
    format: jsonl ? 'jsonl' : format,
    inputs,
    options,
    families,
    maxBytes,
    jsonl,
    jobs,
    ...(v.resume !== undefined ? { resume: v.resume } : {}),
    textField: v['text-field'] ?? 'text',
  };
}
