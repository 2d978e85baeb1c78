#!/usr/bin/env node
/** Entry point of the `newsreport` command: wires main() to the real process. */
import { main, EXIT_INTERNAL, type Io } from './main.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer));
  }
  return Buffer.concat(chunks);
}

// `newsreport dir | head`: the reader went away; stop quietly instead of printing a stack.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const io: Io = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  stdin: readStdin,
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
