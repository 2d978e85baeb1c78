import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignReports, parseReport, ReportSchema } from '../src/index.js';
import { expectSpansSlice, HAS_SHARED, ROOT, SHARED } from './helpers.js';

const fixture = (p: string) => readFileSync(resolve(ROOT, 'fixtures', p), 'utf8');

describe('parseReport: errors', () => {
  it.each([[null], [undefined], [42], [['text']], [{ text: 'x' }], [Buffer.from('x')]])(
    'throws a TypeError for text %j',
    (v) => {
      expect(() => parseReport(v as unknown as string)).toThrow(TypeError);
      expect(() => parseReport(v as unknown as string)).toThrow(/parseReport: text must be a string/);
    },
  );

  it.each([
    [{ language: 'de' }, /options\.language/],
    [{ referenceDate: '2025-13-01' }, /options\.referenceDate/],
    [{ referenceDate: '2025-02-30' }, /options\.referenceDate: referenceDate must be a real calendar date/],
    [{ referenceDate: '23/11/2026' }, /options\.referenceDate/],
    [{ only: ['documents', 'nope'] }, /options\.only/],
    [{ lang: 'en' }, /lang/],
    ['en', /options must be an object/],
  ])('throws a TypeError naming the field for options %j', (opts, msg) => {
    expect(() => parseReport('text', opts as never)).toThrow(TypeError);
    expect(() => parseReport('text', opts as never)).toThrow(msg);
  });

  it('accepts valid options', () => {
    const r = parseReport('Resolution No. 60-NQ/TW', { language: 'en', referenceDate: '2025-06-23', only: ['documents'] });
    expect(r.language).toEqual({ code: 'en', confidence: 1 });
    expect(r.documents.map((d) => d.key)).toEqual(['60-NQ/TW']);
  });
});

describe('parseReport: report shape', () => {
  it('returns an empty report for empty text', () => {
    const r = parseReport('');
    expect(r).toEqual({ language: { code: 'und', confidence: 1 }, documents: [], dates: [], people: [], units: [], unitChanges: [], warnings: [] });
  });

  it('warns rather than silently returning nothing for another language', () => {
    const r = parseReport('Der Landtag hat heute ein neues Gesetz zur Verwaltungsreform beschlossen.');
    expect(r.language.code).toBe('und');
    expect(r.warnings.join(' ')).toMatch(/not recognised/);
  });

  it.each([
    ['Text.\nSource: https://nhandan.vn/a-b-post881826.html', 'https://nhandan.vn/a-b-post881826.html', 'nhandan.vn'],
    ['Văn bản.\nNguồn: https://baochinhphu.vn/x.htm.', 'https://baochinhphu.vn/x.htm', 'baochinhphu.vn'],
    ['Текст.\nИсточник: https://vietnam.vn/ru/y', 'https://vietnam.vn/ru/y', 'vietnam.vn'],
  ])('extracts the source line of %j', (text, url, host) => {
    const r = parseReport(text);
    expect(r.source?.url).toBe(url);
    expect(r.source?.host).toBe(host);
    expectSpansSlice(text, r);
  });

  it('keeps spans on the original text when it is not NFC', () => {
    const text = 'Nghi\u0323 quyê\u0301t số 60-NQ/TW và Kê\u0301t luận số 150-KL/TW';
    const r = parseReport(text, { language: 'vi' });
    expect(r.documents.map((d) => d.key)).toEqual(['60-NQ/TW', '150-KL/TW']);
    expectSpansSlice(text, r);
  });

  it('folds look-alikes in codes but reports the text as written', () => {
    const text = 'Реализация Заключения № 148-КЛ/TW от 8 апреля 2025 г.';
    const r = parseReport(text);
    expect(r.language.code).toBe('ru');
    const d = r.documents[0]!;
    expect(d.code).toBe('148-KL/TW');
    expect(d.text).toBe('148-КЛ/TW');
    expectSpansSlice(text, r);
  });

  it('limits families with options.only', () => {
    const text = fixture('en/en-01.txt');
    const r = parseReport(text, { only: ['documents'] });
    expect(r.documents.length).toBeGreaterThan(0);
    expect(r.dates).toEqual([]);
    expect(r.people).toEqual([]);
    expect(r.units).toEqual([]);
  });

  it.each(['en/en-01.txt', 'en/en-02.txt', 'ru/ru-01.txt', 'ru/ru-02.txt', 'vi/vi-01.txt', 'vi/vi-03.txt'])(
    'fixture %s: valid report, detected language, sorted records, spans slice',
    (p) => {
      const text = fixture(p);
      const r = parseReport(text);
      expect(ReportSchema.safeParse(r).success).toBe(true);
      expect(r.language.code).toBe(p.slice(0, 2));
      for (const list of [r.documents, r.dates, r.people, r.units, r.unitChanges]) {
        const starts = list.map((x) => x.span.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }
      expectSpansSlice(text, r);
    },
  );
});

describe.skipIf(!HAS_SHARED)('seeds from ../shared/seeds', () => {
  const seed = (n: string) => readFileSync(resolve(SHARED, 'seeds', n), 'utf8');
  it('seed 002: flags the Conclusion 178 named only by the URL slug', () => {
    const text = seed('002_c9a5fda6541b9e37.txt');
    const r = parseReport(text);
    const fromUrl = r.documents.filter((d) => d.fromSourceUrl);
    expect(fromUrl.map((d) => d.key)).toEqual(['178-KL/TW']);
    expect(r.warnings.some((w) => w.includes('178-KL/TW'))).toBe(true);
    expect(r.documents.some((d) => d.key === '177-KL/TW' && !d.fromSourceUrl)).toBe(true);
    expectSpansSlice(text, r);
  });

  it('seed 000 and its Russian translation 001 align on document keys', () => {
    const en = parseReport(seed('000_7d8b1455eb3faf0b.txt'));
    const ru = parseReport(seed('001_5f4fe48c88a862a6.txt'));
    expect(ru.language.code).toBe('ru');
    const a = alignReports([en, ru]);
    const docs = a.groups.filter((g) => g.type === 'document');
    expect(docs.map((g) => g.key).sort()).toEqual(['148-KL/TW', '150-KL/TW', '204-QD/TW', '45-CT/TW', '47-KH/TW', '57-NQ/TW', '60-NQ/TW', 'project:06']);
    expect(docs.every((g) => g.present.every(Boolean))).toBe(true);
  });
});

describe('alignReports', () => {
  it('lists what one report lacks and values that disagree', () => {
    const a = parseReport('Conclusion No. 150-KL/TW and Resolution No. 60-NQ/TW.', { language: 'en' });
    const b = parseReport('Заключение № 150-KL/TW.', { language: 'ru' });
    const al = alignReports([a, b]);
    const g60 = al.groups.find((g) => g.key === '60-NQ/TW')!;
    expect(g60.present).toEqual([true, false]);
    const g150 = al.groups.find((g) => g.key === '150-KL/TW')!;
    expect(g150.present).toEqual([true, true]);
    expect(g150.conflicts).toEqual([]);
  });

  it('rejects a non-array', () => {
    expect(() => alignReports('x' as never)).toThrow(TypeError);
  });
});
