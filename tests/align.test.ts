/**
 * alignReports: pairing, differences, equivalences and the shape (issue 14). Sentences written
 * for these tests; the planted drift of each case is named in its title.
 */
import { describe, expect, it } from 'vitest';
import { alignReports, AlignmentSchema, parseReport, type Alignment } from '../src/index.js';
import { looseNameKey } from '../src/align/names.js';

const en = (t: string) => parseReport(t, { language: 'en' });
const ru = (t: string) => parseReport(t, { language: 'ru' });
const vi = (t: string) => parseReport(t, { language: 'vi' });

const diffs = (al: Alignment) => al.differences.map((d) => `${d.type}.${d.field}:${d.values.map((v) => v ?? '-').join('|')}`);

const EN_STORY =
  'On April 14, 2025, the Politburo issued Conclusion No. 150-KL/TW. ' +
  'Under the plan, the province will rearrange 200 commune-level administrative units into 75 commune-level administrative units, a reduction of 62.5%. ' +
  'Secretary of the Provincial Party Committee Nguyen Van Thanh chaired the meeting.';
const RU_STORY =
  '14 апреля 2025 года Политбюро приняло Заключение № 150-KL/TW. ' +
  'Согласно плану, провинция преобразует 200 административных единиц уровня общин в 75 административных единиц уровня общин, то есть сокращение на 62,5%. ' +
  'Заседание провёл секретарь провинциального комитета партии Нгуен Ван Тхань.';
const VI_STORY =
  'Ngày 14/4/2025, Bộ Chính trị ban hành Kết luận số 150-KL/TW. ' +
  'Theo kế hoạch, tỉnh sắp xếp 200 đơn vị hành chính cấp xã thành 75 đơn vị hành chính cấp xã, giảm 62,5%. ' +
  'Bí thư Tỉnh ủy Nguyễn Văn Thanh chủ trì cuộc họp.';

describe('alignReports: the same story in three languages', () => {
  it('aligns every fact and reports no difference when the versions agree', () => {
    const al = alignReports([en(EN_STORY), ru(RU_STORY), vi(VI_STORY)], { labels: ['en', 'ru', 'vi'] });
    expect(AlignmentSchema.safeParse(al).success).toBe(true);
    expect(al.differences).toEqual([]);
    const keys = al.groups.filter((g) => g.present.every(Boolean)).map((g) => `${g.type}:${g.key}`);
    expect(keys).toEqual(
      expect.arrayContaining(['document:150-KL/TW', 'person:nguyen van thanh', 'unitChange:200:commune', 'unit:200:commune', 'unit:75:commune', 'date:2025-04-14']),
    );
    expect(al.similarity).toBeGreaterThan(0.9);
    expect(al.warnings).toEqual([]);
    expect(al.reports).toEqual([
      { language: 'en', label: 'en' },
      { language: 'ru', label: 'ru' },
      { language: 'vi', label: 'vi' },
    ]);
  });

  it('a changed restructuring target is one conflict, not two gaps (75 against 76)', () => {
    const al = alignReports([en(EN_STORY), ru(RU_STORY.replace('в 75', 'в 76')), vi(VI_STORY)]);
    expect(diffs(al)).toEqual(['unitChange.target:75|76|75']);
    const d = al.differences[0]!;
    expect(d.severity).toBe('high');
    expect(d.spans.every((s) => s !== null && s.length > 0)).toBe(true);
  });

  it('a changed date is one conflict (14 against 15 April)', () => {
    const al = alignReports([en(EN_STORY), ru(RU_STORY.replace('14 апреля', '15 апреля')), vi(VI_STORY)]);
    // the date opens the sentence that issues the conclusion: it is the document's date of issue,
    // and the change shows there, once
    expect(diffs(al)).toEqual(['document.date:2025-04-14|2025-04-15|2025-04-14']);
  });

  it('a dropped document is reported missing in that version', () => {
    const al = alignReports([en(EN_STORY), ru(RU_STORY.replace(' Заключение № 150-KL/TW', ' заключение')), vi(VI_STORY)]);
    expect(diffs(al)).toContain('document.present:150-KL/TW|-|150-KL/TW');
  });

  it('a term with other years is one conflict (2021-2026 against 2026-2031)', () => {
    const a = en('The congress elected the Provincial Party Committee for the 2021-2026 term.');
    const b = vi('Đại hội bầu Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2026-2031.');
    expect(diffs(alignReports([a, b]))).toEqual(['date.value:2021..2026|2026..2031']);
  });
});

describe('alignReports: equivalent renderings are not differences', () => {
  it('a term in one version, a period with the same years in another', () => {
    const a = en('The plan covers the 2025-2030 period.');
    const b = vi('Kế hoạch thực hiện trong nhiệm kỳ 2025-2030.');
    const al = alignReports([a, b]);
    expect(al.differences).toEqual([]);
    expect(al.groups.find((g) => g.type === 'date')!.present).toEqual([true, true]);
  });

  it('a month in one version and a day of it in the other, with a note and a lower confidence', () => {
    const a = en('The resolution was issued in June 2025.');
    const b = vi('Nghị quyết được ban hành ngày 16/6/2025.');
    const al = alignReports([a, b]);
    expect(al.differences).toEqual([]);
    const g = al.groups.find((x) => x.type === 'date')!;
    expect(g.present).toEqual([true, true]);
    expect(g.confidence).toBeLessThan(1);
    expect(g.note).toMatch(/month/);
  });

  it('"75 communes and wards" and "75 đơn vị hành chính cấp xã" are one count', () => {
    const a = en('After the merger the province has 75 communes and wards.');
    const b = vi('Sau sắp xếp, tỉnh còn 75 đơn vị hành chính cấp xã.');
    const al = alignReports([a, b]);
    expect(al.groups.filter((g) => g.type === 'unit').map((g) => [g.key, g.present])).toEqual([['75:commune', [true, true]]]);
    expect(al.differences).toEqual([]);
  });

  it('a Russian transcription variant joins the person (Тран for Trần), with a lower confidence when the keys differ', () => {
    expect(looseNameKey('do thanh binh')).toBe(looseNameKey('do than binh'));
    expect(looseNameKey('tran van hau')).toBe(looseNameKey('chan van hau'));
    expect(looseNameKey('vu van dung')).toBe(looseNameKey('vu van zung'));
    expect(looseNameKey('nguyen van an')).not.toBe(looseNameKey('nguyen van anh binh'));
    const a = vi('Bí thư Tỉnh ủy Trần Văn Hậu phát biểu.');
    const b = ru('Выступил секретарь провинциального комитета партии Тран Ван Хау.');
    const al = alignReports([a, b]);
    const people = al.groups.filter((g) => g.type === 'person');
    expect(people.map((g) => [g.key, g.present])).toEqual([['tran van hau', [true, true]]]);
    expect(al.differences).toEqual([]);
  });

  it('a short form after the full name is the same person ("ông Thanh")', () => {
    const a = en('Secretary Nguyen Van Thanh spoke. Mr. Thanh said the work was urgent.');
    const b = vi('Bí thư Nguyễn Văn Thanh phát biểu. Ông Thanh nhấn mạnh yêu cầu cấp bách.');
    const al = alignReports([a, b]);
    const people = al.groups.filter((g) => g.type === 'person');
    expect(people.map((g) => g.key)).toEqual(['nguyen van thanh']);
    // both ways each version writes him, and both mentions
    expect(people[0]!.members.map((m) => m!.forms.length)).toEqual([2, 2]);
    expect(people[0]!.members.map((m) => m!.mentions)).toEqual([2, 2]);
    expect(al.differences).toEqual([]);
  });
});

describe('alignReports: different stories', () => {
  it('warns when two reports share little beyond a date and a project', () => {
    const a = en(
      'On May 5, 2025, Deputy Prime Minister Tran Hong Ha chaired a meeting on Project No. 06. ' +
        'Resolution No. 57-NQ/TW and Decree No. 120/2025/ND-CP were discussed, and Minister Le Thanh Long reported.',
    );
    const b = vi(
      'Ngày 5/5/2025, Chủ tịch UBND tỉnh Hoàng Văn Minh kiểm tra Đề án số 06 tại huyện. ' +
        'Tỉnh sắp xếp 120 đơn vị hành chính cấp xã thành 40 đơn vị hành chính cấp xã theo Kế hoạch số 33-KH/TU.',
    );
    const al = alignReports([a, b]);
    expect(al.similarity).toBeLessThan(0.3);
    expect(al.warnings.join(' ')).toMatch(/different stories/);
  });
});

describe('alignReports: arguments', () => {
  it('checks its options and keeps the one-argument call', () => {
    const r = en(EN_STORY);
    expect(() => alignReports([r, r], { labels: ['only one'] })).toThrow(/options.labels has 1 labels for 2 reports/);
    expect(() => alignReports([r], { nope: 1 } as never)).toThrow(TypeError);
    expect(() => alignReports([r], 'x' as never)).toThrow(/options must be an object/);
    const one = alignReports([r]);
    expect(one.similarity).toBe(1);
    expect(one.differences).toEqual([]);
    expect(AlignmentSchema.safeParse(alignReports([])).success).toBe(true);
  });
});
