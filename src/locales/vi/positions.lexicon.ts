/**
 * vi positions lexicon: post titles as neutral parts, and organisations as neutral body ids (read by
 * src/common/positions.ts). Old-style tone marks ("Uỷ ban") are folded before look-up.
 * Patterns: `a|b` a choice of words, `x?` optional, `@` a place.
 */
import type { PositionsLexicon, TitleEntry } from '../../common/positions.js';

const HEAD: TitleEntry = { base: 'head' };
const DIRECTOR: TitleEntry = { base: 'director' };
const COMMANDER: TitleEntry = { base: 'commander' };

/** Base titles; "Phó" (deputy) before and "Thường trực" (standing) after them are modifiers. */
const TITLES: Readonly<Record<string, TitleEntry>> = {
  'bí thư': { base: 'secretary' },
  'tổng bí thư': { base: 'general-secretary', implied: 'party-central-committee' },
  'chủ tịch': { base: 'chairman' },
  'chủ nhiệm': { base: 'chairman' },
  'chủ tịch nước': { base: 'president', body: 'state' },
  'ủy viên': { base: 'member' },
  'thành viên': { base: 'member' },
  'đảng ủy viên': { base: 'member' },
  'ủy viên dự khuyết': { base: 'member', alternate: true },
  'ủy viên thường trực': { base: 'member', standing: true },
  // "Ủy viên Thường vụ Tỉnh ủy": a member of the Tỉnh ủy's standing board
  'ủy viên thường vụ': { base: 'member', standingCommittee: true },
  'thường trực ban bí thư': { base: 'member', standing: true, body: 'secretariat' },
  'tỉnh ủy viên': { base: 'member', body: 'provincial-party-committee' },
  'thành ủy viên': { base: 'member', body: 'city-party-committee' },
  'huyện ủy viên': { base: 'member', body: 'district-party-committee' },
  'giám đốc': DIRECTOR,
  'cục trưởng': DIRECTOR,
  'vụ trưởng': DIRECTOR,
  'tổng giám đốc': { base: 'director-general' },
  'trưởng ban': HEAD,
  'trưởng đoàn': HEAD,
  'trưởng phòng': HEAD,
  trưởng: HEAD,
  'trưởng công an': HEAD,
  'chánh văn phòng': { base: 'chief-of-office' },
  'chánh án': { base: 'chief-justice' },
  'chánh thanh tra': { base: 'chief-inspector' },
  'tổng thanh tra': { base: 'inspector-general' },
  'tổng kiểm toán': { base: 'auditor-general' },
  'bộ trưởng': { base: 'minister' },
  'thứ trưởng': { base: 'minister', deputy: true },
  'thủ tướng': { base: 'prime-minister', implied: 'government', impliedDeputy: true },
  'tư lệnh': COMMANDER,
  'chỉ huy trưởng': COMMANDER,
  'chính ủy': { base: 'political-commissar' },
  'tổng thư ký': { base: 'general-secretary' },
  'đại sứ': { base: 'ambassador' },
  'tổng biên tập': { base: 'editor-in-chief' },
  'thống đốc': { base: 'governor' },
  'tỉnh trưởng': { base: 'governor' },
  'người phát ngôn': { base: 'spokesperson' },
  'đại biểu': { base: 'deputy' },
  'đại biểu quốc hội': { base: 'deputy', body: 'national-assembly' },
};

/** Levels of local government as written after the organ ("UBND tỉnh", "Đảng ủy xã"). */
const LEVELS: Readonly<Record<string, readonly string[]>> = {
  provincial: ['tỉnh'],
  city: ['thành phố'],
  district: ['huyện', 'quận'],
  commune: ['xã'],
  ward: ['phường'],
};
/** The party committee of each level: "Tỉnh ủy", "Thành ủy", "Đảng ủy xã". */
const PARTY_COMMITTEES: Readonly<Record<string, readonly string[]>> = {
  provincial: ['tỉnh ủy'],
  city: ['thành ủy'],
  district: ['huyện ủy', 'quận ủy'],
  commune: [],
  ward: [],
};

function localBodies(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [level, names] of Object.entries(LEVELS)) {
    const party = [...PARTY_COMMITTEES[level]!, ...names.flatMap((n) => [`đảng ủy ${n}`, `ban chấp hành đảng bộ ${n}`])];
    out[`${level}-party-standing-committee`] = party.map((p) => `ban thường vụ ${p}`);
    out[`${level}-party-committee`] = party;
    if (level === 'provincial' || level === 'city') {
      // "Ban Tổ chức Tỉnh ủy" ("Trưởng Ban" leaves "Tổ chức Tỉnh ủy"), "Ủy ban Kiểm tra Thành ủy"
      const committees = PARTY_COMMITTEES[level]!;
      out[`${level}-party-organization-commission`] = committees.map((p) => `ban? tổ chức ${p}`);
      out[`${level}-party-inspection-commission`] = committees.map((p) => `ủy ban kiểm tra ${p}`);
      out[`${level}-party-propaganda-commission`] = committees.map((p) => `ban? tuyên giáo ${p}`);
      out[`${level}-party-propaganda-and-mass-mobilization-commission`] = committees.map((p) => `ban? tuyên giáo và dân vận ${p}`);
    }
    out[`${level}-peoples-committee`] = names.map((n) => `ủy ban nhân dân ${n}`);
    out[`${level}-peoples-council`] = names.map((n) => `hội đồng nhân dân ${n}`);
  }
  return out;
}

export const viPositionsLexicon: PositionsLexicon = {
  language: 'vi',
  titles: TITLES,
  modifiers: { phó: 'deputy' },
  suffixModifiers: { 'thường trực': 'standing' },
  titlePrefixes: ['nguyên'],
  titleBlockers: ['quyền'],
  abbreviations: {
    UBND: 'ủy ban nhân dân', HĐND: 'hội đồng nhân dân', TP: 'thành phố', 'TP.HCM': 'thành phố Hồ Chí Minh', MTTQ: 'mặt trận tổ quốc',
    BCH: 'ban chấp hành', TW: 'trung ương', TƯ: 'trung ương', BTV: 'ban thường vụ', TAND: 'tòa án nhân dân', VKSND: 'viện kiểm sát nhân dân',
    NHNN: 'ngân hàng nhà nước', QH: 'quốc hội', ĐBQH: 'đại biểu quốc hội', UBTVQH: 'ủy ban thường vụ quốc hội', 'GD&ĐT': 'giáo dục và đào tạo',
    'TT&TT': 'thông tin và truyền thông', 'KH&CN': 'khoa học và công nghệ', 'TN&MT': 'tài nguyên và môi trường',
    'NN&PTNT': 'nông nghiệp và phát triển nông thôn', 'NN&MT': 'nông nghiệp và môi trường', 'LĐ-TB&XH': 'lao động thương binh và xã hội',
    'VH-TT&DL': 'văn hóa thể thao và du lịch', VHTTDL: 'văn hóa thể thao và du lịch', 'KH&ĐT': 'kế hoạch và đầu tư', GTVT: 'giao thông vận tải',
  },
  forms: {},
  bodies: {
    party: ['đảng', 'đảng cộng sản việt nam'],
    politburo: ['bộ chính trị'],
    secretariat: ['ban bí thư', 'ban bí thư trung ương đảng'],
    'party-central-committee': [
      'trung ương', 'trung ương đảng', 'ban chấp hành trung ương', 'ban chấp hành trung ương đảng',
      'ban chấp hành trung ương đảng cộng sản việt nam', 'trung ương đảng cộng sản việt nam',
    ],
    'central-military-commission': ['quân ủy trung ương'],
    'central-organization-commission': ['ban tổ chức trung ương'],
    'central-inspection-commission': ['ủy ban kiểm tra trung ương'],
    'central-propaganda-commission': ['ban tuyên giáo trung ương'],
    'central-mass-mobilization-commission': ['ban dân vận trung ương'],
    'central-propaganda-and-mass-mobilization-commission': ['ban tuyên giáo và dân vận trung ương'],
    'central-economic-commission': ['ban kinh tế trung ương'],
    'central-internal-affairs-commission': ['ban nội chính trung ương'],
    'central-policy-and-strategy-commission': ['ban chính sách chiến lược trung ương', 'ban chính sách và chiến lược trung ương'],
    'national-assembly': ['quốc hội'],
    'national-assembly-standing-committee': ['ủy ban thường vụ quốc hội', 'thường vụ quốc hội'],
    government: ['chính phủ'],
    'government-office': ['văn phòng chính phủ'],
    'government-inspectorate': ['thanh tra chính phủ'],
    'state-audit-office': ['kiểm toán nhà nước'],
    'supreme-peoples-court': ['tòa án nhân dân tối cao'],
    'supreme-peoples-procuracy': ['viện kiểm sát nhân dân tối cao'],
    'state-bank': ['ngân hàng nhà nước', 'ngân hàng nhà nước việt nam'],
    'fatherland-front-central-committee': ['ủy ban trung ương mặt trận tổ quốc việt nam'],
    'provincial-fatherland-front-committee': ['ủy ban mặt trận tổ quốc việt nam? tỉnh'],
    'provincial-police': ['công an tỉnh'],
    'city-police': ['công an thành phố'],
    // "Trưởng Đoàn đại biểu Quốc hội tỉnh": the title "Trưởng Đoàn" leaves "đại biểu Quốc hội tỉnh"
    'national-assembly-delegation': ['đoàn? đại biểu quốc hội'],
    'military-region': ['quân khu #'],
    'provincial-youth-union': ['tỉnh đoàn', 'đoàn thanh niên cộng sản hồ chí minh tỉnh', 'ban chấp hành tỉnh đoàn'],
    'provincial-military-command': ['bộ chỉ huy quân sự tỉnh'],
    ...localBodies(),
  },
  portfolios: {
    'home-affairs': ['nội vụ'],
    finance: ['tài chính'],
    'public-security': ['công an'],
    'foreign-affairs': ['ngoại giao', 'ngoại vụ'],
    health: ['y tế'],
    'education-and-training': ['giáo dục và đào tạo'],
    justice: ['tư pháp'],
    'agriculture-and-environment': ['nông nghiệp và môi trường'],
    'agriculture-and-rural-development': ['nông nghiệp và phát triển nông thôn'],
    'natural-resources-and-environment': ['tài nguyên và môi trường'],
    'science-and-technology': ['khoa học và công nghệ'],
    construction: ['xây dựng'],
    'industry-and-trade': ['công thương'],
    'national-defence': ['quốc phòng'],
    'culture-sports-and-tourism': ['văn hóa thể thao và du lịch'],
    'planning-and-investment': ['kế hoạch và? đầu tư'],
    transport: ['giao thông vận tải'],
    'information-and-communications': ['thông tin và truyền thông'],
    'labour-invalids-and-social-affairs': ['lao động thương binh và xã hội'],
    'ethnic-and-religious-affairs': ['dân tộc và tôn giáo'],
  },
  ministry: ['bộ {p}'],
  department: ['sở {p}'],
  tails: ['khóa', 'nhiệm kỳ', 'giai đoạn', 'tỉnh', 'thành phố', 'huyện', 'quận', 'xã', 'phường'],
  capitalTail: true,
  of: ['của'],
  officeBefore: ['văn phòng'],
  foreign: [
    'lào', 'campuchia', 'trung quốc', 'nga', 'liên bang nga', 'hoa kỳ', 'mỹ', 'nhật bản', 'hàn quốc', 'triều tiên', 'thái lan',
    'singapore', 'indonesia', 'malaysia', 'philippines', 'ấn độ', 'pháp', 'đức', 'australia', 'úc', 'cuba', 'kazakhstan', 'belarus',
    'ucraina', 'liên hợp quốc', 'asean', 'myanmar', 'brunei', 'mông cổ', 'canada', 'italy', 'brazil',
  ],
  country: ['việt nam'],
};
