/**
 * Vietnamese document type and issuer codes (../shared/DOMAIN.md), as data.
 * Keys are written as in real codes, mixed case kept (CTr, TTr, QĐi, ThU); lookups fold Đ/D.
 */
import type { DocumentKind } from '../schema.js';

/** Type code → kind; `alsoWords` lists word kinds that agree with the code too. */
export const TYPE_CODES: Readonly<Record<string, { kind: DocumentKind; alsoWords?: DocumentKind[] }>> = {
  NQ: { kind: 'resolution' },
  KL: { kind: 'conclusion' },
  CT: { kind: 'directive' },
  QĐ: { kind: 'decision', alsoWords: ['regulation'] },
  QĐi: { kind: 'regulation' },
  QyĐ: { kind: 'regulation' },
  QC: { kind: 'regulation' },
  KH: { kind: 'plan' },
  HD: { kind: 'guidance' },
  HĐ: { kind: 'other' },
  TB: { kind: 'notice' },
  TC: { kind: 'other', alsoWords: ['notice'] },
  BC: { kind: 'report' },
  CV: { kind: 'official-letter' },
  ĐA: { kind: 'project' },
  DA: { kind: 'project' },
  CTr: { kind: 'program' },
  TTr: { kind: 'submission' },
  CĐ: { kind: 'other', alsoWords: ['official-letter'] },
  NĐ: { kind: 'decree', alsoWords: ['resolution'] },
  TT: { kind: 'circular' },
  TTLT: { kind: 'circular' },
  NQLT: { kind: 'resolution' },
  PL: { kind: 'other' },
  L: { kind: 'law' },
  QĐLT: { kind: 'decision' },
  // quyết định nhân sự: the Politburo's and Secretariat's decisions on personnel ("01-QĐNS/TW")
  QĐNS: { kind: 'decision' },
  PA: { kind: 'other', alsoWords: ['plan', 'project'] },
  BB: { kind: 'other' },
};

/** Issuer code → English name. National Assembly codes carry a term number (QH15). */
export const ISSUERS: Readonly<Record<string, string>> = {
  TW: 'Party Central Committee',
  TU: 'Provincial Party Committee',
  HU: 'District Party Committee',
  QU: 'Urban District Party Committee',
  ThU: 'Town Party Committee',
  ĐU: 'Party Committee',
  ĐUK: 'Bloc Party Committee',
  BCSĐ: 'Party Personnel Board',
  ĐĐ: 'Party Delegation',
  BCT: 'Politburo',
  BBT: 'Secretariat',
  BCĐTW: 'Central Steering Committee',
  BTCTW: 'Central Organization Commission',
  BTCTU: 'Provincial Party Organization Commission',
  BTGDVTW: 'Central Propaganda and Mass Mobilization Commission',
  BTGTW: 'Central Propaganda Commission',
  BDVTW: 'Central Mass Mobilization Commission',
  BDVTU: 'Provincial Mass Mobilization Commission',
  BNCTW: 'Central Internal Affairs Commission',
  BKTTW: 'Central Economic Commission',
  BĐNTW: 'Central External Relations Commission',
  VPTW: 'Central Party Office',
  UBKTTW: 'Central Inspection Commission',
  UBKTTU: 'Provincial Inspection Commission',
  QUTW: 'Central Military Commission',
  ĐUCA: 'Central Public Security Party Committee',
  QH: 'National Assembly',
  UBTVQH: 'National Assembly Standing Committee',
  CTN: 'President',
  CP: 'Government',
  TTg: 'Prime Minister',
  VPCP: 'Government Office',
  BNV: 'Ministry of Home Affairs',
  BTC: 'Ministry of Finance',
  BCA: 'Ministry of Public Security',
  BQP: 'Ministry of National Defence',
  BNG: 'Ministry of Foreign Affairs',
  BTP: 'Ministry of Justice',
  BXD: 'Ministry of Construction',
  BYT: 'Ministry of Health',
  BGDĐT: 'Ministry of Education and Training',
  'BGD&ĐT': 'Ministry of Education and Training',
  'BNN&PTNT': 'Ministry of Agriculture and Rural Development',
  BKHCN: 'Ministry of Science and Technology',
  BNNMT: 'Ministry of Agriculture and Environment',
  NHNN: 'State Bank of Vietnam',
  TANDTC: "Supreme People's Court",
  VKSNDTC: "Supreme People's Procuracy",
  KTNN: 'State Audit Office',
  UBND: "People's Committee",
  UBTƯMTTQVN: 'Central Committee of the Vietnam Fatherland Front',
  MTTQ: 'Vietnam Fatherland Front',
  BLĐTBXH: 'Ministry of Labour, Invalids and Social Affairs',
  BGTVT: 'Ministry of Transport',
  BTNMT: 'Ministry of Natural Resources and Environment',
  BNNPTNT: 'Ministry of Agriculture and Rural Development',
  BKHĐT: 'Ministry of Planning and Investment',
  BTTTT: 'Ministry of Information and Communications',
  BVHTTDL: 'Ministry of Culture, Sports and Tourism',
  SNV: 'Provincial Department of Home Affairs',
  HĐND: "People's Council",
};

/** Issuers whose code means another body in a state code: BCT is the Politburo in 15-TB/BCT but
 * the Ministry of Industry and Trade in 22/2016/TT-BCT. */
export const STATE_ISSUERS: Readonly<Record<string, string>> = {
  BCT: 'Ministry of Industry and Trade',
};

/** Folds Đ/đ to D/d and uppercases: the matching form of a code part. */
export function foldCode(s: string): string {
  return s.replace(/[ĐđÐ]/g, 'D').toUpperCase();
}

const TYPE_BY_FOLD = new Map<string, string>();
for (const k of Object.keys(TYPE_CODES)) if (!TYPE_BY_FOLD.has(foldCode(k))) TYPE_BY_FOLD.set(foldCode(k), k);
const ISSUER_BY_FOLD = new Map<string, string>();
for (const k of Object.keys(ISSUERS)) if (!ISSUER_BY_FOLD.has(foldCode(k))) ISSUER_BY_FOLD.set(foldCode(k), k);

/** How many ASCII digits end `s` (a loop: /\d+$/ is quadratic on a long run of digits). */
function trailingDigits(s: string): number {
  let n = 0;
  while (n < s.length && s.charCodeAt(s.length - 1 - n) >= 48 && s.charCodeAt(s.length - 1 - n) <= 57) n++;
  return n;
}

/** The table's spelling of a type code written as `s` (QD → QĐ, CTR → CTr), if known. */
export function lookupType(s: string): string | undefined {
  return TYPE_BY_FOLD.get(foldCode(s));
}

/** English issuer name for an issuer code, term numbers stripped (QH15 → QH). */
export function lookupIssuer(s: string, state = false): string | undefined {
  const base = s.slice(0, s.length - trailingDigits(s));
  if (state && STATE_ISSUERS[foldCode(base)]) return STATE_ISSUERS[foldCode(base)];
  const k = ISSUER_BY_FOLD.get(foldCode(base));
  return k ? ISSUERS[k] : undefined;
}

/** The table's spelling of an issuer code written in any case: "ttg" → "TTg", "qh15" → "QH15". */
export function issuerSpelling(s: string): string | undefined {
  const num = s.slice(s.length - trailingDigits(s));
  const k = ISSUER_BY_FOLD.get(foldCode(s.slice(0, s.length - num.length)));
  return k ? k + num : undefined;
}

/** Slug words in source URLs → kind ("ket-luan-so-178-kl-tw"). */
export const SLUG_KINDS: Readonly<Record<string, DocumentKind>> = {
  'nghi-quyet': 'resolution',
  'ket-luan': 'conclusion',
  'chi-thi': 'directive',
  'quyet-dinh': 'decision',
  'quy-dinh': 'regulation',
  'ke-hoach': 'plan',
  'huong-dan': 'guidance',
  'thong-bao': 'notice',
  'bao-cao': 'report',
  'cong-van': 'official-letter',
  'de-an': 'project',
  'chuong-trinh': 'program',
  'nghi-dinh': 'decree',
  'thong-tu': 'circular',
  luat: 'law',
  'to-trinh': 'submission',
};
