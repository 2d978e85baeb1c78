/**
 * Document references in English, Russian and Vietnamese: one describe per case that issue 3
 * lists, table-driven, each case a sentence of the genre and the records it must give.
 */
import { describe, expect, it } from 'vitest';
import { extractDocuments, parseReport, type DocumentReference } from '../src/index.js';
import { TYPE_CODES, ISSUERS, lookupIssuer } from '../src/common/documents.data.js';

type Lang = 'en' | 'ru' | 'vi';
type Want = Partial<Pick<DocumentReference, 'key' | 'kind' | 'number' | 'code' | 'typeCode' | 'issuerCode' | 'issuer' | 'year' | 'date' | 'effectiveDate' | 'kindFrom' | 'text'>>;
interface Case {
  lang: Lang;
  text: string;
  docs: Want[];
}

function docs(text: string, language: Lang) {
  const r = parseReport(text, { language, only: ['documents'] });
  for (const d of r.documents) expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
  return r;
}

function check(c: Case): void {
  const r = docs(c.text, c.lang);
  const got = r.documents.filter((d) => !d.fromSourceUrl);
  expect(got.map((d) => d.key), c.text).toEqual(c.docs.map((d) => d.key));
  c.docs.forEach((want, i) => {
    const d = got[i]!;
    for (const [k, v] of Object.entries(want)) expect(d[k as keyof DocumentReference], `${c.text} → ${d.key}.${k}`).toEqual(v);
  });
}

const title = (c: Case) => `${c.lang}: ${c.text.replace(/\n/g, '⏎')}`;

describe('party-style codes', () => {
  const cases: Case[] = [
    { lang: 'en', text: 'under Resolution No. 60-NQ/TW of the Party Central Committee', docs: [{ key: '60-NQ/TW', number: '60', code: '60-NQ/TW', typeCode: 'NQ', issuerCode: 'TW', kind: 'resolution', issuer: 'Party Central Committee' }] },
    { lang: 'en', text: 'Official Letter No. 9068-CV/BTCTW', docs: [{ key: '9068-CV/BTCTW', number: '9068', typeCode: 'CV', issuerCode: 'BTCTW', kind: 'official-letter', issuer: 'Central Organization Commission' }] },
    { lang: 'vi', text: 'Kế hoạch số 02-KH/BCĐTW', docs: [{ key: '02-KH/BCDTW', code: '02-KH/BCĐTW', number: '02', typeCode: 'KH', issuerCode: 'BCĐTW', kind: 'plan', issuer: 'Central Steering Committee' }] },
    { lang: 'vi', text: 'Kế hoạch số 04-KH/TU của Tỉnh ủy', docs: [{ key: '04-KH/TU', issuerCode: 'TU', kind: 'plan', issuer: 'Provincial Party Committee' }] },
    { lang: 'ru', text: 'Положение № 253-QĐ/TW', docs: [{ key: '253-QD/TW', code: '253-QĐ/TW', typeCode: 'QĐ', kind: 'regulation', kindFrom: 'word' }] },
    { lang: 'en', text: 'Regulation 05-QC/BTCTU-BDVTU', docs: [{ key: '05-QC/BTCTU-BDVTU', issuerCode: 'BTCTU-BDVTU', kind: 'regulation', issuer: 'Provincial Party Organization Commission and Provincial Mass Mobilization Commission' }] },
  ];
  it.each(cases.map((c) => [title(c), c] as const))('%s', (_t, c) => check(c));
});

describe('state-style codes', () => {
  const cases: Case[] = [
    { lang: 'vi', text: 'Nghị định số 120/2025/NĐ-CP', docs: [{ key: '120/2025/ND-CP', code: '120/2025/NĐ-CP', number: '120', year: 2025, typeCode: 'NĐ', issuerCode: 'CP', kind: 'decree', issuer: 'Government' }] },
    { lang: 'en', text: 'Decision No. 759/QĐ-TTg', docs: [{ key: '759/QD-TTG', code: '759/QĐ-TTG', number: '759', typeCode: 'QĐ', issuerCode: 'TTg', kind: 'decision', issuer: 'Prime Minister' }] },
    { lang: 'en', text: 'Resolution No. 202/2025/QH15 on the arrangement of provinces', docs: [{ key: '202/2025/QH15', year: 2025, issuerCode: 'QH15', issuer: 'National Assembly', kind: 'resolution' }] },
    { lang: 'ru', text: 'Циркуляр № 01/2025/TT-BNV', docs: [{ key: '01/2025/TT-BNV', typeCode: 'TT', issuerCode: 'BNV', issuer: 'Ministry of Home Affairs', kind: 'circular' }] },
    { lang: 'vi', text: 'Nghị quyết số 1656/NQ-UBTVQH15', docs: [{ key: '1656/NQ-UBTVQH15', issuerCode: 'UBTVQH15', issuer: 'National Assembly Standing Committee', kind: 'resolution' }] },
    { lang: 'vi', text: 'Quyết định số 1234/QĐ-UBND của UBND tỉnh', docs: [{ key: '1234/QD-UBND', issuer: "People's Committee", kind: 'decision' }] },
    { lang: 'vi', text: 'Nghị quyết số 45/NQ-HĐND', docs: [{ key: '45/NQ-HDND', issuerCode: 'HĐND', issuer: "People's Council" }] },
  ];
  it.each(cases.map((c) => [title(c), c] as const))('%s', (_t, c) => check(c));
});

describe('state codes as real legal texts write them', () => {
  const cases: [string, Case][] = [
    ['an official letter: the issuer, then its unit, no type', { lang: 'en', text: 'Official Letter No. 4127/BNV-CQĐP dated July 25, 2025', docs: [{ key: '4127/BNV-CQDP', kind: 'official-letter', kindFrom: 'word', issuerCode: 'BNV', issuer: 'Ministry of Home Affairs', date: '2025-07-25' }] }],
    ['an official letter without a kind word is an official letter by its code', { lang: 'vi', text: 'theo văn bản 2145/VPCP-KTTH', docs: [{ key: '2145/VPCP-KTTH', kind: 'official-letter', issuer: 'Government Office' }] }],
    ['a joint circular with four issuers', { lang: 'vi', text: 'Thông tư liên tịch số 01/2023/TTLT-BCA-BQP-TANDTC-VKSNDTC', docs: [{ key: '01/2023/TTLT-BCA-BQP-TANDTC-VKSNDTC', kind: 'circular', issuerCode: 'BCA-BQP-TANDTC-VKSNDTC' }] }],
    ['a slash between type and issuer', { lang: 'vi', text: 'Thông tư liên tịch số 235/2009/TTLT/BTC-BGTVT', docs: [{ key: '235/2009/TTLT/BTC-BGTVT', kind: 'circular' }] }],
    ['a personnel decision (QĐNS)', { lang: 'vi', text: 'Bộ Chính trị ban hành Quyết định số 245-QĐNS/TW về công tác cán bộ.', docs: [{ key: '245-QDNS/TW', kind: 'decision', issuerCode: 'TW' }] }],
    ['a personnel decision written QDNS', { lang: 'en', text: 'Under Decision 12-QDNS/TW of the Politburo, he was appointed.', docs: [{ key: '12-QDNS/TW', kind: 'decision' }] }],
    ['a space after the dash', { lang: 'vi', text: 'Thông tư số 11/2020/TT- BGTVT quy định', docs: [{ key: '11/2020/TT-BGTVT', code: '11/2020/TT-BGTVT', issuer: 'Ministry of Transport' }] }],
    ['a space before the first slash', { lang: 'vi', text: 'Thông tư số 105 /2021/TT-BQP quy định', docs: [{ key: '105/2021/TT-BQP', number: '105' }] }],
    ['an ampersand in the issuer', { lang: 'vi', text: 'Thông tư số 02/2002/TT-BGD&ĐT', docs: [{ key: '02/2002/TT-BGD&DT', issuer: 'Ministry of Education and Training' }] }],
    ['a joint resolution with a Vietnamese letter in the issuer', { lang: 'vi', text: 'Nghị quyết liên tịch số 01/2014/NQLT/CP-UBTƯMTTQVN', docs: [{ key: '01/2014/NQLT/CP-UBTƯMTTQVN', kind: 'resolution' }] }],
    ['BCT in a state code is the Ministry of Industry and Trade', { lang: 'vi', text: 'Thông tư số 22/2016/TT-BCT', docs: [{ key: '22/2016/TT-BCT', issuer: 'Ministry of Industry and Trade' }] }],
    ['BCT in a party code is the Politburo', { lang: 'vi', text: 'Thông báo số 15-TB/BCT', docs: [{ key: '15-TB/BCT', issuer: 'Politburo' }] }],
    ['an old law code: 23-L/CTN', { lang: 'vi', text: 'Luật số 23-L/CTN', docs: [{ key: '23-L/CTN', kind: 'law', issuer: 'President' }] }],
    ['a title between the code and its date (codification note)', { lang: 'vi', text: '(Điều 1 Nghị định số 30/2022/NĐ-CP quy định mô hình quản lý khu du lịch quốc gia ngày 19/05/2022 của Bộ Văn hóa, Thể thao và Du lịch, có hiệu lực thi hành kể từ ngày 01/08/2022)', docs: [{ key: '30/2022/ND-CP', date: '2022-05-19' }] }],
    ['a title citing another document: the date is that one\'s', { lang: 'vi', text: 'Thông tư số 195/2019/TT-BQP quy định chi tiết Nghị định số 18/2019/NĐ-CP ngày 01 tháng 02 năm 2019 của Chính phủ', docs: [{ key: '195/2019/TT-BQP', date: undefined }, { key: '18/2019/ND-CP', date: '2019-02-01' }] }],
    ['a title between the code and "issued on"', { lang: 'en', text: 'Law No. 63/2025/QH15 on Organization of the Government, issued on February 18, 2025, forms', docs: [{ key: '63/2025/QH15', kind: 'law', date: '2025-02-18' }] }],
    ['ordinals inside a Russian title: "№ 60-NQ/TW 11-го пленума ЦК партии XIII созыва от ..."', { lang: 'ru', text: 'Постановления № 60-NQ/TW 11-го пленума ЦК Коммунистической партии Вьетнама XIII созыва от 12 апреля 2025 г.', docs: [{ key: '60-NQ/TW', date: '2025-04-12' }] }],
    ['ordinals inside an English title', { lang: 'en', text: 'Resolution No. 60-NQ/TW of the 11th Conference of the 13th Party Central Committee dated April 12, 2025', docs: [{ key: '60-NQ/TW', date: '2025-04-12' }] }],
    ['a title then a date that opens another clause is not linked', { lang: 'vi', text: 'Kế hoạch số 04-KH/TU về chuyển đổi số, ngày 14/4/2025 Ban Thường vụ đã họp', docs: [{ key: '04-KH/TU', date: undefined }] }],
  ];
  it.each(cases)('%s', (_t, c) => check(c));
});

describe('number markers: No., №, số, Số:, or none', () => {
  const cases: Case[] = [
    { lang: 'en', text: 'Resolution No. 60-NQ/TW', docs: [{ key: '60-NQ/TW', text: '60-NQ/TW' }] },
    { lang: 'en', text: 'Resolution 60-NQ/TW', docs: [{ key: '60-NQ/TW', kind: 'resolution', kindFrom: 'word' }] },
    { lang: 'ru', text: 'Постановление № 60-NQ/TW', docs: [{ key: '60-NQ/TW', kind: 'resolution', kindFrom: 'word' }] },
    { lang: 'ru', text: 'Постановление №60-NQ/TW', docs: [{ key: '60-NQ/TW', kindFrom: 'word' }] },
    { lang: 'vi', text: 'Nghị quyết số 60-NQ/TW', docs: [{ key: '60-NQ/TW', kindFrom: 'word' }] },
    { lang: 'vi', text: 'Nghị quyết Số: 60-NQ/TW', docs: [{ key: '60-NQ/TW', kindFrom: 'word' }] },
    { lang: 'vi', text: 'Số: 60-NQ/TW', docs: [{ key: '60-NQ/TW', kind: 'resolution', kindFrom: 'code' }] },
  ];
  it.each(cases.map((c) => [title(c), c] as const))('%s', (_t, c) => check(c));
});

/** Every kind word of issue 3 in each language, with a code of the same kind. */
const KIND_WORDS: [Lang, string, string, DocumentReference['kind']][] = [
  // English
  ['en', 'Resolution', '60-NQ/TW', 'resolution'],
  ['en', 'Resolutions', '60-NQ/TW', 'resolution'],
  ['en', 'Conclusion', '150-KL/TW', 'conclusion'],
  ['en', 'Directive', '45-CT/TW', 'directive'],
  ['en', 'Decision', '204-QĐ/TW', 'decision'],
  ['en', 'Regulation', '253-QĐ/TW', 'regulation'],
  ['en', 'Plan', '04-KH/TU', 'plan'],
  ['en', 'Guidance', '35-HD/TW', 'guidance'],
  ['en', 'Guideline', '35-HD/TW', 'guidance'],
  ['en', 'Notice', '12-TB/TW', 'notice'],
  ['en', 'Report', '101-BC/TW', 'report'],
  ['en', 'Document', '9068-CV/BTCTW', 'official-letter'],
  ['en', 'Official Letter', '9068-CV/BTCTW', 'official-letter'],
  ['en', 'Project', '05-ĐA/TU', 'project'],
  ['en', 'Program', '07-CTr/TU', 'program'],
  ['en', 'Programme', '07-CTr/TU', 'program'],
  ['en', 'Decree', '120/2025/NĐ-CP', 'decree'],
  ['en', 'Circular', '01/2025/TT-BNV', 'circular'],
  ['en', 'Law', '65/2025/QH15', 'law'],
  ['en', 'Submission', '1046/TTr-CP', 'submission'],
  // Vietnamese
  ['vi', 'Nghị quyết', '60-NQ/TW', 'resolution'],
  ['vi', 'Kết luận', '150-KL/TW', 'conclusion'],
  ['vi', 'Chỉ thị', '45-CT/TW', 'directive'],
  ['vi', 'Quyết định', '204-QĐ/TW', 'decision'],
  ['vi', 'Quy định', '253-QĐ/TW', 'regulation'],
  ['vi', 'Kế hoạch', '04-KH/TU', 'plan'],
  ['vi', 'Hướng dẫn', '35-HD/TW', 'guidance'],
  ['vi', 'Thông báo', '12-TB/TW', 'notice'],
  ['vi', 'Báo cáo', '101-BC/TW', 'report'],
  ['vi', 'Công văn', '9068-CV/BTCTW', 'official-letter'],
  ['vi', 'Đề án', '05-ĐA/TU', 'project'],
  ['vi', 'Chương trình', '07-CTr/TU', 'program'],
  ['vi', 'Nghị định', '120/2025/NĐ-CP', 'decree'],
  ['vi', 'Thông tư', '01/2025/TT-BNV', 'circular'],
  ['vi', 'Luật', '65/2025/QH15', 'law'],
  ['vi', 'Tờ trình', '1046/TTr-CP', 'submission'],
  // Russian, several case forms of each
  ['ru', 'Постановление', '60-NQ/TW', 'resolution'],
  ['ru', 'постановления', '60-NQ/TW', 'resolution'],
  ['ru', 'постановлению', '60-NQ/TW', 'resolution'],
  ['ru', 'постановлением', '60-NQ/TW', 'resolution'],
  ['ru', 'постановлении', '60-NQ/TW', 'resolution'],
  ['ru', 'постановлений', '60-NQ/TW', 'resolution'],
  ['ru', 'Резолюция', '60-NQ/TW', 'resolution'],
  ['ru', 'резолюции', '60-NQ/TW', 'resolution'],
  ['ru', 'резолюцией', '60-NQ/TW', 'resolution'],
  ['ru', 'Заключение', '150-KL/TW', 'conclusion'],
  ['ru', 'заключения', '150-KL/TW', 'conclusion'],
  ['ru', 'заключением', '150-KL/TW', 'conclusion'],
  ['ru', 'заключений', '150-KL/TW', 'conclusion'],
  ['ru', 'Директива', '45-CT/TW', 'directive'],
  ['ru', 'директивы', '45-CT/TW', 'directive'],
  ['ru', 'директивой', '45-CT/TW', 'directive'],
  ['ru', 'Решение', '204-QĐ/TW', 'decision'],
  ['ru', 'решением', '204-QĐ/TW', 'decision'],
  ['ru', 'решении', '204-QĐ/TW', 'decision'],
  ['ru', 'Положение', '253-QĐ/TW', 'regulation'],
  ['ru', 'положения', '253-QĐ/TW', 'regulation'],
  ['ru', 'положений', '253-QĐ/TW', 'regulation'],
  ['ru', 'Правила', '253-QĐ/TW', 'regulation'],
  ['ru', 'правилами', '253-QĐ/TW', 'regulation'],
  ['ru', 'План', '04-KH/TU', 'plan'],
  ['ru', 'планом', '04-KH/TU', 'plan'],
  ['ru', 'Руководство', '35-HD/TW', 'guidance'],
  ['ru', 'руководства', '35-HD/TW', 'guidance'],
  ['ru', 'Инструкция', '35-HD/TW', 'guidance'],
  ['ru', 'инструкцией', '35-HD/TW', 'guidance'],
  ['ru', 'Уведомление', '12-TB/TW', 'notice'],
  ['ru', 'уведомлением', '12-TB/TW', 'notice'],
  ['ru', 'Доклад', '101-BC/TW', 'report'],
  ['ru', 'доклада', '101-BC/TW', 'report'],
  ['ru', 'Отчёт', '101-BC/TW', 'report'],
  ['ru', 'отчета', '101-BC/TW', 'report'],
  ['ru', 'Документ', '9068-CV/BTCTW', 'official-letter'],
  ['ru', 'документом', '9068-CV/BTCTW', 'official-letter'],
  ['ru', 'Письмо', '9068-CV/BTCTW', 'official-letter'],
  ['ru', 'письмом', '9068-CV/BTCTW', 'official-letter'],
  ['ru', 'Проект', '05-ĐA/TU', 'project'],
  ['ru', 'проекта', '05-ĐA/TU', 'project'],
  ['ru', 'Программа', '07-CTr/TU', 'program'],
  ['ru', 'программы', '07-CTr/TU', 'program'],
  ['ru', 'программой', '07-CTr/TU', 'program'],
  ['ru', 'Декрет', '120/2025/NĐ-CP', 'decree'],
  ['ru', 'декрета', '120/2025/NĐ-CP', 'decree'],
  ['ru', 'Постановление правительства', '120/2025/NĐ-CP', 'decree'],
  ['ru', 'постановлением правительства', '120/2025/NĐ-CP', 'decree'],
  ['ru', 'Циркуляр', '01/2025/TT-BNV', 'circular'],
  ['ru', 'циркуляром', '01/2025/TT-BNV', 'circular'],
  ['ru', 'Закон', '65/2025/QH15', 'law'],
  ['ru', 'закона', '65/2025/QH15', 'law'],
];

describe('kind words in each language and case', () => {
  const marker = { en: 'No.', ru: '№', vi: 'số' } as const;
  it.each(KIND_WORDS.map(([l, w, code, kind]) => [`${l}: ${w} ${marker[l]} ${code} → ${kind}`, l, w, code, kind] as const))(
    '%s',
    (_t, lang, word, code, kind) => {
      const text = `theo ${word} ${marker[lang]} ${code}`;
      const d = extractDocuments(text, { language: lang });
      expect(d).toHaveLength(1);
      expect(d[0]!.kind).toBe(kind);
      expect(d[0]!.kindFrom).toBe('word');
    },
  );
  it('a plain law number without a type code is a law by its word: Luật số 65/2025/QH15', () => {
    expect(extractDocuments('Luật số 65/2025/QH15', { language: 'vi' })[0]).toMatchObject({ kind: 'law', kindFrom: 'word', issuer: 'National Assembly' });
  });
  it('"Постановление правительства" is a decree even before a code that is not NĐ', () => {
    const d = extractDocuments('Постановление правительства № 12/2024/NĐ-CP', { language: 'ru' });
    expect(d[0]).toMatchObject({ kind: 'decree', issuer: 'Government' });
  });
});

describe('kind from the type code when there is no word', () => {
  const byCode: [string, DocumentReference['kind']][] = [
    ['60-NQ/TW', 'resolution'],
    ['150-KL/TW', 'conclusion'],
    ['45-CT/TW', 'directive'],
    ['204-QĐ/TW', 'decision'],
    ['09-QĐi/TW', 'regulation'],
    ['04-KH/TU', 'plan'],
    ['35-HD/TW', 'guidance'],
    ['12-TB/TW', 'notice'],
    ['101-BC/TW', 'report'],
    ['9068-CV/BTCTW', 'official-letter'],
    ['05-ĐA/TU', 'project'],
    ['07-CTr/TU', 'program'],
    ['120/2025/NĐ-CP', 'decree'],
    ['01/2025/TT-BNV', 'circular'],
    ['1046/TTr-CP', 'submission'],
  ];
  it.each(byCode)('%s → %s', (code, kind) => {
    for (const lang of ['en', 'ru', 'vi'] as const) {
      const d = extractDocuments(`(${code})`, { language: lang });
      expect(d.map((x) => [x.kind, x.kindFrom])).toEqual([[kind, 'code']]);
    }
  });
  it('every type code in the table has a kind the contract allows', () => {
    const kinds = ['resolution', 'conclusion', 'directive', 'decision', 'regulation', 'plan', 'guidance', 'notice', 'report', 'official-letter', 'project', 'program', 'decree', 'circular', 'law', 'submission', 'other'];
    for (const v of Object.values(TYPE_CODES)) expect(kinds).toContain(v.kind);
  });
  it('an unknown type code is not a document: 12-AB/CD', () => {
    expect(extractDocuments('Team 12-AB/CD won', { language: 'en' })).toEqual([]);
  });
});

describe('a title between the kind word and the number', () => {
  const cases: Case[] = [
    { lang: 'en', text: 'the Law on Organization of Local Government No. 72/2025/QH15, passed on June 16, 2025', docs: [{ key: '72/2025/QH15', kind: 'law', kindFrom: 'word', date: '2025-06-16', issuer: 'National Assembly' }] },
    { lang: 'vi', text: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15', docs: [{ key: '72/2025/QH15', kind: 'law', kindFrom: 'word' }] },
    { lang: 'ru', text: 'Закон об организации местного самоуправления № 72/2025/QH15, принятого 16 июня 2025 г.', docs: [{ key: '72/2025/QH15', kind: 'law', date: '2025-06-16' }] },
    { lang: 'ru', text: 'Постановления Постоянного комитета Национального собрания № 76/2025/UBTVQH15', docs: [{ key: '76/2025/UBTVQH15', kind: 'resolution', issuer: 'National Assembly Standing Committee' }] },
    // a title does not carry a word that the code contradicts, and raises no warning
    { lang: 'en', text: 'the Plan for the new model, under No. 60-NQ/TW', docs: [{ key: '60-NQ/TW', kind: 'resolution', kindFrom: 'code' }] },
    // nor does it reach across a sentence
    { lang: 'en', text: 'A law was passed. No. 72/2025/QH15 took effect.', docs: [{ key: '72/2025/QH15', kind: 'other', kindFrom: 'default' }] },
  ];
  it.each(cases.map((c) => [title(c), c] as const))('%s', (_t, c) => check(c));
});

describe('word and code disagree: the code wins, with a warning', () => {
  const cases: [Lang, string, DocumentReference['kind']][] = [
    ['en', 'Decision No. 35-HD/TW', 'guidance'],
    ['vi', 'Quyết định số 35-HD/TW', 'guidance'],
    ['ru', 'Решение № 35-HD/TW', 'guidance'],
    ['en', 'Resolution No. 45-CT/TW', 'directive'],
  ];
  it.each(cases)('%s: %s → %s', (lang, text, kind) => {
    const r = docs(text, lang);
    expect(r.documents[0]).toMatchObject({ kind, kindFrom: 'code' });
    expect(r.warnings.join('\n')).toMatch(new RegExp(`${r.documents[0]!.code!.replace(/\//g, '\\/')}.*${kind}`));
  });
  it('no warning when the word agrees (Regulation + QĐ, Постановление правительства + NĐ)', () => {
    expect(docs('Regulation No. 253-QĐ/TW', 'en').warnings).toEqual([]);
    expect(docs('Постановление правительства № 120/2025/NĐ-CP', 'ru').warnings).toEqual([]);
  });
});

describe('issuer decoded from the code table', () => {
  const table: [string, string][] = [
    ['TW', 'Party Central Committee'],
    ['TU', 'Provincial Party Committee'],
    ['HU', 'District Party Committee'],
    ['ĐU', 'Party Committee'],
    ['BCT', 'Politburo'],
    ['BBT', 'Secretariat'],
    ['BCĐTW', 'Central Steering Committee'],
    ['BTCTW', 'Central Organization Commission'],
    ['VPTW', 'Central Party Office'],
    ['UBKTTW', 'Central Inspection Commission'],
    ['BTGDVTW', 'Central Propaganda and Mass Mobilization Commission'],
    ['QH15', 'National Assembly'],
    ['UBTVQH15', 'National Assembly Standing Committee'],
    ['CP', 'Government'],
    ['TTg', 'Prime Minister'],
    ['BNV', 'Ministry of Home Affairs'],
    ['BTC', 'Ministry of Finance'],
    ['UBND', "People's Committee"],
    ['HĐND', "People's Council"],
  ];
  it.each(table)('%s → %s', (code, name) => expect(lookupIssuer(code)).toBe(name));
  it('party codes carry the issuer through to the record: 15-TB/BCT, 09-HD/VPTW', () => {
    expect(extractDocuments('Notice No. 15-TB/BCT', { language: 'en' })[0]).toMatchObject({ issuerCode: 'BCT', issuer: 'Politburo' });
    expect(extractDocuments('Hướng dẫn số 09-HD/VPTW', { language: 'vi' })[0]).toMatchObject({ issuer: 'Central Party Office' });
  });
  it('an issuer code with a wrong D still decodes: 02-KH/BCDTW', () => {
    expect(extractDocuments('Plan No. 02-KH/BCDTW', { language: 'en' })[0]).toMatchObject({ key: '02-KH/BCDTW', issuer: 'Central Steering Committee' });
  });
  it('every issuer in the table has a name', () => {
    for (const [k, v] of Object.entries(ISSUERS)) expect(v.length, k).toBeGreaterThan(1);
  });
});

describe('issuer named in the sentence, used when the code does not say', () => {
  const cases: Case[] = [
    { lang: 'en', text: 'Conclusion No. 127-KL/TW of the Politburo', docs: [{ key: '127-KL/TW', issuerCode: 'TW', issuer: 'Politburo' }] },
    { lang: 'en', text: "the Politburo's Conclusion No. 127-KL/TW", docs: [{ key: '127-KL/TW', issuer: 'Politburo' }] },
    { lang: 'en', text: 'Directive No. 45-CT/TW of the Secretariat', docs: [{ key: '45-CT/TW', issuer: 'Secretariat' }] },
    { lang: 'vi', text: 'Kết luận số 127-KL/TW của Bộ Chính trị', docs: [{ key: '127-KL/TW', issuer: 'Politburo' }] },
    { lang: 'vi', text: 'Chỉ thị số 45-CT/TW ngày 14/4/2025 của Ban Bí thư', docs: [{ key: '45-CT/TW', issuer: 'Secretariat', date: '2025-04-14' }] },
    { lang: 'vi', text: 'Kết luận 127-KL/TW của Bộ Chính trị, Ban Bí thư', docs: [{ key: '127-KL/TW', issuer: 'Politburo and Secretariat' }] },
    { lang: 'ru', text: 'Заключение Политбюро № 127-KL/TW', docs: [{ key: '127-KL/TW', issuer: 'Politburo', kind: 'conclusion' }] },
    { lang: 'ru', text: 'Заключение № 127-KL/TW Политбюро', docs: [{ key: '127-KL/TW', issuer: 'Politburo' }] },
    { lang: 'ru', text: 'Директива Секретариата № 45-CT/TW', docs: [{ key: '45-CT/TW', issuer: 'Secretariat', kind: 'directive' }] },
    // the code says more than TW: keep the code's issuer
    { lang: 'en', text: 'Decision No. 759/QĐ-TTg of the Government', docs: [{ key: '759/QD-TTG', issuer: 'Prime Minister' }] },
    // the phrase belongs to the next reference, not this one
    { lang: 'en', text: 'Resolution No. 60-NQ/TW and No. 61-NQ/TW; the Politburo met', docs: [{ key: '60-NQ/TW', issuer: 'Party Central Committee' }, { key: '61-NQ/TW', issuer: 'Party Central Committee' }] },
  ];
  it.each(cases.map((c) => [title(c), c] as const))('%s', (_t, c) => check(c));
});

describe('dates of issue', () => {
  const cases: Case[] = [
    { lang: 'en', text: 'Conclusion No. 150-KL/TW dated April 14, 2025', docs: [{ key: '150-KL/TW', date: '2025-04-14', year: 2025 }] },
    { lang: 'en', text: 'Conclusion No. 150-KL/TW, dated April 14, 2025,', docs: [{ key: '150-KL/TW', date: '2025-04-14' }] },
    { lang: 'en', text: 'Conclusion No. 150-KL/TW of April 14, 2025', docs: [{ key: '150-KL/TW', date: '2025-04-14' }] },
    { lang: 'en', text: 'Conclusion No. 150-KL/TW issued on 14 April 2025', docs: [{ key: '150-KL/TW', date: '2025-04-14' }] },
    { lang: 'en', text: 'Conclusion No. 150-KL/TW (dated April 14, 2025)', docs: [{ key: '150-KL/TW', date: '2025-04-14' }] },
    { lang: 'en', text: 'Conclusion No. 150-KL/TW of the Politburo dated April 14, 2025', docs: [{ key: '150-KL/TW', date: '2025-04-14', issuer: 'Politburo' }] },
    { lang: 'vi', text: 'Kết luận số 150-KL/TW ngày 14/4/2025', docs: [{ key: '150-KL/TW', date: '2025-04-14' }] },
    { lang: 'vi', text: 'Kết luận số 150-KL/TW ngày 14 tháng 4 năm 2025', docs: [{ key: '150-KL/TW', date: '2025-04-14' }] },
    { lang: 'vi', text: 'Kết luận số 150-KL/TW, ngày 14-4-2025', docs: [{ key: '150-KL/TW', date: '2025-04-14' }] },
    { lang: 'vi', text: 'Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị', docs: [{ key: '150-KL/TW', date: '2025-04-14', issuer: 'Politburo' }] },
    { lang: 'vi', text: 'Kết luận số 150-KL/TW của Bộ Chính trị ngày 14/4/2025', docs: [{ key: '150-KL/TW', date: '2025-04-14', issuer: 'Politburo' }] },
    { lang: 'ru', text: 'Заключение № 150-KL/TW от 14 апреля 2025 г.', docs: [{ key: '150-KL/TW', date: '2025-04-14' }] },
    { lang: 'ru', text: 'Заключение № 150-KL/TW от 14.04.2025', docs: [{ key: '150-KL/TW', date: '2025-04-14' }] },
    { lang: 'ru', text: 'Заключение № 150-KL/TW от 14 апреля 2025 года', docs: [{ key: '150-KL/TW', date: '2025-04-14' }] },
    { lang: 'ru', text: 'Заключение от 8 апреля 2025 г. № 148-KL/TW', docs: [{ key: '148-KL/TW', date: '2025-04-08' }] },
    { lang: 'ru', text: 'Заключение Политбюро № 150-KL/TW от 14.04.2025', docs: [{ key: '150-KL/TW', date: '2025-04-14', issuer: 'Politburo' }] },
    // a date further on belongs to something else
    { lang: 'en', text: 'Resolution No. 60-NQ/TW. The meeting on April 14, 2025 agreed.', docs: [{ key: '60-NQ/TW', date: undefined }] },
    { lang: 'en', text: 'Resolution No. 60-NQ/TW took effect from July 1, 2025', docs: [{ key: '60-NQ/TW', date: undefined }] },
    // a date opening the sentence, then a verb of issuing, then the document
    { lang: 'en', text: 'Earlier, on March 3, 2024, the Standing Board issued Decision No. 88-QD/TU on the transfer.', docs: [{ key: '88-QD/TU', date: '2024-03-03' }] },
    { lang: 'vi', text: 'Ngày 3/3/2024, Ban Thường vụ Tỉnh ủy đã ký ban hành Quyết định số 88-QĐ/TU về việc điều động.', docs: [{ key: '88-QD/TU', date: '2024-03-03' }] },
    { lang: 'vi', text: 'Chủ tịch UBND tỉnh Nguyễn Văn A ngày 3/3/2024 vừa ký ban hành Quyết định số 512/QĐ-UBND.', docs: [{ key: '512/QD-UBND', date: '2024-03-03' }] },
    { lang: 'ru', text: '3 марта 2024 года Постоянный комитет подписал и издал Решение № 88-QD/TU.', docs: [{ key: '88-QD/TU', date: '2024-03-03' }] },
    // not when the date is another clause's, or another document stands between
    { lang: 'en', text: 'The meeting closed on March 3, 2024. The board issued Decision No. 88-QD/TU later.', docs: [{ key: '88-QD/TU', date: undefined }] },
    { lang: 'en', text: 'On March 3, 2024, under Resolution No. 60-NQ/TW, the board issued Decision No. 88-QD/TU.', docs: [{ key: '60-NQ/TW', date: undefined }, { key: '88-QD/TU', date: undefined }] },
    { lang: 'en', text: 'Workers who met Minister Hung on March 3, 2024 and then issued Decision No. 88-QD/TU.', docs: [{ key: '88-QD/TU', date: undefined }] },
  ];
  it.each(cases.map((c) => [title(c), c] as const))('%s', (_t, c) => check(c));
  it('extractDocuments alone dates its documents (dates run for it, not reported)', () => {
    expect(extractDocuments('Conclusion No. 150-KL/TW dated April 14, 2025', { language: 'en' })[0]?.date).toBe('2025-04-14');
    const r = parseReport('Conclusion No. 150-KL/TW dated April 14, 2025', { language: 'en', only: ['documents'] });
    expect(r.dates).toEqual([]);
  });
});

describe('coordinated references share the kind and the date', () => {
  const cases: Case[] = [
    {
      lang: 'en',
      text: 'Regulations No. 253-QĐ/TW and No. 255-QĐ/TW, dated January 24, 2025',
      docs: [
        { key: '253-QD/TW', kind: 'regulation', date: '2025-01-24' },
        { key: '255-QD/TW', kind: 'regulation', date: '2025-01-24' },
      ],
    },
    { lang: 'vi', text: 'Nghị quyết số 18-NQ/TW và 19-NQ/TW', docs: [{ key: '18-NQ/TW', kind: 'resolution', kindFrom: 'word' }, { key: '19-NQ/TW', kind: 'resolution', kindFrom: 'word' }] },
    {
      lang: 'vi',
      text: 'Quy định số 253-QĐ/TW và số 255-QĐ/TW ngày 24/1/2025',
      docs: [
        { key: '253-QD/TW', kind: 'regulation', date: '2025-01-24' },
        { key: '255-QD/TW', kind: 'regulation', date: '2025-01-24' },
      ],
    },
    {
      lang: 'ru',
      text: 'Положения № 253-QĐ/TW и № 255-QĐ/TW от 24 января 2025 г.',
      docs: [
        { key: '253-QD/TW', kind: 'regulation', date: '2025-01-24' },
        { key: '255-QD/TW', kind: 'regulation', date: '2025-01-24' },
      ],
    },
    { lang: 'en', text: 'Regulations No. 253-QĐ/TW, 254-QĐ/TW and 255-QĐ/TW', docs: [{ key: '253-QD/TW', kind: 'regulation' }, { key: '254-QD/TW', kind: 'regulation' }, { key: '255-QD/TW', kind: 'regulation' }] },
    // shared numbers: the code after the last one
    { lang: 'vi', text: 'Kết luận số 126 và 127-KL/TW', docs: [{ key: '126-KL/TW', kind: 'conclusion', number: '126', text: '126' }, { key: '127-KL/TW', kind: 'conclusion' }] },
    { lang: 'en', text: 'Conclusions No. 126 and 127-KL/TW', docs: [{ key: '126-KL/TW', kind: 'conclusion' }, { key: '127-KL/TW', kind: 'conclusion' }] },
    { lang: 'ru', text: 'заключений № 126 и 127-KL/TW', docs: [{ key: '126-KL/TW', kind: 'conclusion' }, { key: '127-KL/TW', kind: 'conclusion' }] },
    { lang: 'en', text: 'Regulations No. 368 and No. 369-QĐ/TW', docs: [{ key: '368-QD/TW', kind: 'regulation' }, { key: '369-QD/TW', kind: 'regulation' }] },
  ];
  it.each(cases.map((c) => [title(c), c] as const))('%s', (_t, c) => check(c));
});

describe('a list of references: each keeps its own kind and date', () => {
  const cases: Case[] = [
    {
      lang: 'vi',
      text: 'Nghị quyết số 18-NQ/TW ngày 25/10/2017, Chỉ thị số 45-CT/TW ngày 14/4/2025 và Kết luận số 121-KL/TW ngày 24/1/2025',
      docs: [
        { key: '18-NQ/TW', kind: 'resolution', date: '2017-10-25' },
        { key: '45-CT/TW', kind: 'directive', date: '2025-04-14' },
        { key: '121-KL/TW', kind: 'conclusion', date: '2025-01-24' },
      ],
    },
    {
      lang: 'en',
      text: 'Resolution No. 18-NQ/TW dated October 25, 2017, Directive No. 45-CT/TW dated April 14, 2025, and Conclusion No. 121-KL/TW dated January 24, 2025',
      docs: [
        { key: '18-NQ/TW', kind: 'resolution', date: '2017-10-25' },
        { key: '45-CT/TW', kind: 'directive', date: '2025-04-14' },
        { key: '121-KL/TW', kind: 'conclusion', date: '2025-01-24' },
      ],
    },
    {
      lang: 'ru',
      text: 'постановления № 18-NQ/TW от 25 октября 2017 г., директивы № 45-CT/TW от 14.04.2025 и заключения № 121-KL/TW от 24 января 2025 г.',
      docs: [
        { key: '18-NQ/TW', kind: 'resolution', date: '2017-10-25' },
        { key: '45-CT/TW', kind: 'directive', date: '2025-04-14' },
        { key: '121-KL/TW', kind: 'conclusion', date: '2025-01-24' },
      ],
    },
    {
      lang: 'en',
      text: 'Resolution No. 18-NQ/TW and Conclusion No. 121-KL/TW dated January 24, 2025',
      docs: [
        { key: '18-NQ/TW', kind: 'resolution', date: undefined },
        { key: '121-KL/TW', kind: 'conclusion', date: '2025-01-24' },
      ],
    },
  ];
  it.each(cases.map((c) => [title(c), c] as const))('%s', (_t, c) => check(c));
});

describe('real-world mess', () => {
  const cases: [string, Case][] = [
    ['Cyrillic look-alikes in the type code: КЛ/TW', { lang: 'ru', text: 'Заключение № 148-КЛ/TW', docs: [{ key: '148-KL/TW', code: '148-KL/TW', kind: 'conclusion' }] }],
    ['Cyrillic look-alike in the issuer: KL/ТW (Т U+0422)', { lang: 'en', text: 'Conclusion No. 150-KL/\u0422W', docs: [{ key: '150-KL/TW', code: '150-KL/TW', issuer: 'Party Central Committee' }] }],
    ['Cyrillic transliteration in a state code: НД-CP', { lang: 'ru', text: 'Постановление правительства № 120/2025/НД-CP', docs: [{ key: '120/2025/ND-CP', kind: 'decree', issuer: 'Government' }] }],
    ['QD written for QĐ', { lang: 'en', text: 'Decision No. 204-QD/TW', docs: [{ key: '204-QD/TW', code: '204-QD/TW', typeCode: 'QĐ', kind: 'decision' }] }],
    ['QD and QĐ give one key', { lang: 'vi', text: 'Quy định 204-QD/TW và Quy định 204-QĐ/TW', docs: [{ key: '204-QD/TW' }, { key: '204-QD/TW' }] }],
    ['Ð (U+00D0) for Đ', { lang: 'vi', text: 'Nghị định số 120/2025/N\u00D0-CP', docs: [{ key: '120/2025/ND-CP', code: '120/2025/NĐ-CP', typeCode: 'NĐ', kind: 'decree' }] }],
    ['Ð in a party issuer: BCÐTW', { lang: 'en', text: 'Plan No. 02-KH/BC\u00D0TW', docs: [{ key: '02-KH/BCDTW', code: '02-KH/BCĐTW', issuer: 'Central Steering Committee' }] }],
    ['spaces around a hyphen: 60 - NQ/TW', { lang: 'en', text: 'Resolution No. 60 - NQ/TW', docs: [{ key: '60-NQ/TW', code: '60-NQ/TW', text: '60 - NQ/TW' }] }],
    ['an en dash with spaces: 60 – NQ/TW', { lang: 'vi', text: 'Nghị quyết số 60 – NQ/TW', docs: [{ key: '60-NQ/TW', code: '60-NQ/TW' }] }],
    ['an en dash without spaces: 60–NQ/TW', { lang: 'ru', text: 'Постановление № 60–NQ/TW', docs: [{ key: '60-NQ/TW' }] }],
    ['spaces around the slash: 60-NQ / TW', { lang: 'en', text: 'Resolution No. 60-NQ / TW', docs: [{ key: '60-NQ/TW' }] }],
    ['a party code split by a line break', { lang: 'en', text: 'Resolution No. 60-\nNQ/TW was issued', docs: [{ key: '60-NQ/TW', code: '60-NQ/TW', kind: 'resolution', kindFrom: 'word' }] }],
    ['a state code split by a line break', { lang: 'vi', text: 'Nghị định số 120/2025/\nNĐ-CP', docs: [{ key: '120/2025/ND-CP', kind: 'decree' }] }],
    ['lower-case code in running text', { lang: 'en', text: 'Resolution No. 60-nq/tw', docs: [{ key: '60-NQ/TW', code: '60-NQ/TW', kind: 'resolution' }] }],
  ];
  it.each(cases)('%s', (_t, c) => check(c));

  it('a lowercase slug in the source URL is reported, flagged, with a warning when the text never mentions it', () => {
    const text = 'Conclusion No. 177-KL/TW was discussed.\nSource: https://example.vn/ket-luan-so-178-kl-tw-ve-sap-xep-123.html';
    const r = docs(text, 'en');
    const slug = r.documents.filter((d) => d.fromSourceUrl);
    expect(slug.map((d) => [d.key, d.kind])).toEqual([['178-KL/TW', 'conclusion']]);
    expect(r.warnings.join('\n')).toMatch(/178-KL\/TW.*never mentions/);
    expect(r.documents.find((d) => !d.fromSourceUrl)?.key).toBe('177-KL/TW');
  });
  it('no warning when the slug names a document the text cites', () => {
    const r = docs('Nghị quyết số 60-NQ/TW.\nNguồn: https://example.vn/nghi-quyet-so-60-nq-tw-cua-bch.html', 'vi');
    expect(r.documents.filter((d) => d.fromSourceUrl).map((d) => d.key)).toEqual(['60-NQ/TW']);
    expect(r.warnings).toEqual([]);
  });
  it('a state-code slug: nghi-dinh-so-120-2025-nd-cp', () => {
    const r = docs('Text.\nSource: https://example.vn/nghi-dinh-so-120-2025-nd-cp-abc.htm', 'en');
    expect(r.documents.map((d) => [d.key, d.kind, d.fromSourceUrl])).toEqual([['120/2025/ND-CP', 'decree', true]]);
  });
});

describe('number-only references', () => {
  const cases: Case[] = [
    { lang: 'en', text: 'Project 06 of the Government', docs: [{ key: 'project:06', kind: 'project', number: '06', code: undefined, text: 'Project 06' }] },
    { lang: 'en', text: 'Project No. 06 on population data', docs: [{ key: 'project:06', kind: 'project' }] },
    { lang: 'vi', text: 'Đề án 06 của Chính phủ', docs: [{ key: 'project:06', kind: 'project' }] },
    { lang: 'vi', text: 'Đề án số 06', docs: [{ key: 'project:06' }] },
    { lang: 'ru', text: 'Проекта № 06 правительства', docs: [{ key: 'project:06', kind: 'project' }] },
    // a list of numbers after one kind word
    { lang: 'vi', text: 'thực hiện Chỉ thị 10, 12, 15, 16 và 16 tăng cường', docs: [{ key: 'directive:10' }, { key: 'directive:12', text: '12' }, { key: 'directive:15' }, { key: 'directive:16' }] },
    { lang: 'en', text: 'Projects 06, 08 and 11 of the Government', docs: [{ key: 'project:06' }, { key: 'project:08' }, { key: 'project:11' }] },
    { lang: 'vi', text: 'Đề án 06, 12 tỉnh đã triển khai', docs: [{ key: 'project:06' }] },
  ];
  it.each(cases.map((c) => [title(c), c] as const))('%s', (_t, c) => check(c));
});

describe('not documents', () => {
  const cases: [Lang, string][] = [
    ['en', 'The hotline 0203.3876.123 is open.'],
    ['en', 'Call +84 24 3823 4567 or 024-3823-4567.'],
    ['vi', 'Đường dây nóng: 0203.3876.123; 024 3823 4567.'],
    ['ru', 'Телефон горячей линии: 0203.3876.123.'],
    ['en', 'ahead of the 14th National Congress'],
    ['ru', 'накануне XIV съезда партии'],
    ['vi', 'Đại hội XIV của Đảng, khóa XIII'],
    ['en', 'The province has 06 projects and six programs.'],
    ['vi', 'Tỉnh có 06 đề án và 6 dự án.'],
    ['ru', 'В провинции 06 проектов.'],
    ['en', 'a reduction of 62.5% in 2025'],
    ['vi', 'giảm 62,5% trong năm 2025'],
    ['en', 'the 2025 Plan and the draft resolution'],
    ['en', 'Plan 2025 was approved'],
    ['vi', 'dự thảo nghị quyết, báo cáo và tờ trình'],
    ['ru', 'проект постановления и доклад'],
    ['en', 'on 14/4/2025 and 1/7'],
    ['en', 'room 12-B/3 of block 4'],
    ['vi', 'các mục tiêu năm 2025 và kế hoạch 5 năm giai đoạn 2021 - 2025'],
    ['en', 'a plan 10 years in the making'],
    ['ru', 'план на 10 лет'],
  ];
  it.each(cases)('%s: %s', (lang, text) => {
    expect(extractDocuments(text, { language: lang })).toEqual([]);
  });
});

describe('spans and records', () => {
  it('the record text is the code, or the kind word through the number when there is no code', () => {
    const text = 'Under Resolution No. 60-NQ/TW and Project No. 06, the province acted.';
    const d = extractDocuments(text, { language: 'en' });
    expect(d.map((x) => x.text)).toEqual(['60-NQ/TW', 'Project No. 06']);
  });
  it('repeated mentions are separate records with one key', () => {
    const d = extractDocuments('Conclusion 150-KL/TW ... Conclusion 150-KL/TW dated April 14, 2025', { language: 'en' });
    expect(d.map((x) => x.key)).toEqual(['150-KL/TW', '150-KL/TW']);
  });
  it('the year comes from the code, else from the date', () => {
    const d = extractDocuments('Decree No. 120/2025/NĐ-CP; Resolution No. 18-NQ/TW dated October 25, 2017; Resolution No. 60-NQ/TW', { language: 'en' });
    expect(d.map((x) => x.year)).toEqual([2025, 2017, undefined]);
  });
});

describe('dates of effect, document headers, metadata tables (real legal text)', () => {
  const cases: [string, Case][] = [
    ['a codification note: issue date before "của <issuer>, có hiệu lực", effective date after', { lang: 'vi', text: '(Điều 1 Nghị định số 30/2022/NĐ-CP quy định mô hình quản lý khu du lịch quốc gia ngày 19/05/2022 của Bộ Văn hóa, Thể thao và Du lịch, có hiệu lực thi hành kể từ ngày 01/08/2022)', docs: [{ key: '30/2022/ND-CP', date: '2022-05-19', effectiveDate: '2022-08-01' }] }],
    ['a note whose title cites another document with its own date', { lang: 'vi', text: '(Điều 1 Thông tư số 195/2019/TT-BQP Quy định chi tiết Nghị định số 18/2019/NĐ-CP ngày 01 tháng 02 năm 2019 của Chính phủ về quản lý (GMP). ngày 27/12/2019 của Bộ Quốc phòng, có hiệu lực thi hành kể từ ngày 10/02/2020)', docs: [{ key: '195/2019/TT-BQP', date: '2019-12-27', effectiveDate: '2020-02-10' }, { key: '18/2019/ND-CP', date: '2019-02-01', effectiveDate: undefined }] }],
    ['a date of effect is not a date of issue', { lang: 'vi', text: '(Điều 2 Thông tư liên tịch số 16/2013/TTLT-BYT-BNN&PTNT, có hiệu lực thi hành kể từ ngày 15/07/2013)', docs: [{ key: '16/2013/TTLT-BYT-BNN&PTNT', date: undefined, effectiveDate: '2013-07-15' }] }],
    ['en: takes effect from', { lang: 'en', text: 'Decree No. 120/2025/NĐ-CP takes effect from July 1, 2025.', docs: [{ key: '120/2025/ND-CP', date: undefined, effectiveDate: '2025-07-01' }] }],
    ['ru: вступает в силу с', { lang: 'ru', text: 'Постановление правительства № 120/2025/NĐ-CP вступает в силу с 1 июля 2025 года.', docs: [{ key: '120/2025/ND-CP', effectiveDate: '2025-07-01' }] }],
    ['a header: "Số: ..." then the place-and-date line', { lang: 'vi', text: 'Độc lập - Tự do - Hạnh phúc\n\nSố: 234/2026/NĐ-CP Hà Nội, ngày 26 tháng 6 năm 2026\n\nNGHỊ ĐỊNH', docs: [{ key: '234/2026/ND-CP', date: '2026-06-26' }] }],
    ['a header with the place-and-date line first', { lang: 'vi', text: 'Hà Nội, ngày 15 tháng 5 năm 2026\n\nSố: 174/2026/NĐ-CP\n\nNGHỊ ĐỊNH', docs: [{ key: '174/2026/ND-CP', date: '2026-05-15' }] }],
    ['a metadata table', { lang: 'vi', text: '| **Số hiệu** | 91/2026/NĐ-CP |\n| **Ngày ban hành** | 30/03/2026 |\n| **Ngày hiệu lực** | 15/05/2026 |', docs: [{ key: '91/2026/ND-CP', date: '2026-03-30', effectiveDate: '2026-05-15' }] }],
    ['"được Quốc hội thông qua ngày"', { lang: 'vi', text: 'Nghị quyết số 31/2026/QH16 được Quốc hội thông qua ngày 24/04/2026 tại Kỳ họp thứ Nhất.', docs: [{ key: '31/2026/QH16', date: '2026-04-24' }] }],
  ];
  it.each(cases)('%s', (_t, c) => check(c));
});

describe('Cyrillic "ТВ" after the slash is TW (issue 12)', () => {
  it.each<[string, string]>([
    ['Согласно Заключению № 205-КЛ/ТВ от 3 марта 2026 г. работа продолжится.', '205-KL/TW'],
    ['Директива № 35-CT/ТВ от 14 июня 2024 года.', '35-CT/TW'],
  ])('%s', (text, key) => {
    const docs = parseReport(text, { language: 'ru' }).documents;
    expect(docs.map((d) => d.key)).toEqual([key]);
    expect(text.slice(docs[0]!.span.start, docs[0]!.span.end)).toBe(docs[0]!.text);
  });
});

describe('number and year with no code, short forms beside the full code, one date per key (issue 12)', () => {
  const docs = (text: string, language: Lang) => {
    const r = parseReport(text, { language });
    for (const d of r.documents) expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
    return r.documents.map((d) => [d.key, d.year ?? null, d.date ?? null]);
  };
  it.each<[Lang, string, (string | number | null)[][]]>([
    ['vi', 'Quốc hội thông qua Nghị quyết số 147/2025 về việc sắp xếp.', [['resolution:147', 2025, null]]],
    ['en', 'Under Resolution 147/2025, the province was merged.', [['resolution:147', 2025, null]]],
    ['en', 'Decree 118/2025/ND-CP applies.', [['118/2025/ND-CP', 2025, null]]],
    [
      'en',
      'Resolution No. 57-NQ/TW dated December 22, 2024 set the goals. Resolution 57 also asks for funds.',
      [['57-NQ/TW', 2024, '2024-12-22'], ['57-NQ/TW', 2024, '2024-12-22']],
    ],
    ['en', 'Resolution 57 came first; Resolution No. 57-NQ/TW followed.', [['57-NQ/TW', null, null], ['57-NQ/TW', null, null]]],
    ['ru', 'Постановление № 57 выполняется. Постановление № 57-NQ/TW от 22 декабря 2024 года принято Политбюро.', [['57-NQ/TW', 2024, '2024-12-22'], ['57-NQ/TW', 2024, '2024-12-22']]],
    // two coded documents with one kind and number: the short form stays its own
    ['en', 'Plan 02-KH/TU and Plan 02-KH/BCDTW were issued; Plan 02 is the first.', [['02-KH/TU', null, null], ['02-KH/BCDTW', null, null], ['plan:02', null, null]]],
  ])('%s: %s', (language, text, want) => {
    expect(docs(text, language)).toEqual(want);
  });
});
