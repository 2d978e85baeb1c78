#!/usr/bin/env node
/** Entry point of the `newsreport` command: wires main() to the real process. */
import { once } from 'node:events';
import { TooLargeError } from './files.js';
import { main, EXIT_INTERNAL, type Io } from './main.js';
import { tuneV8 } from './v8-flags.js';

// before any pattern runs: patterns are compiled on their first use, not when imported
tuneV8(process.argv.slice(2));

/** All of standard input, or TooLargeError once more than `maxBytes` bytes have come. */
async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    total += buf.length;
    // Leaving the loop closes stdin: the rest is never read.
    if (total > maxBytes) throw new TooLargeError(maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

// `newsreport dir | head`: the reader went away. A write to a pipe fails at once on Linux, so
// `errored` is set by the failing write() itself; the 'error' event only comes later, once main
// has yielded. Either way main stops, and the process exits quietly with main's exit code.
const isEpipe = (e: unknown): boolean => (e as NodeJS.ErrnoException | null)?.code === 'EPIPE';
let stdoutGone = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (!isEpipe(e)) throw e;
  stdoutGone = true;
});

const io: Io = {
  stdout: (s) => void process.stdout.write(s),
  // a slow reader (`| gzip -9`, a network pipe) holds writes back rather than letting them pile up
  drain: () => (process.stdout.writableNeedDrain && !stdoutGone ? once(process.stdout, 'drain').then(() => undefined, () => undefined) : undefined),
  stderr: (s) => void process.stderr.write(s),
  stdin: readStdin,
  stdinStream: () => process.stdin,
  stdoutClosed: () => stdoutGone || isEpipe(process.stdout.errored),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
  cwd: process.cwd(),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // Not a user error (those are handled in main): a bug, so the stack helps.
    process.stderr.write(`newsreport: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = EXIT_INTERNAL;
  },
);
