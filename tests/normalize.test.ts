import { describe, expect, it } from 'vitest';
import { foldLookalikes, normalize } from '../src/normalize.js';

describe('normalize', () => {
  it('is the identity on NFC text without look-alikes', () => {
    const n = normalize('Nghị quyết số 60-NQ/TW');
    expect(n.identity).toBe(true);
    expect(n.text).toBe('Nghị quyết số 60-NQ/TW');
  });

  it('composes decomposed Vietnamese and maps spans back to the original', () => {
    const input = 'Nghi\u0323 quyê\u0301t số 60-NQ/TW'; // ị and ế decomposed
    const n = normalize(input);
    expect(n.text).toBe('Nghị quyết số 60-NQ/TW');
    const at = n.text.indexOf('60-NQ/TW');
    const span = n.toOriginal({ start: at, end: at + 8 });
    expect(input.slice(span.start, span.end)).toBe('60-NQ/TW');
    const word = n.toOriginal({ start: 0, end: 4 }); // "Nghị"
    expect(input.slice(word.start, word.end)).toBe('Nghi\u0323');
  });

  it.each([
    ['148-КЛ/TW', '148-KL/TW'],
    ['150-KL/ТW', '150-KL/TW'],
    ['120/2025/НД-CP', '120/2025/ND-CP'],
    ['57-НК/ТВ', '57-NK/TW'], // ТВ after the slash is TW transliterated
  ])('folds Cyrillic look-alikes inside the code %s', (input, out) => {
    expect(foldLookalikes(`№ ${input} от`)).toBe(`№ ${out} от`);
    expect(normalize(input).text).toBe(out);
  });

  it.each(['2025-го года', 'в 2021-2026 годах', 'Постановление № 60'])('leaves Russian words alone: %s', (s) => {
    expect(foldLookalikes(s)).toBe(s);
  });

  it('folds Ð (U+00D0) to Đ (U+0110) without moving offsets', () => {
    const n = normalize('204-QÐ/TW');
    expect(n.text).toBe('204-QĐ/TW');
    expect(n.text.length).toBe(9);
  });

  it('maps an empty span and the end of text', () => {
    const input = 'e\u0301';
    const n = normalize(input);
    expect(n.text).toBe('é');
    expect(n.toOriginal({ start: 0, end: 1 })).toEqual({ start: 0, end: 2 });
    expect(n.toOriginal({ start: 1, end: 1 })).toEqual({ start: 2, end: 2 });
  });
});

import { removeOverlaps } from '../src/span.js';

describe('removeOverlaps', () => {
  const r = (start: number, end: number) => ({ span: { start, end } });
  it.each([
    [[r(0, 5), r(3, 10), r(10, 12)], [r(3, 10), r(10, 12)]],
    [[r(0, 4), r(4, 8), r(2, 6)], [r(0, 4), r(4, 8)]],
    [[r(5, 9), r(0, 2), r(1, 3)], [r(0, 2), r(5, 9)]],
    [[], []],
  ])('%j → %j', (input, out) => {
    expect(removeOverlaps(input)).toEqual(out);
  });
});

describe('trieAlternation: the language of alternation(), prefix-factored', () => {
  it('matches what the flat alternation matches, longest first, in every case', async () => {
    const { alternation, trieAlternation } = await import('../src/patterns.js');
    const words = ['Deputy', 'Deputy Chairman', 'Chair', 'Chairman', 'Chairmen', 'chairman of the board', 'a.b', 'Phó Chủ tịch', 'заместитель', 'заместители'];
    const flat = new RegExp(`^(?:${alternation(words)})`, 'iu');
    const trie = new RegExp(`^(?:${trieAlternation(words, { caseInsensitive: true })})`, 'iu');
    for (const w of words) {
      for (const s of [w, `${w} of X`, `${w}x`, w.toUpperCase(), `${w.toLowerCase()} y`, w.replace(/ /g, '  ')]) {
        expect(trie.exec(s)?.[0], s).toBe(flat.exec(s)?.[0]);
      }
    }
    expect(trie.exec('Chairman of the Board meeting')?.[0]).toBe('Chairman of the Board');
    expect(trieAlternation([])).toBe('');
    expect(trieAlternation(['Deputy Chairman', 'Deputy', 'Chairmen', 'Chairman'])).toBe('(?:Chairm(?:an|en)|Deputy(?:[ \\u00A0]{1,3}Chairman)?)');
  });
});
