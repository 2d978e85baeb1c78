/**
 * ReDoS gate: recheck (https://makenowjust-labs.github.io/recheck/) over every regular expression
 * of the library, both the literals in src/ and the patterns built at run time from the lexicons.
 * A pattern recheck finds 'vulnerable', or cannot decide ('unknown'), fails the test unless
 * tests/recheck-allowlist.ts lists it with the reason it is bounded. An allowlist entry that no
 * longer matches a pattern fails too.
 *
 * Collection and checking live in scripts/collect-patterns.ts; for the whole table run
 *   npx tsx scripts/collect-patterns.ts --report [--time]
 *
 * This file must not import src/ statically: collectAll replaces globalThis.RegExp before it
 * imports the library (vitest gives each test file its own module graph, so the import below
 * evaluates src/ afresh and every `new RegExp` runs through the recorder).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  attackShape,
  checkAll,
  collectAll,
  type CollectedPattern,
  type Collection,
  type Verdict,
} from '../scripts/collect-patterns.js';
import { ALLOWLIST } from './recheck-allowlist.js';

let collection: Collection;

beforeAll(async () => {
  collection = await collectAll(() => import('../src/index.js'));
}, 60_000);

const cut = (s: string, n = 160): string => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

function describeFlag(p: CollectedPattern, v: Verdict): string {
  const lines = [
    `${v.status}: ${v.complexity} [${v.checker}]`,
    `  where:   ${p.where.join(', ') || '?'}`,
    `  id:      ${p.kind === 'built' ? p.id : cut(p.id)}`,
  ];
  if (p.kind === 'built') lines.push(`  pattern: /${cut(p.source)}/${p.flags}`);
  if (v.attack) {
    lines.push(`  attack:  ${attackShape(v)}`);
    lines.push(`  example: ${cut(JSON.stringify(v.attack.example), 200)}`);
  }
  lines.push(`  checks:  ${v.trail.join('; ')}`);
  return lines.join('\n');
}

describe('ReDoS (recheck) over every regular expression in src/', () => {
  it('collects the literals and the patterns built at run time (library imported afresh)', () => {
    const { patterns, built, literals } = collection;
    expect(literals.length, 'regex literals found in src/ by the TypeScript AST walk').toBeGreaterThan(100);
    expect(
      built.atImport,
      'patterns recorded while src/ was imported: none means the library had been evaluated before the recorder ' +
        'was installed (is the test isolation off, or does this file import src/ statically?)',
    ).toBeGreaterThan(50);
    expect(built.patterns.length, 'the fixtures build the lazily compiled patterns (people, per language)').toBeGreaterThan(built.atImport);
    expect(patterns.filter((p) => p.kind === 'built').length).toBeGreaterThan(100);
    // the recorder is gone: the global is the intrinsic constructor again
    expect(RegExp).toBe(/x/.constructor);
  });

  it('every allowlist entry still matches a pattern, and names every file it occurs in', () => {
    const byId = new Map(collection.patterns.map((p) => [p.id, p]));
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const e of ALLOWLIST) {
      if (ids.has(e.id)) problems.push(`duplicate entry ${e.id}`);
      ids.add(e.id);
      if (!e.reason.trim() || !e.where.trim()) problems.push(`${e.id}: where and reason are required`);
      const p = byId.get(e.id);
      if (!p) {
        problems.push(`stale entry (no such pattern any more: remove it): ${cut(e.id)} — ${e.where}`);
        continue;
      }
      // a literal's identity is its text: the same text written in another file is a new call
      // site whose input bound nobody has checked
      const files = [...new Set(p.where.map((w) => w.replace(/^built at /, '').replace(/:\d+$/, '')))];
      for (const f of files) if (!e.where.includes(f)) problems.push(`${cut(e.id)} now also occurs in ${f}: check that call site, then add it to the entry's where`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it(
    'no pattern outside the allowlist is vulnerable or undecided',
    async () => {
      const allowed = new Set(ALLOWLIST.map((e) => e.id));
      const todo = collection.patterns.filter((p) => !allowed.has(p.id));
      const results = await checkAll(todo);
      const flagged = results.filter(({ v }) => v.status !== 'safe');
      const msg = flagged.length
        ? `${flagged.length} of ${todo.length} patterns flagged by recheck (fix the pattern, or bound its input and ` +
          `list it in tests/recheck-allowlist.ts with the reason):\n\n` +
          flagged.map(({ p, v }) => describeFlag(p, v)).join('\n\n')
        : '';
      expect(flagged.length, msg).toBe(0);
    },
    // measured on the 2-core box: 25-35 s (automaton on ~350 patterns, then the fuzzer on the ~20
    // with look-around); the cap leaves room for one doubled fuzz retry under load
    110_000,
  );
});
