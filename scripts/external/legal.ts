/**
 * Document references on real Vietnamese legal text (vi-legal-docs): the 130 documents whose
 * metadata gives number and date of issue (silver gold), and the 1,600 codification source notes
 * (number, issue date, effective date, from a strict template parse). Signers ("Thủ tướng Phạm
 * Minh Chính") scored as people with posts.
 */
import { parseReport } from '../../src/index.js';
import { nameKey } from '../../src/common/name-keys.js';
import { readJsonl, type Row, type Section } from './common.js';

const fold = (s: string) => s.replace(/[ĐđÐ]/g, 'D').replace(/\s+/g, '').toUpperCase();
const KIND: Record<string, string> = {
  'Nghị định': 'decree',
  'nghi-dinh': 'decree',
  'Thông tư': 'circular',
  'Thông tư liên tịch': 'circular',
  'Nghị quyết': 'resolution',
  'nghi-quyet': 'resolution',
  'Nghị quyết liên tịch': 'resolution',
  'Quyết định': 'decision',
  Luật: 'law',
  'Bộ luật': 'law',
  'Chỉ thị': 'directive',
  'Pháp lệnh': 'other',
  'Lệnh': 'other',
};

interface Meta {
  id: string;
  doc_number: string;
  issue_date: string;
  doc_type: string | null;
  signer: string | null;
  signer_title: string | null;
  text: string;
  number_in_text: boolean;
  date_in_text: boolean;
}
/**
 * The notes' template parse cut a few numbers at a space inside the code ("11/2020/TT- BGTVT" →
 * "11/2020/TT-", "02 /2018/TTLT-..." → "02"): such a gold number is extended over the space to
 * the end of the code as written, and the repair is counted in the notes.
 */
const CUT = /^\d{1,5}[ \u00A0]?(?:\/\d{4})?\/[A-ZĐ][\p{L}&]*(?:[-\/][ \u00A0]?[A-ZĐ][\p{L}&0-9]*)*/u;
function repaired(text: string, num: { value: string; start: number; end: number }): string | undefined {
  if (!/[-\/]$|^\d+$/.test(num.value)) return undefined;
  const m = CUT.exec(text.slice(num.start));
  return m && m[0].length > num.value.length ? m[0] : undefined;
}

interface Note {
  text: string;
  form: 'full' | 'short';
  gold: {
    doc_type: string;
    doc_number: { value: string; start: number; end: number };
    issue_date?: { value: string };
    effective_date?: { value: string };
    title_mentions_other_documents?: boolean;
  };
}

const frac = (a: number, b: number) => (b ? a / b : undefined);

export function legal(): Section {
  const rows: Row[] = [];
  const notes: string[] = [];
  // 1. whole documents
  const meta = readJsonl<Meta>('vi-legal-docs/vi_legal_docs_metadata.jsonl');
  let n = 0;
  let found = 0;
  let kindN = 0;
  let kindOk = 0;
  let dateN = 0;
  let dateOk = 0;
  let signN = 0;
  let signOk = 0;
  let signRole = 0;
  for (const m of meta) {
    const r = parseReport(m.text, { language: 'vi' });
    if (m.number_in_text) {
      n++;
      const docs = r.documents.filter((d) => d.key === fold(m.doc_number));
      if (docs.length) found++;
      else notes.push(`legal: number not found: ${m.doc_number} (${m.id}); found ${r.documents.slice(0, 5).map((d) => d.key).join(', ')}`);
      const want = m.doc_type ? KIND[m.doc_type] : undefined;
      if (docs.length && want) {
        kindN++;
        if (docs.some((d) => d.kind === want)) kindOk++;
        else notes.push(`legal: kind of ${m.doc_number}: want ${want}, got ${docs.map((d) => d.kind).join('/')}`);
      }
      if (m.date_in_text) {
        dateN++;
        if (docs.some((d) => d.date === m.issue_date)) dateOk++;
        else notes.push(`legal: date of ${m.doc_number}: want ${m.issue_date}, got ${docs.map((d) => d.date ?? '—').join('/') || 'no document'}`);
      }
    }
    // signers given by name in the metadata and written in the text
    // a signer given as a name (2-4 capitalised syllables), not a post, and written in the text
    if (m.signer && /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3}$/u.test(m.signer) && m.text.includes(m.signer)) {
      signN++;
      const p = r.people.filter((x) => x.nameKey === nameKey(m.signer!));
      if (p.length) signOk++;
      else notes.push(`legal: signer not found: ${m.signer} (${m.id})`);
      if (p.some((x) => (x.allRoles ?? x.roles).length > 0)) signRole++;
    }
  }
  rows.push({ corpus: 'vi-legal-docs', measure: 'documents: own number found', n, ours: frac(found, n), bar: 0.98 });
  rows.push({ corpus: 'vi-legal-docs', measure: 'documents: kind right (found, typed)', n: kindN, ours: frac(kindOk, kindN) });
  rows.push({ corpus: 'vi-legal-docs', measure: 'documents: date of issue right (date in text)', n: dateN, ours: frac(dateOk, dateN), bar: 0.95 });
  rows.push({ corpus: 'vi-legal-docs', measure: 'signers found as people', n: signN, ours: frac(signOk, signN) });
  rows.push({ corpus: 'vi-legal-docs', measure: 'signers found with a post', n: signN, ours: frac(signRole, signN) });
  // 2. codification notes
  const src = readJsonl<Note>('vi-legal-docs/vi_phapdien_source_notes.jsonl');
  const c = { num: 0, numOk: 0, kindOk: 0, iss: 0, issOk: 0, eff: 0, effOk: 0 };
  const bad: Record<string, string[]> = { num: [], iss: [], eff: [] };
  const repairs: string[] = [];
  for (const x of src) {
    const r = parseReport(x.text, { language: 'vi', only: ['documents'] });
    const fix = repaired(x.text, x.gold.doc_number);
    if (fix) repairs.push(`${x.gold.doc_number.value} → ${fix}`);
    const key = fold(fix ?? x.gold.doc_number.value);
    const docs = r.documents.filter((d) => d.key === key);
    c.num++;
    if (docs.length) c.numOk++;
    else bad.num!.push(`${x.gold.doc_number.value} | ${x.text.slice(0, 120)}`);
    if (docs.some((d) => d.kind === (KIND[x.gold.doc_type] ?? 'other'))) c.kindOk++;
    if (x.gold.issue_date) {
      c.iss++;
      if (docs.some((d) => d.date === x.gold.issue_date!.value)) c.issOk++;
      else bad.iss!.push(`${x.gold.issue_date.value} got ${docs.map((d) => d.date ?? '—').join('/')} | ${x.text.slice(0, 160)}`);
    }
    if (x.gold.effective_date) {
      c.eff++;
      if (docs.some((d) => d.effectiveDate === x.gold.effective_date!.value)) c.effOk++;
      else bad.eff!.push(`${x.gold.effective_date.value} got ${docs.map((d) => d.effectiveDate ?? '—').join('/')} | ${x.text.slice(0, 160)}`);
    }
  }
  rows.push({ corpus: 'vi-legal-docs notes', measure: 'number', n: c.num, ours: frac(c.numOk, c.num), bar: 0.99 });
  rows.push({ corpus: 'vi-legal-docs notes', measure: 'kind', n: c.num, ours: frac(c.kindOk, c.num) });
  rows.push({ corpus: 'vi-legal-docs notes', measure: 'date of issue', n: c.iss, ours: frac(c.issOk, c.iss), bar: 0.99 });
  rows.push({ corpus: 'vi-legal-docs notes', measure: 'effective date', n: c.eff, ours: frac(c.effOk, c.eff), bar: 0.99 });
  if (repairs.length) notes.push(`legal notes: ${repairs.length} gold numbers cut at a space were extended: ${repairs.slice(0, 20).join('; ')}`);
  for (const [k, xs] of Object.entries(bad)) if (xs.length) notes.push(`legal notes ${k}: ${xs.length} wrong, e.g. ${xs.slice(0, 12).join(' ‖ ')}`);
  return { title: 'Document references (vi-legal-docs)', rows, notes };
}
