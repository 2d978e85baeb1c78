/**
 * V8 flags for the CLI's own process, set by the CLI entry before it reads anything (never by
 * the library, whose users own their process). `--no-regexp-tier-up` compiles each pattern to
 * machine code on its first use instead of interpreting it first: measured 1.2-3.3 times faster
 * parseReport, most in a process that reads more than one language (bench/RESULTS.md).
 */
import { setFlagsFromString } from 'node:v8';

export function tuneV8(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
