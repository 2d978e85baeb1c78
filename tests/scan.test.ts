/**
 * `scan` must give exactly the matches of a global scan with the pattern itself: the leading
 * lookbehind it checks in JS instead must reject and accept the same starts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternation, B_END, B_START, re, scan } from '../src/patterns.js';

const PATTERNS = [
  re(`${B_START}(?:the[ \\u00A0]{1,3})?(?<day>\\d{1,2})[ \\u00A0]{1,3}(?<month>${alternation(['May', 'March', 'Mar', 'tháng'])})${B_END}`),
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}*(?:[ \u00A0]\p{Lu}\p{Ll}*)*(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}./\-])(?<d>\d{1,2})(?<sep>[/\-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})/dgu,
  /(?<![\p{L}\p{N}'’])(?:Y|H['’]\p{Lu}?\p{Ll}+)(?:[ \u00A0]\p{Lu}[\p{L}'’]*){1,4}(?![\p{L}\p{N}])/gu,
  re(`${B_START}(?:nghị[ \\u00A0]{1,3}quyết|quyết[ \\u00A0]{1,3}định|No\\.)`, 'giu'),
  // no leading lookbehind: scanned as it is
  /\d+(?:[.,]\d+)?%/g,
];

const piece = fc.constantFrom(
  'the ', '5 ', '12 ', 'May', 'March', 'Mar', 'tháng', ' ', '\u00A0', 'x', 'Ab', 'Văn', 'Ле', 'Y Bi', "H'Hen", 'Niê',
  '12/3/2025', '1-2-2025', '.', '/', '-', 'nghị quyết', 'Quyết định', 'No.', '50%', '\uD835\uDC00', "'", '’', '1', 'a',
);

describe('scan = a global scan with the full pattern', () => {
  it('on text made of the patterns’ pieces', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (ps) => {
        const text = ps.join('');
        for (const p of PATTERNS) {
          const g = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
          const want = [...text.matchAll(g)].map((m) => [m.index, m[0], JSON.stringify(m.groups ?? {})]);
          const got = [...scan(p, text)].map((m) => [m.index, m[0], JSON.stringify(m.groups ?? {})]);
          expect(got, `${p.source} on ${JSON.stringify(text)}`).toEqual(want);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('rejects a start inside a word and finds the next one', () => {
    expect([...scan(PATTERNS[1]!, 'iPhone Xs and Le Van')].map((m) => m[0])).toEqual(['Xs', 'Le Van']);
    expect([...scan(PATTERNS[0]!, 'x5 May, 15 May')].map((m) => m.index)).toEqual([8]);
    // a rejected start on a letter outside the BMP: the scan steps over the whole surrogate pair
    // (one unit on, the \`u\` flag would take it back to the same start, for ever)
    expect([...scan(PATTERNS[1]!, 'a\u{1D400}b Le Van')].map((m) => m[0])).toEqual(['Le Van']);
  });
});
