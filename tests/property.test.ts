import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport, ReportSchema } from '../src/index.js';
import { expectSpansSlice } from './helpers.js';

function check(text: string, language?: 'en' | 'ru' | 'vi') {
  const r = parseReport(text, language ? { language } : undefined);
  const v = ReportSchema.safeParse(r);
  expect(v.success, v.success ? '' : JSON.stringify(v.error.issues[0])).toBe(true);
  expectSpansSlice(text, r);
  return r;
}

const pieces = fc.constantFrom(
  'No. ', 'số ', '№ ', '60-NQ/TW', '120/2025/NĐ-CP', '148-КЛ/TW', 'Ð', 'ngày 14/4/2025', '14 апреля 2025 г.',
  'April 14, 2025', '200 communes into 75', 'comrade Vu Manh Ha, ', 'товарищ Ву Мань Ха', 'Nguyễn Văn A',
  '62,5%', '\u0301', '\uD800', '\uDC00', '\u0000', '\n', ' ', '-', '/', '2025-2030', 'Source: https://x.vn/ket-luan-so-178-kl-tw',
);

describe('parseReport never throws on any string', () => {
  it('arbitrary unicode strings (lone surrogates, control characters)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        check(s);
      }),
      { numRuns: 300 },
    );
  });

  it('strings built from the genre’s pieces, in every language', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.constantFrom('en', 'ru', 'vi', undefined), (parts, lang) => {
        check(parts.join(''), lang as 'en' | 'ru' | 'vi' | undefined);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['1 MB of digits', '7'.repeat(1_000_000)],
    ['"No. No. No." repeated', 'No. '.repeat(100_000)],
    ['codes without end', '60-NQ/'.repeat(50_000)],
    ['dashes and slashes', '1-2/3-4/'.repeat(60_000)],
    ['mixed scripts', 'Nghị quyết Постановление Resolution 60-NQ/TW 中文 '.repeat(10_000)],
    ['lone surrogates', '\uD800a\uDC00'.repeat(50_000)],
    ['issuer chains without end', '1/2025/TT-' + 'BCA- '.repeat(60_000)],
    ['kind words, titles and no number', ('Law on the organization of the Government ' + 'Luật tổ chức ').repeat(20_000)],
    ['titles before dates without a code', ('Nghị định số 30/2022/NĐ-CP quy định ' + 'mô hình '.repeat(40) + 'ngày 19/05/2022 ').repeat(1_000)],
    ['possessives', "the Politburo's ".repeat(60_000)],
  ])('%s', (_name, text) => {
    for (const lang of ['en', 'ru', 'vi'] as const) check(text, lang);
    check(text);
  });
});
