/**
 * The word trie must find exactly what the title regexes it replaces found: for each locale's
 * titles and title prefixes, on text made of title words, prefixes, other words, spaces and
 * case changes, `find`, `matchAt` and `findAll` against the regexes built as the people engine
 * built them (`trieAlternation`, flags `iu`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternation, B_END, B_START, re, trieAlternation } from '../src/patterns.js';
import { find, findAll, matchAt, wordTrie } from '../src/common/word-trie.js';
import { enPeopleLexicon } from '../src/locales/en/people.lexicon.js';
import { ruPeopleLexicon } from '../src/locales/ru/people.lexicon.js';
import { viPeopleLexicon } from '../src/locales/vi/people.lexicon.js';

const LEXICONS = { en: enPeopleLexicon, ru: ruPeopleLexicon, vi: viPeopleLexicon };

describe('word trie = title regex', () => {
  for (const [lang, lex] of Object.entries(LEXICONS)) {
    const prefixes = alternation(lex.titlePrefixes ?? []);
    const flat = trieAlternation(lex.titles, { caseInsensitive: true });
    const titles = prefixes ? `(?:${prefixes})?(?:${flat})` : flat;
    const titleAt = re(`(?:${titles})${B_END}`, 'iuy');
    const titleAny = re(`${B_START}(?:${titles})${B_END}`, 'iu');
    const titleAll = re(`${B_START}(?:${titles})${B_END}`, 'giu');
    const trie = wordTrie(lex.titles, lex.titlePrefixes ?? []);
    // words of the titles and prefixes, cut anywhere, with noise around them
    const words = [...new Set([...lex.titles, ...(lex.titlePrefixes ?? [])].flatMap((t) => t.split(' ')))].slice(0, 400);
    const piece = fc.oneof(
      fc.constantFrom(...lex.titles.slice(0, 300)),
      fc.constantFrom(...words),
      fc.constantFrom(...(lex.titlePrefixes ?? ['x'])),
      fc.constantFrom(' ', '  ', '   ', '    ', '\u00A0', ', ', '-', 'x', 'Ы', 'ă', '1', '\n', 's', 'а', 'e'),
    );
    const flip = (s: string, seed: number) =>
      [...s].map((ch, i) => ((seed >> i % 16) & 1 ? ch.toUpperCase() : ch)).join('');
    const arb = fc.tuple(fc.array(piece, { maxLength: 12 }), fc.integer({ min: 0, max: 0xffff })).map(([ps, seed]) => flip(ps.join(''), seed));

    it(`${lang}: find = titleAny on a slice, findAll = titleAll, matchAt = titleAt at every position`, () => {
      fc.assert(
        fc.property(arb, fc.nat(), (text, cut) => {
          const from = text.length ? cut % text.length : 0;
          const seg = text.slice(from);
          const m = titleAny.exec(seg);
          expect(find(trie, text, from)).toEqual(m ? { start: from + m.index, end: from + m.index + m[0].length } : undefined);
          titleAll.lastIndex = 0;
          const all = [...seg.matchAll(titleAll)].map((x) => ({ start: from + x.index!, end: from + x.index! + x[0].length }));
          expect([...findAll(trie, text, from)]).toEqual(all);
          for (let p = 0; p < text.length; p++) {
            titleAt.lastIndex = p;
            const t = titleAt.exec(text);
            expect(matchAt(trie, text, p), `at ${p} of ${JSON.stringify(text)}`).toBe(t ? p + t[0].length : -1);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('a space of a word takes one to three spaces; the longest word followed by no letter wins', () => {
    const t = wordTrie(['deputy minister', 'deputy', 'minister'], ['former ']);
    expect(find(t, 'the Deputy   Minister of', 0)).toEqual({ start: 4, end: 21 });
    expect(find(t, 'the Deputy    Minister of', 0)).toEqual({ start: 4, end: 10 });
    expect(find(t, 'Former\u00A0Deputy Ministers', 0)).toEqual({ start: 0, end: 13 });
    expect(find(t, 'vice-ministerial', 0)).toBeUndefined();
    expect(find(t, 'xminister', 1)).toEqual({ start: 1, end: 9 });
    expect(find(t, 'xminister', 1, 9, 0)).toBeUndefined();
  });
});
