/**
 * Vietnamese unit-count lexicon: data only (NFC). Regex alternations are generated from it in
 * src/common/units/lexicon.ts.
 */
import type { NounEntry, UnitsLexicon } from '../../common/units/lexicon.js';
import type { NumberWordTable } from '../../common/numbers.js';

export const VI_UNIT_NOUNS: readonly NounEntry[] = [
  { key: 'administrative-unit', forms: ['đơn vị hành chính'] },
  /** "thành 52 đơn vị": counted only with a level or inside a change (then it takes the source's). */
  { key: 'administrative-unit', forms: ['đơn vị'], weak: true },
  { key: 'commune', forms: ['xã'] },
  { key: 'ward', forms: ['phường'] },
  { key: 'township', forms: ['thị trấn'] },
  { key: 'town', forms: ['thị xã'] },
  { key: 'city', forms: ['thành phố'] },
  { key: 'district', forms: ['huyện', 'quận'] },
  { key: 'province', forms: ['tỉnh'] },
  { key: 'village', forms: ['thôn', 'bản', 'làng', 'tổ dân phố', 'khu phố'] },
  { key: 'party-committee', forms: ['đảng bộ', 'đảng ủy', 'đảng uỷ'] },
  { key: 'party-cell', forms: ['chi bộ'] },
  // a ministry's own units: "17 vụ, cục", "52 đơn vị trực thuộc" ("vụ" alone is also a case or an incident)
  { key: 'agency', forms: ['cơ quan chuyên môn', 'cơ quan', 'vụ, cục', 'vụ và cục', 'cục', 'đơn vị trực thuộc'] },
  { key: 'other', forms: ['đặc khu', 'đơn vị sự nghiệp công lập', 'đơn vị sự nghiệp'] },
];

/** "cấp xã" after the noun -> level commune. */
export const VI_LEVEL_AFTER = {
  'cấp xã': 'commune',
  'cấp huyện': 'district',
  'cấp tỉnh': 'province',
} as const;

/** "xã hội" (society), "tỉnh thành" and the like are not units. */
/**
 * Words after a unit noun that make it something else: "tỉnh lị" (a provincial capital), "bản sao"
 * (a copy: "01 bản sao", "25 bản được chuyển tới chủ sở hữu").
 */
export const VI_NOT_AFTER_NOUN = ['hội', 'lị', 'lỵ', 'sao', 'chính', 'gốc', 'dịch', 'thảo', 'photo'] as const;

/** Number words; "năm" (five) also means year, but a unit noun must follow a number word. */
export const VI_NUMBER_WORDS: Readonly<Record<string, number>> = {
  một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10,
};

/** Compound number words ("ba mươi ba", "mười bốn", "hai trăm linh năm", "năm nghìn"). */
export const VI_NUMBER_TABLE: NumberWordTable = {
  // không only inside a compound ("hai mươi mốt nghìn không trăm mười một"); alone it is no count
  values: { ...VI_NUMBER_WORDS, mốt: 1, lăm: 5, nhăm: 5, không: 0 },
  multiplyLast: { mươi: 10, trăm: 100, chục: 10 },
  scales: { nghìn: 1000, ngàn: 1000, vạn: 10000, triệu: 1_000_000 },
  fillers: ['linh', 'lẻ'],
};

export const VI_UNITS_LEXICON: UnitsLexicon = {
  language: 'vi',
  nouns: VI_UNIT_NOUNS,
  levelBefore: {},
  levelAfter: VI_LEVEL_AFTER,
  notAfterNoun: VI_NOT_AFTER_NOUN,
  coordinators: ['và', 'hoặc'],
  numberWords: VI_NUMBER_WORDS,
  numberTable: VI_NUMBER_TABLE,
  bareNumberWords: { một: 1 },
  spaceThousands: false,
  numberOfWords: ['số lượng', 'tổng số', 'số'],
  fromWords: ['từ'],
  fromAfterTarget: ['giảm từ', 'thay vì'],
  toWords: ['xuống còn lại', 'xuống còn', 'xuống', 'còn lại', 'còn', 'thành', 'lên thành', 'lên'],
  intoWords: ['thành', 'xuống còn lại', 'xuống còn', 'còn lại', 'còn'],
  intoMaxGap: 2,
  cutByWords: ['giảm', 'giảm đi', 'bớt', 'giảm bớt'],
  // "163 đơn vị sẽ được sắp xếp thành 57"
  intoVerbGap:
    '[ \\u00A0]{1,3}(?:(?:sẽ|đã|được|sẽ[ \\u00A0]{1,3}được|đã[ \\u00A0]{1,3}được)[ \\u00A0]{1,3})?(?:sắp[ \\u00A0]{1,3}xếp|hợp[ \\u00A0]{1,3}nhất|sáp[ \\u00A0]{1,3}nhập|gộp|tổ[ \\u00A0]{1,3}chức[ \\u00A0]{1,3}lại)',
  growthVerbs: ['tăng', 'chia', 'tách', 'điều chỉnh', 'mở rộng', 'thành lập', 'lên'],
  changeVerbs: ['chia', 'tách', 'tăng', 'tăng lên', 'sắp xếp', 'hợp nhất', 'sáp nhập', 'nhập', 'tổ chức lại', 'gộp', 'giảm', 'thu gọn', 'tinh gọn'],
  percentLeads: ['giảm', 'giảm được', 'tương đương', 'tương ứng', 'tỷ lệ giảm', 'tỉ lệ giảm'],
  approxWords: ['khoảng', 'gần', 'hơn', 'trên', 'xấp xỉ'],
  yearLeads: ['năm', 'từ', 'đến', 'trước', 'sau'],
  dateWords: ['tháng', 'năm', 'ngày', 'giờ', 'phần trăm'],
};
