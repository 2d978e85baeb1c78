/**
 * Patterns recheck flags ('vulnerable' or 'unknown') whose running time is bounded in practice,
 * each with the reason. tests/recheck.test.ts fails on any other flagged pattern, on an entry
 * here that no longer matches a pattern of the library (stale: remove it), and on an allowlisted
 * pattern that now also occurs in a file the entry's `where` does not name (a new call site whose
 * input nobody has checked).
 *
 *  id     a literal: `/source/flags` exactly as written in src/ (String.raw keeps the backslashes);
 *         a pattern built at run time: `sha1:` + the first 12 hex digits of sha1(`${flags}/${source}`)
 *         (`npx tsx scripts/collect-patterns.ts --report` prints them).
 *  where  a human label: file:line and name of a literal, or where a built pattern is built and
 *         from which lexicon. Must name every file the pattern occurs in.
 *  reason why it is bounded: how the call site bounds the input, or the attack string timed at
 *         two sizes (10x the input taking ~10x the time is linear).
 *
 * Add an entry only after reading the call site or timing the attack
 * (`npx tsx scripts/collect-patterns.ts --report --time`); a pattern that is cheap to make linear
 * is better fixed than listed.
 */
import type { AllowEntry } from '../scripts/collect-patterns.js';

export const ALLOWLIST: readonly AllowEntry[] = [
  // empty: the six patterns recheck flagged (HEADER_NUMBER, PREPOSED_ORG, two trailing-run
  // patterns, two CLI message patterns) were rewritten to be linear rather than listed
];
