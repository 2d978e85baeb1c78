/**
 * Hostile inputs: one generator per super-linear path or crash found in issue 11, each a
 * sentence shape repeated to a requested size. `npm run bench` times each at 100 KB and 1 MB
 * (linear is a ratio of 10); tests/reliability.test.ts runs them small for their results.
 */
export interface Hostile {
  name: string;
  language: 'en' | 'ru' | 'vi';
  /** A text of about `bytes` UTF-8 bytes (never less than one unit). */
  make(bytes: number): string;
}

/** Repeats `unit(i)` until the text reaches `bytes` UTF-8 bytes. */
function fill(bytes: number, unit: (i: number) => string, head = '', tail = ''): string {
  const parts: string[] = [head];
  let n = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let i = 0; n < bytes || i === 0; i++) {
    const u = unit(i);
    parts.push(u);
    n += Buffer.byteLength(u);
  }
  parts.push(tail);
  return parts.join('');
}

export const HOSTILE: readonly Hostile[] = [
  {
    name: 'one person, a new post each mention (allRoles)',
    language: 'en',
    make: (b) => fill(b, (i) => `Chairman of the People's Committee of Commune ${i} Nguyen Van An spoke. `),
  },
  { name: 'Source URL of dots', language: 'en', make: (b) => fill(b, () => '.', 'Source: https://', 'x') },
  {
    name: 'a chain of references after one kind word (issuerBefore)',
    language: 'en',
    make: (b) => fill(b, (i) => `${i + 1}-NQ/TW, `, 'Resolution No. '),
  },
  {
    name: 'Source URL of many document slugs (linkSourceUrlDocuments)',
    language: 'vi',
    make: (b) => fill(b, (i) => `nghi-quyet-so-${i + 1}-nq-tw-`, 'Nguồn: https://x.vn/', 'x.html'),
  },
  {
    name: 'table rows of code and date (linkHeaderDates)',
    language: 'vi',
    make: (b) => fill(b, () => '| Số: 120/2025/NĐ-CP | 01/02/2025 |\n'),
  },
  {
    name: 'metadata tables one after another (linkHeaderDates)',
    language: 'vi',
    make: (b) => fill(b, (i) => `| Số hiệu | ${i + 1}/2025/NĐ-CP |\n| Ngày ban hành | 01/02/2025 |\n`),
  },
  {
    name: 'many codes, one date at the end (linkDocumentDates)',
    language: 'vi',
    make: (b) => fill(b, (i) => `Nghị định số ${i + 1}/2025/NĐ-CP. `, '', 'ngày 1/1/2025'),
  },
  { name: 'years joined by and (coordinatedYearRule)', language: 'en', make: (b) => fill(b, () => 'in 2024 and 2025, ') },
  {
    name: 'numbers sharing one code (kinds.findLast)',
    language: 'en',
    make: (b) => fill(b, (i) => `Resolution No. ${i + 1}, ${i + 2}-NQ/TW `),
  },
  {
    name: 'highland names after a post (highlandNames)',
    language: 'vi',
    make: (b) => fill(b, () => 'Chủ tịch Y Khoa Mlô '),
  },
  {
    name: 'foreign officials after Mr. (people scan)',
    language: 'en',
    make: (b) => fill(b, () => 'Mr. Phonesavanh Keomanivong met the delegation. '),
  },
  {
    name: 'one Russian person repeated (people scan)',
    language: 'ru',
    make: (b) => fill(b, () => 'Генеральный секретарь То Лам встретился. '),
  },
  { name: 'Russian number words and units', language: 'ru', make: (b) => fill(b, () => 'двадцать три коммуны ') },
  { name: 'Vietnamese unit counts', language: 'vi', make: (b) => fill(b, () => '1 xã ') },
  { name: 'numeric dates', language: 'en', make: (b) => fill(b, () => '1/1/2025 ') },
];
