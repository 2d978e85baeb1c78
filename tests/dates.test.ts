/**
 * Date extractors, table-driven per locale, with a fixed reference date and negative cases.
 * Every record also checks `input.slice(span.start, span.end) === text`.
 */
import { describe, expect, it } from 'vitest';
import { extractDates, parseReport } from '../src/index.js';
import { readDayFirst, isValidDay, iso, monthsOfYear } from '../src/common/dates.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './helpers.js';

type Lang = 'en' | 'ru' | 'vi';
interface Expect {
  kind: 'date' | 'month' | 'year' | 'period' | 'term';
  value?: string;
  start?: string;
  end?: string;
  yearInferred?: boolean;
  /** the exact text of the mention */
  text?: string;
}

function run(language: Lang, input: string, referenceDate?: string) {
  const out = extractDates(input, { language, ...(referenceDate ? { referenceDate } : {}) });
  for (const r of out) expect(input.slice(r.span.start, r.span.end)).toBe(r.text);
  return out;
}

function check(language: Lang, input: string, want: Expect, referenceDate = REF) {
  const out = run(language, input, referenceDate);
  expect(out).toHaveLength(1);
  const r = out[0]!;
  expect(r.kind).toBe(want.kind);
  expect(r.value).toBe(want.value);
  expect(r.start).toBe(want.start);
  expect(r.end).toBe(want.end);
  expect(r.yearInferred ?? false).toBe(want.yearInferred ?? false);
  if (want.text !== undefined) {
    expect(r.text).toBe(want.text);
    expect(r.span.start).toBe(input.indexOf(want.text));
    expect(r.span.end).toBe(input.indexOf(want.text) + want.text.length);
  }
}

const REF = '2025-07-22';

describe('common date helpers', () => {
  it.each([
    [14, 4, 2025, { day: 14, month: 4 }],
    [5, 6, 2025, { day: 5, month: 6 }],
    [4, 14, 2025, { day: 14, month: 4 }],
    [31, 2, 2025, undefined],
    [29, 2, 2024, { day: 29, month: 2 }],
    [29, 2, 2025, undefined],
  ])('readDayFirst(%i, %i, %i)', (a, b, y, want) => {
    expect(readDayFirst(a, b, y)).toEqual(want);
  });
  it('formats ISO values and validates days', () => {
    expect(iso(2025, 4, 14)).toBe('2025-04-14');
    expect(iso(2025, 7)).toBe('2025-07');
    expect(iso(undefined, 6, 24)).toBe('--06-24');
    expect(isValidDay(31, 4, 2025)).toBe(false);
    expect(monthsOfYear('last', 3)).toEqual([10, 12]);
    expect(monthsOfYear('first', 13)).toBeUndefined();
  });
});

describe('en dates', () => {
  it.each<[string, Expect]>([
    ['dated April 14, 2025 of the Prime Minister', { kind: 'date', value: '2025-04-14', text: 'April 14, 2025' }],
    ['since 14 April 2025 the province', { kind: 'date', value: '2025-04-14', text: '14 April 2025' }],
    ['grasped on 14/4/2025.', { kind: 'date', value: '2025-04-14', text: '14/4/2025' }],
    ['On 5/6/2025, the Council met', { kind: 'date', value: '2025-06-05', text: '5/6/2025' }],
    ['signed on 4/14/2025 in Hanoi', { kind: 'date', value: '2025-04-14', text: '4/14/2025' }],
    ['from July 1, 2025, communes', { kind: 'date', value: '2025-07-01', text: 'July 1, 2025' }],
    ['On the morning of July 21, the committee met', { kind: 'date', value: '2025-07-21', yearInferred: true, text: 'July 21' }],
    ['a trial starting on 24 June', { kind: 'date', value: '2025-06-24', yearInferred: true, text: '24 June' }],
    ['in July 2025 the department', { kind: 'month', value: '2025-07', text: 'July 2025' }],
    ['in 2025, the province', { kind: 'year', value: '2025', text: '2025' }],
    ['in the first 9 months of 2025', { kind: 'period', start: '2025-01', end: '2025-09', text: 'the first 9 months of 2025' }],
    ['for the last three months of 2025', { kind: 'period', start: '2025-10', end: '2025-12', text: 'the last three months of 2025' }],
    ['tasks for the third quarter of 2025', { kind: 'period', start: '2025-07', end: '2025-09', text: 'the third quarter of 2025' }],
    ['before the end of the third quarter.', { kind: 'period', start: '2025-07', end: '2025-09', yearInferred: true, text: 'the third quarter' }],
    ['for the 2025-2030 term', { kind: 'term', start: '2025', end: '2030', text: '2025-2030 term' }],
    ['for the 2025 - 2030 term', { kind: 'term', start: '2025', end: '2030', text: '2025 - 2030 term' }],
    ['(2021-2026 term)', { kind: 'term', start: '2021', end: '2026', text: '2021-2026 term' }],
    ['plan for the period 2026-2030', { kind: 'period', start: '2026', end: '2030', text: 'period 2026-2030' }],
    ['the new school year 2025-2026 opened', { kind: 'period', start: '2025', end: '2026', text: 'school year 2025-2026' }],
    ['results of 2023-2025 were good', { kind: 'period', start: '2023', end: '2025', text: '2023-2025' }],
    ['cut by 12.5% in the 2021-25 period', { kind: 'period', start: '2021', end: '2025', text: '2021-25 period' }],
    ['for the 2026-31 term', { kind: 'term', start: '2026', end: '2031', text: '2026-31 term' }],
  ])('%s', (input, want) => check('en', input, want));

  it('a range of years nearby does not give a day its year', () => {
    const out = run('en', 'the session on 24 June will also consider the plan for the 2026–2030 period.', '2025-06-23');
    expect(out.map((r) => r.value ?? `${r.start}..${r.end}`)).toEqual(['2025-06-24', '2026..2030']);
  });

  it('a two-digit range end needs a period or term word', () => {
    expect(run('en', 'scored 2021-25 in the final', REF)).toEqual([]);
  });

  it('takes the year of a stated date in the same sentence before referenceDate', () => {
    const out = run('en', 'From July 1, 2024, communes operated after a trial starting on June 24.', REF);
    expect(out.map((r) => r.value)).toEqual(['2024-07-01', '2024-06-24']);
    expect(out[1]!.yearInferred).toBe(true);
  });

  it('writes --mm-dd when no year is known', () => {
    const out = run('en', 'starting on June 24');
    expect(out.map((r) => [r.value, r.yearInferred, r.text])).toEqual([['--06-24', undefined, 'June 24']]);
  });

  it('reads "period and 2026" as a period and a year', () => {
    const out = run('en', 'plans for the 2026-2030 period and 2026.');
    expect(out.map((r) => [r.kind, r.value ?? `${r.start}..${r.end}`])).toEqual([
      ['period', '2026..2030'],
      ['year', '2026'],
    ]);
  });

  it.each([
    'towards the 14th National Congress of the Party',
    'the 11th Conference of the 13th Party Central Committee',
    'Decree No. 120/2025/ND-CP of the Government',
    'through the hotline 0212 3852 111.',
    'approved with 459/465 votes (95.83%)',
    'compared with the same period last year',
    'Deputy Commander of Military Region 2',
    'a budget of 2025 billion dong', // a bare number is not a year
    'it may rain',
    '06 projects were approved',
  ])('no date in %j', (input) => {
    expect(run('en', input, REF)).toEqual([]);
  });
});

describe('vi dates', () => {
  const R = '2025-10-15';
  it.each<[string, Expect]>([
    ['ngày 14 tháng 4 năm 2025 của Bộ Chính trị', { kind: 'date', value: '2025-04-14', text: 'ngày 14 tháng 4 năm 2025' }],
    ['Kết luận ngày 14/4/2025', { kind: 'date', value: '2025-04-14', text: '14/4/2025' }],
    ['ngày 14-4-2025', { kind: 'date', value: '2025-04-14', text: '14-4-2025' }],
    ['Chỉ thị ngày 01-10-1997 của Bộ Chính trị', { kind: 'date', value: '1997-10-01', text: '01-10-1997' }],
    ['Ngày 14/10, Tỉnh ủy tổ chức hội nghị', { kind: 'date', value: '2025-10-14', yearInferred: true, text: 'Ngày 14/10' }],
    ['Chiều 12/8, tại Hà Nội, Bộ Nội vụ tổ chức hội nghị', { kind: 'date', value: '2025-08-12', yearInferred: true, text: '12/8' }],
    ['Sáng 21/7, Tỉnh ủy họp', { kind: 'date', value: '2025-07-21', yearInferred: true, text: '21/7' }],
    ['hôm qua (14/10), tỉnh đã', { kind: 'date', value: '2025-10-14', yearInferred: true, text: '14/10' }],
    ['ngày mai (16/10), tỉnh sẽ', { kind: 'date', value: '2025-10-16', yearInferred: true, text: '16/10' }],
    ['Trong tháng 7/2025, tỉnh đã', { kind: 'month', value: '2025-07', text: 'tháng 7/2025' }],
    ['vào tháng 7 năm 2025', { kind: 'month', value: '2025-07', text: 'tháng 7 năm 2025' }],
    ['các chỉ tiêu năm 2025', { kind: 'year', value: '2025', text: 'năm 2025' }],
    ['nhiệm vụ 9 tháng đầu năm 2025', { kind: 'period', start: '2025-01', end: '2025-09', text: '9 tháng đầu năm 2025' }],
    ['nhiệm vụ 3 tháng cuối năm', { kind: 'period', start: '2025-10', end: '2025-12', yearInferred: true, text: '3 tháng cuối năm' }],
    ['riêng quý III/2025 đạt', { kind: 'period', start: '2025-07', end: '2025-09', text: 'quý III/2025' }],
    ['Đại hội nhiệm kỳ 2025-2030', { kind: 'term', start: '2025', end: '2030', text: 'nhiệm kỳ 2025-2030' }],
    ['kế hoạch giai đoạn 2026-2030', { kind: 'period', start: '2026', end: '2030', text: 'giai đoạn 2026-2030' }],
    ['chương trình 2025-2030 của tỉnh', { kind: 'period', start: '2025', end: '2030', text: '2025-2030' }],
  ])('%s', (input, want) => check('vi', input, want, R));

  it('takes the year of the sentence for "3 tháng cuối năm"', () => {
    const out = run('vi', '9 tháng đầu năm 2024 đạt khá; nhiệm vụ 3 tháng cuối năm rất nặng.', R);
    expect(out.map((r) => `${r.start}..${r.end}`)).toEqual(['2024-01..2024-09', '2024-10..2024-12']);
  });

  it.each([
    'Nghị định số 120/2025/NĐ-CP của Chính phủ',
    'Thông tư số 01/2025/TT-BNV',
    'số điện thoại 0212.3852.111',
    'tăng so với cùng kỳ năm trước',
    'Ban Chấp hành Trung ương khóa XIII',
    'Đại hội XIV của Đảng',
    'Hội nghị lần thứ 11',
    'đạt 7,8% và 459/465 đại biểu',
    '3.250 tỷ đồng',
  ])('no date in %j', (input) => {
    expect(run('vi', input, R)).toEqual([]);
  });
});

describe('day ranges: one period of days (as the real-news gold reads them); days joined by "and" are two dates', () => {
  it.each<[Lang, string, [string, string][]]>([
    ['en', 'on 14-16 April 2025', [['2025-04-14..2025-04-16', '14-16 April 2025']]],
    ['en', 'on April 14-16, 2025', [['2025-04-14..2025-04-16', 'April 14-16, 2025']]],
    ['en', 'from 14 to 16 April 2025', [['2025-04-14..2025-04-16', '14 to 16 April 2025']]],
    ['en', 'from April 14 to 16, 2025', [['2025-04-14..2025-04-16', 'April 14 to 16, 2025']]],
    ['en', 'on 14 and 16 April 2025', [['2025-04-14', '14'], ['2025-04-16', '16 April 2025']]],
    // two whole dates stay two dates, each with its own month
    ['en', 'from July 28 to August 1, 2025', [['2025-07-28', 'July 28'], ['2025-08-01', 'August 1, 2025']]],
    ['vi', 'từ ngày 14 đến 16/4/2025', [['2025-04-14..2025-04-16', '14 đến 16/4/2025']]],
    ['vi', 'ngày 14-16/4/2025', [['2025-04-14..2025-04-16', '14-16/4/2025']]],
    ['vi', 'trong 2 ngày 14 và 15/4/2025', [['2025-04-14', '14'], ['2025-04-15', '15/4/2025']]],
    ['ru', 'с 14 по 16 апреля 2025 года', [['2025-04-14..2025-04-16', '14 по 16 апреля 2025 года']]],
    ['ru', '14–16 апреля 2025 г.', [['2025-04-14..2025-04-16', '14–16 апреля 2025 г.']]],
    ['ru', '14 и 16 апреля 2025 года', [['2025-04-14', '14'], ['2025-04-16', '16 апреля 2025 года']]],
    // the first day may state its month
    ['ru', 'с 14.10. по 15.10.2018', [['2018-10-14..2018-10-15', '14.10. по 15.10.2018']]],
  ])('%s: %s', (lang, input, want) => {
    expect(run(lang, input, REF).map((r) => [r.kind === 'period' ? `${r.start}..${r.end}` : r.value, r.text])).toEqual(want);
  });
  it('a range without a year takes the year as a single day would, and says so', () => {
    const [d] = run('en', 'The visit runs April 14-16.', REF);
    expect([d!.kind, d!.start, d!.end, d!.yearInferred]).toEqual(['period', `${REF.slice(0, 4)}-04-14`, `${REF.slice(0, 4)}-04-16`, true]);
  });
  it('a number before a later day is not a range start', () => {
    expect(run('en', 'with 20 to 16 April 2025', REF).map((r) => r.value)).toEqual(['2025-04-16']);
    expect(run('vi', 'tỷ lệ 1/3 đến 16/4/2025', REF).map((r) => r.value)).toEqual(['2025-04-16']);
  });
});

describe('ru dates: ordinal year', () => {
  it('"1 июля 2025-го года" keeps its suffix in the span', () => {
    const out = run('ru', 'с 1 июля 2025-го года', REF);
    expect(out.map((r) => [r.value, r.text])).toEqual([['2025-07-01', '1 июля 2025-го года']]);
  });
});

describe('ru dates', () => {
  const R = '2025-10-16';
  it.each<[string, Expect]>([
    ['Заключения № 150-KL/TW от 14 апреля 2025 г. о кадрах', { kind: 'date', value: '2025-04-14', text: '14 апреля 2025 г.' }],
    ['от 25 октября 2017 года', { kind: 'date', value: '2017-10-25', text: '25 октября 2017 года' }],
    ['от 14.04.2025 о функциях', { kind: 'date', value: '2025-04-14', text: '14.04.2025' }],
    ['15 октября состоялся пленум', { kind: 'date', value: '2025-10-15', yearInferred: true, text: '15 октября' }],
    ['действует с 1 июля 2025 года.', { kind: 'date', value: '2025-07-01', text: '1 июля 2025 года' }],
    ['в июле 2025 года полиция', { kind: 'month', value: '2025-07', text: 'июле 2025 года' }],
    ['В апреле была встреча', { kind: 'month', value: '2025-04', yearInferred: true, text: 'апреле' }],
    ['в 2025 году.', { kind: 'year', value: '2025', text: '2025 году' }],
    ['показателей на 2025 год', { kind: 'year', value: '2025', text: '2025 год' }],
    ['итоги первых 9 месяцев 2025 года', { kind: 'period', start: '2025-01', end: '2025-09', text: 'первых 9 месяцев 2025 года' }],
    ['в последние три месяца года', { kind: 'period', start: '2025-10', end: '2025-12', yearInferred: true, text: 'последние три месяца года' }],
    ['В третьем квартале 2025 года', { kind: 'period', start: '2025-07', end: '2025-09', text: 'третьем квартале 2025 года' }],
    ['XV созыва на срок полномочий 2025–2030 годов', { kind: 'term', start: '2025', end: '2030', text: 'срок полномочий 2025–2030 годов' }],
    ['советов на срок 2026–2031 годов', { kind: 'term', start: '2026', end: '2031', text: 'срок 2026–2031 годов' }],
    ['на выборах депутатов Национального собрания на 2016-2031 годы', { kind: 'term', start: '2016', end: '2031', text: '2016-2031 годы' }],
    ['проект на 2025–2028 годы', { kind: 'period', start: '2025', end: '2028', text: '2025–2028 годы' }],
    ['на период 2025–2028 годов', { kind: 'period', start: '2025', end: '2028', text: 'период 2025–2028 годов' }],
  ])('%s', (input, want) => check('ru', input, want, R));

  it.each([
    'ЦК партии XIII созыва',
    'делегаты 13-го созыва',
    'решений 11-го пленума',
    'Постановление правительства № 120/2025/NĐ-CP',
    'по телефону горячей линии 0213.3876.222',
    'по сравнению с тем же периодом прошлого года',
    '2 140 млрд донгов',
    'XIV Национального съезда',
  ])('no date in %j', (input) => {
    expect(run('ru', input, R)).toEqual([]);
  });
});

describe('impossible dates', () => {
  it.each<[Lang, string]>([
    ['vi', 'ngày 31/2/2025'],
    ['en', 'on February 30, 2025'],
    ['ru', 'от 30 февраля 2025 года'],
    ['en', 'on 13/13/2025'],
  ])('%s %j is skipped with a warning', (language, input) => {
    const r = parseReport(input, { language, referenceDate: REF });
    expect(r.dates.filter((d) => d.kind === 'date')).toEqual([]);
    expect(r.dates.filter((d) => d.kind === 'month')).toEqual([]);
    expect(r.warnings.some((w) => w.includes('impossible date'))).toBe(true);
  });
});

describe('adversarial input', () => {
  const inputs = [
    '1/'.repeat(50000),
    '2025-'.repeat(20000),
    '1.1.'.repeat(30000),
    'ngày 1/'.repeat(20000),
    'tháng 7 năm '.repeat(20000),
    'первые 9 '.repeat(20000),
    '14 апреля '.repeat(10000),
    'quý I/'.repeat(10000),
  ];
  it.each(['en', 'ru', 'vi'] as const)('%s returns without throwing', (language) => {
    for (const s of inputs) {
      const out = extractDates(s, { language, referenceDate: REF });
      expect(Array.isArray(out)).toBe(true);
    }
  });
});

describe('impossible dates in the date fixtures', () => {
  it.each([
    ['en/en-06', '2025-06-23', '31/4/2025'],
    ['ru/ru-06', '2025-06-23', '31.04.2025'],
    ['vi/vi-06', '2025-08-13', '31/4/2025'],
  ])('%s warns once and returns no date for %s', (id, referenceDate, bad) => {
    const text = readFileSync(resolve(ROOT, 'fixtures', `${id}.txt`), 'utf8');
    const r = parseReport(text, { referenceDate });
    const warned = r.warnings.filter((w) => w.startsWith('dates: impossible date'));
    expect(warned).toEqual([expect.stringContaining(`"${bad}"`)]);
    expect(r.dates.some((d) => d.text.includes(bad))).toBe(false);
  });
});

describe('date forms from other projects\' test cases (Duckling, dateparser)', () => {
  it.each<[Lang, string, string[]]>([
    ['en', 'released on 2015-03-03', ['2015-03-03']],
    ['en', 'in 2014/10', ['2014-10']],
    ['en', 'on march 3 2015', ['2015-03-03']],
    ['en', 'March third, 2015', ['2015-03-03']],
    ['en', 'the third of March 2015', ['2015-03-03']],
    ['en', '31/Oct/1974', ['1974-10-31']],
    ['en', '31-Oct-74', ['1974-10-31']],
    ['en', 'on 3/3/15', ['2015-03-03']],
    ['en', '14april 2015', ['2015-04-14']],
    ['en', '14th April 15', ['2015-04-14']],
    ['en', 'in 2/2013', ['2013-02']],
    ['en', 'due on february 15', ['2025-02-15']],
    ['en', 'the 15th of february', ['2025-02-15']],
    ['ru', '3-его марта 2015', ['2015-03-03']],
    ['ru', 'к третьему марта 2015', ['2015-03-03']],
    ['ru', 'тридцать первое октября 1974', ['1974-10-31']],
    ['ru', '3 мар. 2015', ['2015-03-03']],
    ['ru', 'Пятница, 18.07.14', ['2014-07-18']],
    ['vi', 'tháng mười năm 2017', ['2017-10']],
    ['vi', 'ngày mồng 7 tháng ba năm 2017', ['2017-03-07']],
    ['vi', 'vào 3/9/91', ['1991-09-03']],
    // a dash between two full dates is not a range of years: each keeps its own year
    ['ru', 'война (1 сентября 1939 — 2 сентября 1945)', ['1939-09-01', '1945-09-02']],
    ['vi', 'từ 1/7/2025 - 30/6/2026', ['2025-07-01', '2026-06-30']],
  ])('%s: %s', (lang, input, values) => {
    expect(run(lang, input, REF).map((r) => r.value)).toEqual(values);
  });
  it.each<[Lang, string]>([
    ['en', 'the 2010-11 school year'],
    ['en', 'Decision 2/2013/QD-TTg'],
    ['en', 'won 3-1-15 on points'],
    ['ru', 'в 1990-е годы'],
    ['en', 'the first March rally'],
    ['en', 'the troops march 3 km a day and may 5 more'],
  ])('%s: no day or month in %j', (lang, input) => {
    expect(run(lang, input, REF).filter((r) => r.kind === 'date' || r.kind === 'month')).toEqual([]);
  });
});

describe('the year of a day without one (found by the held-out fixtures 09)', () => {
  it.each<[Lang, string, string[]]>([
    // a later year in the sentence does not date an earlier day
    ['en', 'The session, which runs until December 11, will consider the State budget estimates for 2026.', ['2025-12-11', '2026']],
    ['en', 'Conclusion No. 18-KL/TU dated December 5 set the task, to be finished in June 2026.', ['2025-12-05', '2026-06']],
    // a year as a scope ("for 2024") does not date a later day; a year as a time ("in 2024") does
    ['en', 'It will approve the accounts for 2024, and question the directors on December 10.', ['2024', '2025-12-10']],
    ['en', 'In 2024 the district received 1,126 petitions, and on December 26 it held a dialogue.', ['2024', '2024-12-26']],
    ['vi', 'trong hai ngày 10 và 11/12, HĐND tỉnh họp', ['2025-12-10', '2025-12-11']],
    ['vi', 'thu ngân sách 11 tháng năm 2025 đạt 95%', ['2025-01..2025-11']],
    ['vi', 'ngày 11 tháng năm 2025', ['2025-05-11']],
    ['en', 'for the 2025-2030 term and the 2026-2030 five-year plan', ['term:2025..2030', 'period:2026..2030']],
  ])('%s: %s', (lang, input, want) => {
    const out = run(lang, input, '2025-12-09').map((r) =>
      want.some((w) => w.includes(':')) ? `${r.kind}:${r.value ?? `${r.start}..${r.end}`}` : (r.value ?? `${r.start}..${r.end}`),
    );
    expect(out).toEqual(want);
  });
});

describe('two months joined by a range word are one period (issue 12)', () => {
  it.each<['en' | 'ru' | 'vi', string, string]>([
    ['en', 'He served as Director (April 2021 – January 2023) of the department.', 'period:2021-04..2023-01'],
    ['en', 'From April 2021 to February 2025, he was Head of the station.', 'period:2021-04..2025-02'],
    ['ru', 'В период с апреля 2021 года по январь 2023 года он был министром.', 'period:2021-04..2023-01'],
    ['vi', 'Từ tháng 4/2021 đến tháng 1/2023, ông là Giám đốc Sở.', 'period:2021-04..2023-01'],
  ])('%s: %s', (language, text, want) => {
    const dates = parseReport(text, { language, only: ['dates'] }).dates;
    expect(dates.map((d) => `${d.kind}:${d.value ?? `${d.start}..${d.end}`}`)).toEqual([want]);
    expect(text.slice(dates[0]!.span.start, dates[0]!.span.end)).toBe(dates[0]!.text);
  });
  it('two months with "and" stay two months', () => {
    const dates = parseReport('The sessions were held in April 2021 and January 2023.', { language: 'en', only: ['dates'] }).dates;
    expect(dates.map((d) => d.kind)).toEqual(['month', 'month']);
  });
});

describe('year spans in words, office terms, "the same year" and a past month (issue 12)', () => {
  const show = (d: { kind: string; value?: string; start?: string; end?: string }) => `${d.kind}:${d.value ?? `${d.start}..${d.end}`}`;
  it.each<['en' | 'ru' | 'vi', string, string, string[]]>([
    // a span of years with words is a period
    ['ru', 'С 2011 по 2015 год он руководил департаментом.', '2025-06-01', ['period:2011..2015']],
    ['en', 'From 2011 to 2015 he led the department.', '2025-06-01', ['period:2011..2015']],
    ['en', 'The index doubled between 2011 and 2015.', '2025-06-01', ['period:2011..2015']],
    ['vi', 'Từ năm 2011 đến năm 2015, ông là Giám đốc Sở.', '2025-06-01', ['period:2011..2015']],
    // a range attached to an office or a council is its term; that of a plan stays a period
    ['ru', 'Собрание избрало его на должность председателя совета на период 2021–2026 годов.', '2025-06-01', ['term:2021..2026']],
    ['ru', 'Он сохранил мандат депутата городского совета на 2026-2031 годы.', '2025-06-01', ['term:2026..2031']],
    ['ru', 'Утвержден план устройства административных единиц на период 2023–2025 годов.', '2025-06-01', ['period:2023..2025']],
    // "the same year" takes the year stated last, even in an earlier sentence
    ['ru', 'В марте 2023 года мост открыли. В октябре этого же года его закрыли на ремонт.', '2026-01-23', ['month:2023-03', 'month:2023-10']],
    ['en', 'He became President in May 2024. In August of the same year he was elected.', '2026-01-23', ['month:2024-05', 'month:2024-08']],
    // a month more than half a year after the report's month, told in the past tense, is last year's
    ['ru', 'Министр встречался с делегацией в декабре.', '2026-01-23', ['month:2025-12']],
    ['ru', 'В декабре состоится съезд.', '2026-01-23', ['month:2026-12']],
  ])('%s: %s', (language, text, referenceDate, want) => {
    const dates = parseReport(text, { language, referenceDate, only: ['dates'] }).dates;
    expect(dates.map(show)).toEqual(want);
    for (const d of dates) expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
  });
  it('the dot after a full month name is the sentence’s, after an abbreviation the month’s', () => {
    const a = parseReport('Съезд пройдёт 10 декабря.', { language: 'ru', referenceDate: '2026-01-23', only: ['dates'] }).dates;
    expect(a.map((d) => d.text)).toEqual(['10 декабря']);
    const b = parseReport('Документ от 3 мар. 2025 г. принят.', { language: 'ru', only: ['dates'] }).dates;
    expect(b.map((d) => [d.text, d.value])).toEqual([['3 мар. 2025 г.', '2025-03-03']]);
  });
});
