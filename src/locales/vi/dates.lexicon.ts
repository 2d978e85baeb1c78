/** Vietnamese date vocabulary: data only; regex alternations are generated from it. */

/** "ngày" (day), "tháng" (month), "năm" (year), with the unaccented forms seen in URLs/captions. */
export const VI_DAY = ['ngày', 'mồng', 'mùng', 'ngày mồng', 'ngày mùng'] as const;
/** Months written as words after "tháng": "tháng mười", "tháng giêng", "tháng chạp". */
export const VI_MONTH_WORDS: Readonly<Record<string, number>> = {
  giêng: 1, một: 1, hai: 2, ba: 3, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
  'mười một': 11, 'mười hai': 12, chạp: 12,
};
/** Parts of the day that open a news lede before a bare day/month: "Chiều 12/8, tại Hà Nội". */
export const VI_PART_OF_DAY = ['sáng', 'sáng sớm', 'rạng sáng', 'trưa', 'chiều', 'tối', 'đêm', 'sáng nay', 'chiều nay', 'tối nay', 'hôm nay', 'hôm qua', 'hôm kia', 'ngày mai', 'ngày kia', 'mai'] as const;
export const VI_MONTH = ['tháng'] as const;
export const VI_YEAR = ['năm'] as const;

/** Number words: "chín tháng đầu năm", "ba tháng cuối năm". */
export const VI_NUMBERS: Readonly<Record<string, number>> = {
  'một': 1, hai: 2, ba: 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9,
  'mười': 10, 'mười một': 11, 'mười hai': 12,
};

/** "N tháng đầu năm" (first N months) / "N tháng cuối năm" (last N months). */
export const VI_FIRST_LAST: Readonly<Record<string, 'first' | 'last'>> = {
  'đầu': 'first', 'cuối': 'last',
};

/** Quarter: "quý III/2025", "quý 2 năm 2025". */
export const VI_QUARTER = ['quý'] as const;
export const VI_QUARTER_NUMBERS: Readonly<Record<string, number>> = {
  I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4,
};

/** Half years: "6 tháng đầu năm" is the usual form; "nửa đầu năm" too. */
export const VI_HALVES: Readonly<Record<string, [number, number]>> = {
  'nửa đầu năm': [1, 6], 'nửa cuối năm': [7, 12], 'nửa sau năm': [7, 12],
};

/** Words before "tháng N" alone that make it a month: "trong tháng 7", "từ tháng 5". */
export const VI_MONTH_PREPOSITIONS = [
  'trong', 'vào', 'từ', 'đến', 'tới', 'cuối', 'đầu', 'giữa', 'hết', 'trước', 'sau', 'hồi', 'suốt',
] as const;

/** Office terms: "nhiệm kỳ 2025-2030". */
export const VI_TERM_WORDS = ['nhiệm kỳ', 'nhiệm kì'] as const;
/** Spans of time: "giai đoạn 2026-2030", "năm học 2025-2026". */
export const VI_PERIOD_WORDS = ['giai đoạn', 'thời kỳ', 'thời kì', 'năm học', 'niên khóa', 'niên khoá', 'kế hoạch', 'các năm', 'những năm'] as const;
/** Nearby words that make a bare range a term (elections of deputies). */
export const VI_TERM_CONTEXT = ['bầu cử đại biểu', 'khóa'] as const;

/** Conjunctions that coordinate a year with a date mention just before it: "... period and 2026". */
export const VI_CONJUNCTIONS = ['và', 'hoặc', 'và năm'] as const;
