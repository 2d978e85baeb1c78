/**
 * Issue 11's reproducers, one named case each, in sentences of the same shape: bounded output,
 * no stack overflow on many records, no quadratic path (timed in `npm run bench`, here only the
 * results at a size where the old code already went wrong), contract breaks.
 */
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../bench/hostile.js';
import { alignReports, AlignmentSchema, parseReport, ReportSchema, type Report } from '../src/index.js';
import { expectSpansSlice } from './helpers.js';

const failed = (r: Report) => r.warnings.filter((w) => /failed/.test(w));

describe('issue 11.1: one person with many posts', () => {
  const n = 400;
  let text = '';
  for (let i = 0; i < n; i++) text += `Chairman of the People's Committee of Commune ${i} Nguyen Van An spoke. `;
  const r = parseReport(text, { language: 'en' });
  it('keeps the merged posts once, on the first mention', () => {
    expect(r.people).toHaveLength(n);
    expect(r.people[0]!.allRoles).toHaveLength(n);
    expect(r.people.slice(1).filter((p) => p.allRoles)).toEqual([]);
    expect(r.people[0]!.allRoles!.map((x) => x.organization)).toEqual(r.people.map((p) => p.roles[0]!.organization));
  });
  it('gives a report whose size grows linearly with the text', () => {
    const small = JSON.stringify(parseReport(text.slice(0, text.length / 4), { language: 'en' })).length;
    const big = JSON.stringify(r).length;
    // four times the text, about four times the report (it was sixteen times)
    expect(big / small).toBeLessThan(4.5);
    expect(big).toBeLessThan(text.length * 40);
  });
});

describe('issue 11.3: no family lost to the number of records', () => {
  it('200,000 unit counts', () => {
    const r = parseReport('1 xã '.repeat(200_000), { language: 'vi', only: ['units'] });
    expect(failed(r)).toEqual([]);
    expect(r.units).toHaveLength(200_000);
  });
  it('166,667 numeric dates', () => {
    const r = parseReport('1/1/2025 '.repeat(166_667), { language: 'en', only: ['dates'] });
    expect(failed(r)).toEqual([]);
    expect(r.dates).toHaveLength(166_667);
    expect(r.dates[166_666]!.value).toBe('2025-01-01');
  });
});

describe('issue 11.4: the Source line', () => {
  it('a URL of 100,000 dots is read (the trailing-punctuation trim was quadratic)', () => {
    const text = 'Source: https://' + '.'.repeat(100_000) + 'x';
    expect(parseReport(text, { language: 'en' }).source?.url).toBe(text.slice(8));
  });
  it('trailing punctuation is trimmed from the URL', () => {
    const r = parseReport('Nguồn: https://baochinhphu.vn/ket-luan-so-150-kl-tw.htm.;', { language: 'vi' });
    expect(r.source).toMatchObject({ url: 'https://baochinhphu.vn/ket-luan-so-150-kl-tw.htm', host: 'baochinhphu.vn' });
  });
  it('an NFD "Nguồn:" line is found, with its URL document, spans in the NFD string', () => {
    const text = 'Theo Kết luận số 150-KL/TW của Bộ Chính trị.\nNguồn: https://x.vn/ket-luan-so-150-kl-tw.html'.normalize('NFD');
    const r = parseReport(text, { language: 'vi' });
    expect(r.source?.url).toBe('https://x.vn/ket-luan-so-150-kl-tw.html');
    expectSpansSlice(text, r);
    expect(r.documents.filter((d) => d.fromSourceUrl).map((d) => d.key)).toEqual(['150-KL/TW']);
  });
});

describe('issue 11.5: the shapes that were super-linear still read right', () => {
  it('a chain of references after one kind word: every code is a resolution, the issuer named before the chain kept', () => {
    const codes = Array.from({ length: 300 }, (_, i) => `${i + 1}-NQ/TW`);
    const r = parseReport(`The Politburo's Resolutions No. ${codes.join(', ')} were reviewed.`, { language: 'en' });
    expect(r.documents.map((d) => d.key)).toEqual(codes);
    expect(r.documents.every((d) => d.kind === 'resolution')).toBe(true);
    expect(r.documents[0]!.issuer).toBe('Politburo');
  });
  it('a Source URL naming many documents: each once, a warning for each the text never cites', () => {
    const slugs = Array.from({ length: 200 }, (_, i) => `nghi-quyet-so-${i + 1}-nq-tw`);
    const text = 'Nghị quyết số 1-NQ/TW được quán triệt.\nNguồn: https://x.vn/' + slugs.join('-') + '.html';
    const r = parseReport(text, { language: 'vi' });
    expect(r.documents.filter((d) => d.fromSourceUrl)).toHaveLength(200);
    expect(r.warnings.filter((w) => w.startsWith('source URL names'))).toHaveLength(199);
  });
  it('metadata tables one after another: every code dated by its own table', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `| Số hiệu | ${i + 1}/2025/NĐ-CP |\n| Ngày ban hành | ${1 + (i % 28)}/02/2025 |`).join('\n');
    const r = parseReport(rows, { language: 'vi' });
    expect(r.documents).toHaveLength(200);
    expect(r.documents.map((d) => d.date)).toEqual(Array.from({ length: 200 }, (_, i) => `2025-02-${String(1 + (i % 28)).padStart(2, '0')}`));
  });
  it('years joined by "and": each a year', () => {
    const r = parseReport('in 2024 and 2025, '.repeat(300), { language: 'en', only: ['dates'] });
    expect(r.dates).toHaveLength(600);
    expect(r.dates.every((d) => d.kind === 'year')).toBe(true);
  });
  it('numbers sharing one code: both numbers are documents of that code', () => {
    const text = Array.from({ length: 200 }, (_, i) => `Resolution No. ${2 * i + 1}, ${2 * i + 2}-NQ/TW `).join('');
    const r = parseReport(text, { language: 'en', only: ['documents'] });
    expect(r.documents.map((d) => d.key)).toEqual(Array.from({ length: 400 }, (_, i) => `${i + 1}-NQ/TW`));
    expect(r.documents.every((d) => d.kind === 'resolution')).toBe(true);
  });
  it('highland names after a post: every one a person with the post', () => {
    const r = parseReport('Chủ tịch Y Khoa Mlô phát biểu. '.repeat(300), { language: 'vi', only: ['people'] });
    expect(r.people).toHaveLength(300);
    expect(r.people.every((p) => p.nameKey === 'y khoa mlo' && p.roles[0]?.title === 'Chủ tịch')).toBe(true);
  });
  it('foreign officials after Mr. and a repeated Russian post and name', () => {
    const en = parseReport('Mr. Phonesavanh Keomanivong met the delegation. '.repeat(300), { language: 'en', only: ['people'] });
    expect(en.people.map((p) => p.nameKey)).toEqual(Array(300).fill('phonesavanh keomanivong'));
    const ru = parseReport('Генеральный секретарь То Лам встретился с делегацией. '.repeat(300), { language: 'ru', only: ['people'] });
    expect(ru.people.map((p) => p.nameKey)).toEqual(Array(300).fill('to lam'));
  });
  it('every hostile generator gives a valid report at 20 KB', () => {
    for (const h of HOSTILE) {
      const text = h.make(20_000);
      const r = parseReport(text, { language: h.language });
      expect(ReportSchema.safeParse(r).success, h.name).toBe(true);
      expect(failed(r), h.name).toEqual([]);
      expectSpansSlice(text, r);
    }
  });
});

describe('issue 11.7: contract breaks', () => {
  it('alignReports rejects holes and non-reports with a TypeError naming the slot', () => {
    const r = parseReport('Resolution No. 60-NQ/TW.', { language: 'en' });
    // eslint-disable-next-line no-sparse-arrays
    expect(() => alignReports([, r] as Report[])).toThrow(/alignReports: reports\[0\] is not a Report \(got undefined\)/);
    expect(() => alignReports([null] as unknown as Report[])).toThrow(TypeError);
    expect(() => alignReports([r, { documents: [] }] as unknown as Report[])).toThrow(/reports\[1\] is not a Report \(its people is not an array\)/);
    const ok = alignReports([r, r]);
    expect(AlignmentSchema.safeParse(ok).success).toBe(true);
    expect(ok.groups[0]!.present).toEqual([true, true]);
  });
  it('referenceDate: every year 1900..2100 accepted, outside rejected with the same clear message', () => {
    expect(parseReport('on June 24', { language: 'en', referenceDate: '1900-01-01' }).dates[0]!.value).toBe('1900-06-24');
    expect(parseReport('on June 24', { language: 'en', referenceDate: '2100-12-31' }).dates[0]!.value).toBe('2100-06-24');
    for (const d of ['0099-01-01', '9999-12-31', '1899-12-31', '2101-01-01']) {
      expect(() => parseReport('x', { referenceDate: d }), d).toThrow(/options\.referenceDate: referenceDate must lie between 1900-01-01 and 2100-12-31/);
    }
    expect(() => parseReport('x', { referenceDate: '2025-02-30' })).toThrow(/real calendar date/);
  });
  it('only: [] is an error, not a report with nothing in it', () => {
    expect(() => parseReport('Resolution No. 60-NQ/TW', { only: [] })).toThrow(/options\.only: only must name at least one record family/);
  });
});

describe('issue 11.7: a paragraph in another language is read in its language', () => {
  it('a Vietnamese text with an English paragraph keeps the English paragraph’s records', () => {
    const text = 'Trong đó có Đề án.\n\nProject No. 06 was reviewed.';
    const r = parseReport(text);
    expect(r.language.code).toBe('vi');
    expect(r.documents.map((d) => d.key)).toEqual(['project:06']);
    expect(r.otherLanguages).toEqual([{ code: 'en', span: { start: 20, end: text.length } }]);
    expectSpansSlice(text, r);
  });
  it('a Russian article quoting a Vietnamese paragraph: records of both, each read in its language', () => {
    const text =
      'Политбюро приняло Заключение № 150-КЛ/TW от 14 апреля 2025 г. о реорганизации провинций.\n\n' +
      'Theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, cả nước có 34 tỉnh, thành phố.\n\n' +
      'Председатель провинции Нгуен Ван Ан выступил на заседании.';
    const r = parseReport(text);
    expect(r.language.code).toBe('ru');
    expect(r.otherLanguages?.map((b) => [b.code, text.slice(b.span.start, b.span.end).slice(0, 4)])).toEqual([['vi', 'Theo']]);
    expect(r.documents.map((d) => [d.key, d.date])).toEqual([
      ['150-KL/TW', '2025-04-14'],
      ['202/2025/QH15', '2025-06-12'],
    ]);
    expect(r.people.map((p) => p.nameKey)).toEqual(['nguyen van an']);
    expectSpansSlice(text, r);
  });
  it('an English paragraph full of Vietnamese names stays English', () => {
    const text =
      'The conference of the Provincial Party Committee opened on Monday in the city, and the delegates discussed the plan for the coming year.\n\n' +
      'Attending were Nguyễn Văn An, Trần Thị Bình and Lê Văn Cường, members of the Standing Committee.';
    const r = parseReport(text);
    expect(r.language.code).toBe('en');
    expect(r.otherLanguages).toBeUndefined();
    expect(r.people.map((p) => p.nameKey)).toEqual(['nguyen van an', 'tran thi binh', 'le van cuong']);
  });
  it('a forced language reads the whole text in it', () => {
    const r = parseReport('Trong đó có Đề án.\n\nProject No. 06 was reviewed.', { language: 'vi' });
    expect(r.otherLanguages).toBeUndefined();
  });
  it('a text in no language it reads, with an English paragraph: that paragraph is read, with a warning', () => {
    const text = '这是一篇关于越南的中文文章。'.repeat(8) + '\n\nResolution No. 60-NQ/TW was issued by the Politburo.';
    const r = parseReport(text);
    expect(r.language.code).toBe('und');
    expect(r.documents.map((d) => d.key)).toEqual(['60-NQ/TW']);
    expect(r.warnings.join('\n')).toMatch(/otherLanguages/);
  });
});
