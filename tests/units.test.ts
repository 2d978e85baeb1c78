/** Unit counts and restructurings, per language: table-driven, with negative cases. */
import { describe, expect, it } from 'vitest';
import { extractUnits, parseReport } from '../src/index.js';
import { parseCount, parseDecimal } from '../src/common/units/lexicon.js';
import { checkChange, reductionPercent } from '../src/link/units.js';

type Lang = 'en' | 'ru' | 'vi';
interface CountCase {
  text: string;
  /** expected counts in order: [count, units, level?, noun?] */
  units: [number, string[], string?, string?][];
}
interface ChangeCase {
  text: string;
  from: number;
  to: number;
  consistent: boolean;
  stated?: number;
  computed: number;
  breakdown?: number[];
  /** units and level of the target */
  toUnits?: string[];
  toLevel?: string;
}

function run(text: string, language: Lang) {
  const r = extractUnits(text, { language });
  for (const u of r.units) expect(text.slice(u.span.start, u.span.end)).toBe(u.text);
  for (const c of r.unitChanges) {
    for (const x of [c, c.from, c.to, ...(c.breakdown ?? [])]) expect(text.slice(x.span.start, x.span.end)).toBe(x.text);
  }
  return r;
}

function checkCounts(language: Lang, c: CountCase): void {
  const r = run(c.text, language);
  expect(r.units.map((u) => [u.count, u.units, u.level])).toEqual(c.units.map(([n, us, l]) => [n, us, l]));
  c.units.forEach(([, , , noun], i) => {
    if (noun !== undefined) expect(r.units[i]!.noun).toBe(noun);
  });
}

function checkChangeCase(language: Lang, c: ChangeCase): void {
  const r = run(c.text, language);
  expect(r.unitChanges).toHaveLength(1);
  const ch = r.unitChanges[0]!;
  expect([ch.from.count, ch.to.count, ch.consistent, ch.statedReductionPercent, ch.computedReductionPercent]).toEqual([
    c.from,
    c.to,
    c.consistent,
    c.stated,
    c.computed,
  ]);
  expect(ch.breakdown?.map((b) => b.count)).toEqual(c.breakdown);
  if (c.toUnits) expect(ch.to.units).toEqual(c.toUnits);
  if (c.toLevel) expect(ch.to.level).toBe(c.toLevel);
  // each count inside a change is also a unit count
  expect(r.units.some((u) => u.count === c.from && u.span.start === ch.from.span.start)).toBe(true);
  expect(r.units.some((u) => u.count === c.to && u.span.start === ch.to.span.start)).toBe(true);
}

const NEGATIVE: Record<Lang, string[]> = {
  en: [
    'More than 96% of voters agreed, a growth rate of 7.5%.',
    'The 14th National Congress and the 11th Conference of the 13th Central Committee.',
    'Resolution No. 60-NQ/TW and Project 06; the province approved 06 projects and 22 tasks.',
    'The resolution passed with 459/465 deputies in favour.',
    'building the 2-level government and the two-level local government model',
    'In 2025 communes and wards will operate under the new model.',
    'from 2023 to 2025 the district level was kept; the new communes and wards',
  ],
  ru: [
    'ВРП вырос на 8,2%, а 97,8% избирателей поддержали проект.',
    'XIV Национального съезда, 11-го пленума ЦК партии XIII созыва',
    'работа по устранению 22 задач и Проекта № 06 правительства',
    'построение двухуровневой системы местного самоуправления; отказ от районного уровня',
    'С 1 июля 2025 года до 30 июня 2026 года; в одном из этих уездов; коммун и районов',
  ],
  vi: [
    'tăng trưởng 7,8%, thu ngân sách 3.250 tỷ đồng, bằng 82,4% dự toán',
    'Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII, Quốc hội khóa XV',
    'chính quyền địa phương 2 cấp; khắc phục 22 nhiệm vụ; Đề án 06',
    'Từ năm 2020 đến năm 2025, phát triển kinh tế - xã hội; các xã, phường',
  ],
};

const COUNTS: Record<Lang, CountCase[]> = {
  en: [
    { text: 'There are 200 commune-level administrative units.', units: [[200, ['administrative-unit'], 'commune', 'commune-level administrative units']] },
    { text: 'It has 8 wards and 67 communes.', units: [[8, ['ward']], [67, ['commune']]] },
    { text: 'all 75 communes and wards of Son La', units: [[75, ['commune', 'ward'], undefined, 'communes and wards']] },
    { text: 'ending the activities of 12 district-level Party Committees', units: [[12, ['party-committee'], 'district']] },
    { text: 'Muong La district has 16 communes and towns.', units: [[16, ['commune', 'township']]] },
    {
      text: 'its 13 district-level units (1 city, 2 towns and 10 districts)',
      units: [[13, ['administrative-unit'], 'district'], [1, ['city']], [2, ['town']], [10, ['district']]],
    },
    { text: 'Ha Giang and Tuyen Quang, two provinces with many similarities', units: [[2, ['province']]] },
    { text: 'Currently, seventy-five communes are in difficult areas.', units: [[75, ['commune']]] },
    { text: 'a conference with 34 provinces and centrally-run cities', units: [[34, ['province', 'city'], undefined, 'provinces and centrally-run cities']] },
    { text: 'into 3,321 units: 2,621 communes, 687 wards and 13 special zones', units: [[2621, ['commune']], [687, ['ward']], [13, ['other']]] },
  ],
  ru: [
    { text: 'всего 200 административных единиц уровня коммун', units: [[200, ['administrative-unit'], 'commune', 'административных единиц уровня коммун']] },
    { text: 'В провинции 8 районов и 67 коммун.', units: [[8, ['ward'], undefined, 'районов'], [67, ['commune']]] },
    { text: 'созданы 38 партийных комитетов уровня коммун; из 1 036 партийных ячеек', units: [[38, ['party-committee'], 'commune'], [1036, ['party-cell']]] },
    {
      text: '13 административных единиц районного уровня (1 город провинциального подчинения, 2 уездных города и 10 уездов)',
      units: [[13, ['administrative-unit'], 'district'], [1, ['city']], [2, ['town']], [10, ['district']]],
    },
    { text: 'объединение двух провинций; коснутся трёх приграничных уездов', units: [[2, ['province']], [3, ['district']]] },
    { text: 'число коммун и посёлков: 47 коммун и поселков', units: [[47, ['commune', 'township']]] },
    { text: 'реорганизовать 16 коммун и городков', units: [[16, ['commune', 'township']]] },
    { text: 'в провинции 2311 деревень и сёл', units: [[2311, ['village']]] },
  ],
  vi: [
    { text: 'có 150 đơn vị hành chính cấp xã', units: [[150, ['administrative-unit'], 'commune', 'đơn vị hành chính cấp xã']] },
    { text: 'gồm 6 phường và 46 xã', units: [[6, ['ward']], [46, ['commune']]] },
    {
      text: 'Hà Tĩnh có 13 đơn vị hành chính cấp huyện (gồm 1 thành phố, 2 thị xã và 10 huyện)',
      units: [[13, ['administrative-unit'], 'district'], [1, ['city']], [2, ['town']], [10, ['district']]],
    },
    { text: 'toàn tỉnh có 75 đảng bộ cấp xã với 1.512 chi bộ; 14 cơ quan chuyên môn', units: [[75, ['party-committee'], 'commune'], [1512, ['party-cell']], [14, ['agency']]] },
    { text: 'ba huyện miền núi; hai tỉnh Quảng Bình và Quảng Trị', units: [[3, ['district']], [2, ['province']]] },
  ],
};

const CHANGES: Record<Lang, ChangeCase[]> = {
  en: [
    {
      text: 'a project to rearrange 200 commune-level administrative units into 75 commune-level administrative units (including 8 wards and 67 communes), a reduction of 62.5%.',
      from: 200, to: 75, consistent: true, stated: 62.5, computed: 62.5, breakdown: [8, 67], toLevel: 'commune',
    },
    { text: 'In Bac Me district, from 16 communes and towns, it will be reorganized and streamlined to 5 communes.', from: 16, to: 5, consistent: true, computed: 68.75, toUnits: ['commune'] },
    { text: 'The plan was to merge 3 districts into 1, but it was dropped.', from: 3, to: 1, consistent: true, computed: 66.67, toUnits: ['district'] },
    { text: 'a plan to merge three districts into one', from: 3, to: 1, consistent: true, computed: 66.67, toUnits: ['district'] },
    { text: 'merge two provinces, Lao Cai and Yen Bai, into one', from: 2, to: 1, consistent: true, computed: 50, toUnits: ['province'] },
    { text: 'the inner area of Nghia Lo will be adjusted from 2 to 3 wards.', from: 2, to: 3, consistent: true, computed: -50, toUnits: ['ward'] },
    {
      text: '10,035 commune-level administrative units will be rearranged into 3,321 (including 2,621 communes, 687 wards and 13 special zones), a reduction of 66.91%.',
      from: 10035, to: 3321, consistent: true, stated: 66.91, computed: 66.91, breakdown: [2621, 687, 13], toUnits: ['administrative-unit'], toLevel: 'commune',
    },
    {
      text: 'the number of provincial-level administrative units is reduced from 63 to 34 (including 28 provinces and 6 centrally-run cities), a reduction of 46%.',
      from: 63, to: 34, consistent: true, stated: 46, computed: 46.03, breakdown: [28, 6], toLevel: 'province',
    },
  ],
  ru: [
    {
      text: 'проект реорганизации 200 административных единиц уровня коммун в 75 административных единиц уровня коммун (включая 8 районов и 67 коммун), что означает сокращение на 62,5%.',
      from: 200, to: 75, consistent: true, stated: 62.5, computed: 62.5, breakdown: [8, 67], toLevel: 'commune',
    },
    { text: 'Сократить число коммун с 200 до 75.', from: 200, to: 75, consistent: true, computed: 62.5, toUnits: ['commune'] },
    { text: 'Число коммун сократится с 547 до 166 коммун.', from: 547, to: 166, consistent: true, computed: 69.65, toUnits: ['commune'] },
    { text: 'объединить три уезда в один', from: 3, to: 1, consistent: true, computed: 66.67, toUnits: ['district'] },
    { text: 'объединить две провинции — Лаокай и Йенбай — в одну', from: 2, to: 1, consistent: true, computed: 50, toUnits: ['province'] },
    // "the number of" names the noun, not the nearer "в провинции"
    { text: 'число административных единиц уровня коммун в провинции сократится со 171 до 54.', from: 171, to: 54, consistent: true, computed: 68.42, toUnits: ['administrative-unit'], toLevel: 'commune' },
    // among commune-level units a "район" is a ward, also in an increase
    { text: 'среди административных единиц уровня коммун число районов увеличится — с 6 до 8.', from: 6, to: 8, consistent: true, computed: -33.33, toUnits: ['ward'] },
    { text: 'число коммун, районов и городков сократится со 173 до 60.', from: 173, to: 60, consistent: true, computed: 65.32, toUnits: ['commune', 'ward', 'township'] },
    {
      text: 'сокращение со 150 до 52 административных единиц уровня коммун (в том числе 6 районов и 46 коммун), то есть на 65,3%.',
      from: 150, to: 52, consistent: true, stated: 65.3, computed: 65.33, breakdown: [6, 46], toLevel: 'commune',
    },
  ],
  vi: [
    {
      text: 'tỉnh sẽ sắp xếp 150 đơn vị hành chính cấp xã thành 52 đơn vị (gồm 6 phường và 46 xã), giảm 65,3%.',
      from: 150, to: 52, consistent: true, stated: 65.3, computed: 65.33, breakdown: [6, 46], toUnits: ['administrative-unit'], toLevel: 'commune',
    },
    { text: 'huyện Hương Khê giảm từ 16 xã, thị trấn xuống còn 5 xã.', from: 16, to: 5, consistent: true, computed: 68.75, toUnits: ['commune'] },
    { text: 'Số xã giảm từ 200 xuống 75, giảm 62,5%.', from: 200, to: 75, consistent: true, stated: 62.5, computed: 62.5, toUnits: ['commune'] },
    { text: 'Quốc hội quyết định hợp nhất hai tỉnh Lào Cai và Yên Bái thành một, lấy tên', from: 2, to: 1, consistent: true, computed: 50, toUnits: ['province'] },
    { text: 'số thành phố trực thuộc Trung ương tăng từ 5 lên 6', from: 5, to: 6, consistent: true, computed: -20, toUnits: ['city'] },
  ],
};

/** One deliberately inconsistent restructuring per language. */
const INCONSISTENT: Record<Lang, { text: string; stated: number; computed: number }> = {
  en: { text: 'Hoang Su Phi district is expected to rearrange 42 communes and towns into 13 communes, a reduction of 69.5%.', stated: 69.5, computed: 69.05 },
  ru: { text: 'в одном из этих уездов число коммун и посёлков сократится с 47 до 15, то есть на 68,9%.', stated: 68.9, computed: 68.09 },
  vi: { text: 'huyện Hương Sơn sắp xếp từ 22 xã, thị trấn xuống còn 8 xã, giảm 68,2%.', stated: 68.2, computed: 63.64 },
};

describe.each(['en', 'ru', 'vi'] as const)('units (%s)', (language) => {
  it.each(COUNTS[language])('counts: $text', (c) => checkCounts(language, c));
  it.each(CHANGES[language])('change: $text', (c) => checkChangeCase(language, c));
  it.each(NEGATIVE[language])('no unit count: %s', (text) => {
    const r = run(text, language);
    expect(r.units).toEqual([]);
    expect(r.unitChanges).toEqual([]);
  });
  it('flags an inconsistent restructuring and warns', () => {
    const c = INCONSISTENT[language];
    const report = parseReport(c.text, { language });
    expect(report.unitChanges).toHaveLength(1);
    const ch = report.unitChanges[0]!;
    expect(ch.consistent).toBe(false);
    expect(ch.statedReductionPercent).toBe(c.stated);
    expect(ch.computedReductionPercent).toBe(c.computed);
    expect(report.warnings.some((w) => w.startsWith('units:') && w.includes('inconsistent'))).toBe(true);
  });
  it('warns when the parts do not add up', () => {
    const text = {
      en: 'rearrange 10 communes into 4 communes (including 2 wards and 1 commune)',
      ru: 'реорганизации 10 коммун в 4 коммуны (включая 2 района и 1 коммуну)',
      vi: 'sắp xếp 10 xã thành 4 xã (gồm 2 phường và 1 xã)',
    }[language];
    const report = parseReport(text, { language });
    expect(report.unitChanges[0]?.consistent).toBe(false);
    expect(report.warnings.some((w) => w.includes('parts add up to 3, not 4'))).toBe(true);
  });
  it.each([
    ['1 commune and '.repeat(20000)],
    ['9'.repeat(100000)],
    ['from 5 communes '.repeat(5000)],
    ['1 036 '.repeat(5000)],
    ['5 communes ('.repeat(5000)],
  ])('returns on adversarial input %#', (text) => {
    expect(() => extractUnits(text, { language })).not.toThrow();
  });
});

describe('units arithmetic', () => {
  it.each([
    ['75', 75],
    ['10,035', 10035],
    ['1.512', 1512],
    ['1 036', 1036],
    ['62,5', undefined],
    ['12345678', undefined],
  ])('parseCount(%s)', (s, n) => expect(parseCount(s)).toBe(n));
  it.each([
    ['62,5', 62.5],
    ['62.5', 62.5],
    ['46', 46],
    ['66.91', 66.91],
  ])('parseDecimal(%s)', (s, n) => expect(parseDecimal(s)).toBe(n));
  it('computes and checks reductions', () => {
    expect(reductionPercent(200, 75)).toBe(62.5);
    expect(reductionPercent(63, 34)).toBe(46.03);
    expect(reductionPercent(0, 0)).toBeUndefined();
    expect(checkChange(63, 34, [28, 6], 46).consistent).toBe(true);
    expect(checkChange(42, 13, undefined, 69.5).consistent).toBe(false);
    expect(checkChange(75, 52, [6, 45]).problems[0]).toContain('add up to 51');
  });
});

describe('compound number words: read whole, never by their last word', () => {
  it.each<[Lang, string, number]>([
    ['en', 'seventy-five communes', 75],
    ['en', 'one hundred and twenty communes', 120],
    ['en', '5 thousand communes', 5000],
    ['ru', 'тридцать три уезда', 33],
    ['ru', 'четыреста сорок четыре уезда', 444],
    ['ru', 'пятьсот двадцать пять уездов', 525],
    ['ru', 'одиннадцать провинций', 11],
    ['vi', 'ba mươi ba xã', 33],
    ['vi', 'mười bốn xã', 14],
    ['vi', 'mười hai tỉnh', 12],
    ['vi', 'hai trăm linh năm xã', 205],
    ['vi', 'hai mươi mốt nghìn không trăm mười một xã', 21011],
  ])('%s: %s → %d', (language, text, count) => {
    expect(run(text, language).units.map((u) => [u.count, u.text])).toEqual([[count, text]]);
  });
  it.each<[Lang, string]>([
    ['en', 'thousands of communes'],
    ['vi', 'không xã nào bị bỏ lại'],
    ['en', 'one of the communes'],
  ])('%s: no count in %j', (language, text) => {
    expect(run(text, language).units).toEqual([]);
  });
});

describe('not unit counts: false positives found reading real news (bench/fp-review.md)', () => {
  it.each<[Lang, string]>([
    ['vi', 'Lực lượng Taliban đã chiếm thêm 4 tỉnh lị trong ngày'],
    ['vi', 'được chuyển đến Bệnh viện Dã chiến số 1 tỉnh Đắk Lắk'],
    ['vi', 'Ban chỉ đạo phòng chống dịch bệnh Covid-19 huyện Krông Ana'],
    ['vi', 'đã đến xem một làng cổ được xây dựng'],
    ['vi', 'Mỗi nhiệm vụ chỉ giao cho một cơ quan chủ trì'],
    ['vi', 'tài liệu chứng minh là 01 bản sao Phiếu thẩm định'],
  ])('%s: %j', (language, text) => {
    expect(run(text, language).units).toEqual([]);
  });
  it('"thành một" still closes a change', () => {
    const r = run('Quốc hội quyết định hợp nhất hai tỉnh Lào Cai và Yên Bái thành một', 'vi');
    expect(r.unitChanges.map((c) => [c.from.count, c.to.count])).toEqual([[2, 1]]);
  });
});

describe('units read on real text (issue 12)', () => {
  it.each<[string, string, string[], string[]]>([
    ['"to form" joins a change', 'The province plans to merge 6 commune-level units to form 2 wards.', ['6:administrative-unit:commune', '2:ward:'], ['6->2']],
    ['an adjective before the level', 'Ninh Thuan will rearrange 5 commune-level units to form 3 new commune-level units.', ['5:administrative-unit:commune', '3:administrative-unit:commune'], ['5->3']],
    ['"major" and a level after the noun', 'The country has 63 major cities and provinces and about 690 administrative units at the district level.', ['63:city+province:', '690:administrative-unit:district'], []],
  ])('%s', (_name, text, units, changes) => {
    const r = run(text, 'en');
    expect(r.units.map((u) => `${u.count}:${[...u.units].sort().join('+')}:${u.level ?? ''}`)).toEqual(units);
    expect(r.unitChanges.map((c) => `${c.from.count}->${c.to.count}`)).toEqual(changes);
  });
});

describe('Russian commune-level breakdowns (issue 12)', () => {
  it('a town listed among commune-level units is a township, and the change skips the parts', () => {
    const text = 'Область объединит 70 административных единиц коммунального уровня (50 коммун, 17 районов, 3 города) в 24 административные единицы коммунального уровня (9 районов; 15 коммун).';
    const r = run(text, 'ru');
    expect(r.units.map((u) => `${u.count}:${u.units.join('+')}:${u.level ?? ''}`)).toEqual([
      '70:administrative-unit:commune', '50:commune:', '17:ward:', '3:township:', '24:administrative-unit:commune', '9:ward:', '15:commune:',
    ]);
    expect(r.unitChanges.map((c) => `${c.from.count}->${c.to.count}`)).toEqual(['70->24']);
  });
  it('a town listed with communes is a township', () => {
    expect(run('В уезде 40 коммун, 8 районов и 2 города.', 'ru').units.map((u) => u.units.join('+'))).toEqual(['commune', 'ward', 'township']);
  });
  it('a city listed with provinces stays a city', () => {
    expect(run('В стране 28 провинций и 6 городов центрального подчинения.', 'ru').units.map((u) => u.units.join('+'))).toEqual(['province', 'city']);
  });
});

describe('Vietnamese targets after "xuống còn lại" and an approximation (issue 12)', () => {
  it.each<[string, string]>([
    ['Huyện đề xuất giảm từ 12 xuống còn lại 5 đơn vị hành chính cấp xã.', '12->5'],
    ['Huyện sắp xếp 12 xã còn lại khoảng 5 xã.', '12->5'],
  ])('%s', (text, change) => {
    expect(run(text, 'vi').unitChanges.map((c) => `${c.from.count}->${c.to.count}`)).toEqual([change]);
  });
});

describe('Russian "район" counted beyond any province’s districts, and ministries (issue 12)', () => {
  const show = (text: string, lang: Lang = 'ru') => {
    const r = run(text, lang);
    return { units: r.units.map((u) => `${u.count}:${u.units.join('+')}`), changes: r.unitChanges.map((c) => `${c.from.count}->${c.to.count}:${c.to.units.join('+')}`) };
  };
  it('more than 30 "районов" are wards, and so is the other side of the change', () => {
    expect(show('По плану количество районов в городе сократится с 48 до 29.')).toEqual({ units: ['48:ward', '29:ward'], changes: ['48->29:ward'] });
    expect(show('В городе 45 районов.').units).toEqual(['45:ward']);
  });
  it('a small count of "районов" in the same text keeps its own reading', () => {
    expect(show('Город насчитывает 7 районов и 2 уезда. В нём было 45 районов.').units).toEqual(['7:district', '2:district', '45:ward']);
  });
  it('ministries and agencies of the government are counted as agency', () => {
    expect(show('Правительство включает 18 министерств и ведомств, в том числе 15 министерств и 3 агентства.').units).toEqual(['18:agency', '15:agency', '3:agency']);
    expect(show('The government has 17 ministries and agencies.', 'en').units).toEqual(['17:agency']);
  });
});

describe('changes over lists, a count between source and target, district-level towns (issue 12)', () => {
  const changes = (text: string, lang: Lang) => run(text, lang).unitChanges.map((c) => `${c.from.count}->${c.to.count}:${c.to.units.join('+')}:${c.to.level ?? ''}`);
  it('two lists joined by "to form" pair up in order', () => {
    expect(changes('The province merged 5 district-level units and 31 commune-level units to form 4 district-level units and 20 new commune-level units.', 'en')).toEqual([
      '5->4:administrative-unit:district',
      '31->20:administrative-unit:commune',
    ]);
    expect(changes('Провинция объединит 5 уездов и 31 коммуну в 4 уезда и 20 коммун.', 'ru')).toEqual(['5->4:district:', '31->20:commune:']);
  });
  it('a count standing between a source and its target is the source', () => {
    expect(changes('It will set up 1 town from 1 district (Son Tay town) and rearrange 25 commune-level units to form 14 new commune-level units.', 'en')).toEqual([
      '25->14:administrative-unit:commune',
    ]);
  });
  it('a town at the district level is thị xã (town), among communes a township', () => {
    expect(run('The province keeps 1 district-level town and 57 commune-level administrative units.', 'en').units.map((u) => `${u.count}:${u.units.join('+')}`)).toEqual(['1:town', '57:administrative-unit']);
    expect(run('The district has 16 communes and towns.', 'en').units.map((u) => u.units.join('+'))).toEqual(['commune+township']);
  });
});

describe('a source after its target, "the number of X" with "to" or "by", "квартал" as ward (issue 12)', () => {
  const show = (text: string, lang: Lang) => {
    const r = run(text, lang);
    return { units: r.units.map((u) => `${u.count}:${u.units.join('+')}`), changes: r.unitChanges.map((c) => `${c.from.count}->${c.to.count}`) };
  };
  it.each<[Lang, string, string[], string[]]>([
    ['en', 'The region now has 12 provinces, down from 19.', ['12:province', '19:province'], ['19->12']],
    ['ru', 'В регионе 12 провинций вместо 19.', ['12:province', '19:province'], ['19->12']],
    ['vi', 'Vùng còn 12 tỉnh, giảm từ 19.', ['12:province', '19:province'], ['19->12']],
    ['en', 'The plan aims at reducing the number of provinces to 12.', ['12:province'], []],
    ['ru', 'Решено сократить число провинций до 12.', ['12:province'], []],
    ['vi', 'Đề án giảm số tỉnh xuống còn 12.', ['12:province'], []],
    ['en', 'The plan would cut the number of districts by seven and the number of communes by 410.', ['7:district', '410:commune'], []],
    ['ru', 'Решено сократить число уездов на 7.', ['7:district'], []],
    ['ru', 'Город сократит количество коммун и кварталов с 120 до 40.', ['120:commune+ward', '40:commune+ward'], ['120->40']],
  ])('%s: %s', (lang, text, units, changes) => {
    expect(show(text, lang)).toEqual({ units, changes });
  });
  it.each<[Lang, string]>([
    ['ru', 'За 3 квартала 2025 года доход вырос.'],
    ['ru', 'Число коммун сократится на 30%.'],
    ['en', 'The number of communes fell by 30 percent.'],
    ['en', 'The number of communes rose by 2025.'],
  ])('not a count: %s: %s', (lang, text) => {
    expect(show(text, lang)).toEqual({ units: [], changes: [] });
  });
});

describe('an increase is consistent only where the text says the count grew (issue 12)', () => {
  it.each<[Lang, string, boolean]>([
    ['en', 'The district will merge 5 communes into 7 communes.', false],
    ['en', 'The city split 1 district into 2 districts.', true],
    ['en', 'The ward count was increased from 2 to 3 wards.', true],
    ['ru', 'Уезд объединит 5 коммун в 7 коммун.', false],
    ['vi', 'Huyện sắp xếp 5 xã thành 7 xã.', false],
    ['vi', 'Huyện chia 1 xã thành 2 xã.', true],
  ])('%s: %s', (lang, text, consistent) => {
    const r = parseReport(text, { language: lang, only: ['units'] });
    expect(r.unitChanges.map((c) => c.consistent)).toEqual([consistent]);
    expect(r.warnings.some((w) => w.includes('does not say it grew'))).toBe(!consistent);
  });
});

describe('a source and its target split over two sentences (issue 12)', () => {
  it.each<[Lang, string, string[]]>([
    ['vi', 'Tỉnh sắp xếp 48 xã.\nCòn 21 xã.', ['48->21']],
    ['vi', 'Giảm từ 48 tỉnh, thành phố. Còn 21 tỉnh, thành phố.', ['48->21']],
    ['en', 'The plan cuts provinces from 48. To 21 provinces.', ['48->21']],
    ['ru', 'Число провинций сократится с 48. До 21 провинции.', ['48->21']],
    // anything else opening the second sentence: no change
    ['ru', 'Провинция объединит 48 коммун. В 12 коммунах прошли собрания.', []],
    ['en', 'The province will rearrange 48 communes. Then 21 communes held meetings.', []],
  ])('%s: %s', (lang, text, want) => {
    expect(run(text, lang).unitChanges.map((c) => `${c.from.count}->${c.to.count}`)).toEqual(want);
  });
});

describe('"trong số N" is "among N", not a document number', () => {
  it('counts the units after "trong số" and still skips "số N" alone', () => {
    const among = parseReport('Toàn bộ 100% trong số 48 xã, phường đã hoàn thành bàn giao.', { language: 'vi' });
    expect(among.units.map((u) => u.text)).toEqual(['48 xã, phường']);
    const code = parseReport('Căn cứ Quyết định số 48 xã đã báo cáo.', { language: 'vi' });
    expect(code.units).toEqual([]);
  });
});

describe('a ministry’s own units and the bodies of provincial administrations', () => {
  const units = (t: string, l: 'en' | 'ru' | 'vi') => parseReport(t, { language: l }).units.map((u) => `${u.count}:${u.units.join('+')}`);
  const changes = (t: string, l: 'en' | 'ru' | 'vi') => parseReport(t, { language: l }).unitChanges.map((c) => `${c.from.count}->${c.to.count}:${c.from.units.join('+')}`);
  it('en: departments and bureaus, affiliated units, public service units; "fall from A to B"', () => {
    expect(units('The ministry now has 14 departments and bureaus and 6 public service units.', 'en')).toEqual(['14:agency', '6:other']);
    expect(changes('The number of affiliated units will fall from 40 to 22.', 'en')).toEqual(['40->22:agency']);
    expect(changes('The number of specialised agencies dropped from 30 to 18.', 'en')).toEqual(['30->18:agency']);
  });
  it('ru: специализированные органы, департаменты, подведомственные подразделения, организации общественных услуг', () => {
    expect(changes('Число специализированных органов сократится с 30 до 18.', 'ru')).toEqual(['30->18:agency']);
    expect(units('В министерстве 12 департаментов и 5 организаций общественных услуг.', 'ru')).toEqual(['12:agency', '5:other']);
    expect(changes('Министерство сокращает число подведомственных подразделений с 40 до 22.', 'ru')).toEqual(['40->22:agency']);
  });
  it('vi: vụ, cục; đơn vị trực thuộc; đơn vị sự nghiệp công lập; "vụ" alone is not counted', () => {
    expect(units('Bộ còn 14 vụ, cục và 6 đơn vị sự nghiệp công lập.', 'vi')).toEqual(['14:agency', '6:other']);
    expect(changes('Bộ giảm số đơn vị trực thuộc từ 40 xuống còn 22.', 'vi')).toEqual(['40->22:agency']);
    expect(units('Trong tháng xảy ra 3 vụ tai nạn giao thông.', 'vi')).toEqual([]);
  });
});

describe('restructurings written with a verb before "в"/"thành", a cut "by N", or parts after "comprising"', () => {
  const changes = (t: string, l: 'en' | 'ru' | 'vi') =>
    parseReport(t, { language: l }).unitChanges.map(
      (c) => `${c.from.count}->${c.to.count}${c.breakdown ? ` (${c.breakdown.map((p) => p.count).join('+')})` : ''}${c.statedReductionPercent !== undefined ? ` ${c.statedReductionPercent}%` : ''}`,
    );
  it('ru: "N единиц ... будут объединены в M", with the province named between', () => {
    expect(changes('По проекту 120 административных единиц уровня общин провинции будут объединены в 40 административных единиц уровня общин.', 'ru')).toEqual(['120->40']);
    expect(changes('Затем 30 общин были преобразованы в 12 общин.', 'ru')).toEqual(['30->12']);
  });
  it('vi: "N xã sẽ được sắp xếp thành M"; "giảm K đơn vị, còn M" takes the total before it', () => {
    expect(changes('Theo đề án, 120 đơn vị hành chính cấp xã sẽ được sắp xếp thành 40 đơn vị hành chính cấp xã.', 'vi')).toEqual(['120->40']);
    expect(changes('Toàn tỉnh có 120 đơn vị hành chính cấp xã, sau sắp xếp sẽ giảm 80 đơn vị, còn 40 đơn vị hành chính cấp xã.', 'vi')).toEqual(['120->40']);
  });
  it('en: "reduced by K to M", parts listed after "comprising" when they add up, "a cut of"', () => {
    expect(changes('Its 120 communes will be reduced by 80 to 40 communes and wards, comprising 31 communes and nine wards, a cut of 66.7%.', 'en')).toEqual([
      '120->40 (31+9) 66.7%',
    ]);
    // a list that does not add up names some units, not the breakdown
    expect(changes('Its 120 communes will be reduced to 40 communes and wards, including 9 wards and 3 townships.', 'en')).toEqual(['120->40']);
  });
});

describe('numbers that share a count’s noun, bare sources, counts by level (real-news misses, sentences of our own)', () => {
  const counts = (text: string, language: Lang) => run(text, language).units.map((u) => [u.text, u.count, u.units.join('+'), u.level ?? '']);
  const changes = (text: string, language: Lang) => run(text, language).unitChanges.map((c) => [c.from.text, c.from.count, c.to.count, c.to.units.join('+')]);

  it.each<[Lang, string, (string | number)[][]]>([
    ['en', 'The two provinces will cut 12 and 7 districts respectively.', [['two provinces', 2, 'province', ''], ['12', 12, 'district', ''], ['7 districts', 7, 'district', '']]],
    ['en', 'After the merger they keep 14, 9, and 6 wards.', [['14', 14, 'ward', ''], ['9', 9, 'ward', ''], ['6 wards', 6, 'ward', '']]],
    // "two and one" is two counts (a filler "and" only follows "hundred" or "thousand"), and the last may be "one"
    ['en', 'They will lose two and one communes respectively.', [['two', 2, 'commune', ''], ['one communes', 1, 'commune', '']]],
    ['en', 'It keeps one hundred and five communes.', [['one hundred and five communes', 105, 'commune', '']]],
    ['vi', 'Hai tỉnh sẽ giảm lần lượt 26 và 10 xã sau khi sắp xếp.', [['Hai tỉnh', 2, 'province', ''], ['26', 26, 'commune', ''], ['10 xã', 10, 'commune', '']]],
    ['ru', 'Две провинции сократят соответственно 26 и 10 коммун.', [['Две провинции', 2, 'province', ''], ['26', 26, 'commune', ''], ['10 коммун', 10, 'commune', '']]],
    ['en', 'The country counts roughly 640 units at district level and over 9,500 at commune level.', [['640 units at district level', 640, 'administrative-unit', 'district'], ['9,500 at commune level', 9500, 'administrative-unit', 'commune']]],
    ['en', 'The province gained three more district-level towns and 12 wards.', [['three more district-level towns', 3, 'town', 'district'], ['12 wards', 12, 'ward', '']]],
  ])('%s: %s', (language, text, expected) => {
    expect(counts(text, language)).toEqual(expected);
  });

  it.each<[Lang, string, (string | number)[][]]>([
    // a range, a number after a name or a month, a clause after a comma: not counts of the noun
    ['en', 'Between 10 and 15 communes will be affected.', [['15 communes', 15, 'commune', '']]],
    ['en', 'Resolution 60 and 20 communes were named in the report.', [['20 communes', 20, 'commune', '']]],
    ['en', 'On March 3 and 4 communes held meetings.', [['4 communes', 4, 'commune', '']]],
    ['en', 'The number of districts fell by 4, and 2 more communes were added.', [['4', 4, 'district', ''], ['2 more communes', 2, 'commune', '']]],
    ['en', 'In 2024 and 2025 communes held elections.', []],
  ])('not shared: %s: %s', (language, text, expected) => {
    expect(counts(text, language)).toEqual(expected);
  });

  it.each<[Lang, string, (string | number)[][]]>([
    ['en', 'Later on, the other 41 are to be merged into 15 provinces or cities.', [['41', 41, 15, 'province+city']]],
    ['en', 'Of 57 provinces, 9 are kept whole while the rest, 48, shall be merged into 19 provinces.', [['48', 48, 19, 'province']]],
    ['vi', 'Theo phương án, 52 sẽ được hợp nhất thành 23 tỉnh, thành phố mới.', [['52', 52, 23, 'province+city']]],
    ['ru', 'Остальные 52 будут объединены в 23 новые провинции.', [['52', 52, 23, 'province']]],
    // a number after a name is not the source
    ['en', 'Under Resolution 60 the provinces will be merged into 34 provinces.', []],
  ])('a bare source before "into": %s: %s', (language, text, expected) => {
    expect(changes(text, language)).toEqual(expected);
  });
});
