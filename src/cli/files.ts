/**
 * Inputs: expanding directories into their text files, reading (up to a limit) and decoding bytes.
 * Only the CLI touches the file system.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ParseOptions } from '../schema.js';

/** Extensions read as HTML (`input: 'html'`) unless --input says otherwise. */
export const HTML_EXTENSIONS = ['.html', '.htm'] as const;

/** Extensions read when walking a directory (a file named explicitly is read whatever its name). */
export const TEXT_EXTENSIONS = ['.txt', '.md', ...HTML_EXTENSIONS] as const;

/** One thing to parse: a file, or standard input (`-`). */
export type Input = { kind: 'file'; display: string; abs: string } | { kind: 'stdin'; display: '-' };

/** Something that could not be read, kept in its place among the inputs. */
export interface InputError {
  kind: 'error';
  /** One line naming the path: "fixtures/x.txt: no such file or directory". */
  message: string;
}

/** Outcome of expanding the command line's inputs. */
export interface Expanded {
  /** Inputs and errors in command-line order (directories expanded in sorted order). */
  items: (Input | InputError)[];
  /** True when a directory was given (then JSON output is always an array). */
  sawDirectory: boolean;
}

/** A short, human reason for a failed fs call, without a stack or the syscall name. */
export function fsReason(e: unknown): string {
  const code = (e as { code?: string })?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return `cannot read (${code ?? (e as Error)?.message ?? String(e)})`;
  }
}

function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

function isTextFile(name: string): boolean {
  return hasExtension(name, TEXT_EXTENSIONS);
}

/**
 * The options to parse one input with: `options` as given when they say what the input is
 * (--input), else HTML for a file named *.html or *.htm; standard input is text.
 */
export function optionsFor(input: Input, options: ParseOptions): ParseOptions {
  if (options.input !== undefined || input.kind !== 'file' || !hasExtension(path.basename(input.abs), HTML_EXTENSIONS)) return options;
  return { ...options, input: 'html' };
}

/** Code-unit order: the same on every machine and locale. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Text files under `dir`, depth first, entries of each directory sorted by name. Skips
 * `node_modules` and directories whose name starts with a dot; follows symbolic links once.
 */
export function walkDirectory(dirAbs: string, dirDisplay: string): (Input | InputError)[] {
  const out: (Input | InputError)[] = [];
  const error = (message: string): void => void out.push({ kind: 'error', message });
  const seen = new Set<string>();
  const visit = (abs: string, display: string): void => {
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch (e) {
      error(`${display}: ${fsReason(e)}`);
      return;
    }
    if (seen.has(real)) return; // a symlink loop or a second link to the same directory
    seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      error(`${display}: ${fsReason(e)}`);
      return;
    }
    entries.sort((a, b) => byName(a.name, b.name));
    for (const ent of entries) {
      const childAbs = path.join(abs, ent.name);
      const childDisplay = path.join(display, ent.name);
      let isDir = ent.isDirectory();
      let isFile = ent.isFile();
      if (ent.isSymbolicLink()) {
        try {
          const st = fs.statSync(childAbs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link is not an input
        }
      }
      if (isDir) {
        if (ent.name === 'node_modules' || ent.name.startsWith('.')) continue;
        visit(childAbs, childDisplay);
      } else if (isFile && isTextFile(ent.name)) {
        out.push({ kind: 'file', display: childDisplay, abs: childAbs });
      }
    }
  };
  visit(dirAbs, dirDisplay);
  return out;
}

/** Expands the positional arguments in order; no arguments means standard input. */
export function expandInputs(args: readonly string[], cwd: string): Expanded {
  const items: (Input | InputError)[] = [];
  let sawDirectory = false;
  for (const arg of args) {
    if (arg === '-') {
      items.push({ kind: 'stdin', display: '-' });
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      items.push({ kind: 'error', message: `${arg}: ${fsReason(e)}` });
      continue;
    }
    if (st.isDirectory()) {
      sawDirectory = true;
      const found = walkDirectory(abs, arg);
      // Nothing found and nothing failed: say so. (An unreadable directory has its own line.)
      if (found.length === 0) {
        found.push({ kind: 'error', message: `${arg}: no ${listExtensions()} files found` });
      }
      items.push(...found);
    } else {
      // Regular files, and also FIFOs such as process substitution (<(cmd)) or /dev/stdin.
      items.push({ kind: 'file', display: arg, abs });
    }
  }
  return { items, sawDirectory };
}

/** "*.txt, *.md, *.html or *.htm" */
function listExtensions(): string {
  const names = TEXT_EXTENSIONS.map((e) => `*${e}`);
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** An input longer than the --max-bytes limit; the rest of it is left unread. */
export class TooLargeError extends Error {
  override name = 'TooLargeError';
  constructor(limit: number) {
    super(`larger than the --max-bytes limit of ${limit} bytes`);
  }
}

/** Bytes read at a time by readFileBounded. */
const READ_CHUNK = 1024 * 1024;

/**
 * All bytes of a file, or TooLargeError as soon as there are more than `limit` of them: the rest
 * is never read (/dev/zero never ends). Also reads FIFOs and devices.
 */
export function readFileBounded(abs: string, limit: number): Buffer {
  const fd = fs.openSync(abs, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, limit + 1 - total));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) return Buffer.concat(chunks, total);
      total += n;
      if (total > limit) throw new TooLargeError(limit);
      chunks.push(chunk.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Thrown by decodeText for bytes that are not in the encoding they are read as. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

/**
 * The text of a file or of stdin: UTF-16 LE or BE when it starts with that byte-order mark,
 * else strict UTF-8. The byte-order mark is removed, so spans count from the character after it.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  return decodeUtf8(bytes);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const name = encoding.toUpperCase();
    throw new DecodeError(`starts with a ${name} byte-order mark but is not valid ${name}`);
  }
}

/** Strict UTF-8 decoding; a leading byte-order mark is removed. */
export function decodeUtf8(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DecodeError(`not valid UTF-8 (first bad byte at offset ${firstBadByte(bytes)})`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstBadByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + n >= b.length) return i; // truncated sequence
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k]!;
      if ((cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return i;
}
