/**
 * Language identification on lingua's test data (langid-lingua): accuracy per language and kind
 * for en/ru/vi, and for the 15 confuser languages the share that comes out `und`. franc limited to
 * eng/rus/vie and franc unrestricted beside us.
 */
import { franc } from 'franc';
import { detectLanguage } from '../../src/index.js';
import { readJsonl, type Row, type Section } from './common.js';

interface Line {
  lang: string;
  kind: string;
  text: string;
}
const ISO3: Record<string, string> = { eng: 'en', rus: 'ru', vie: 'vi' };
const franc3 = (t: string) => ISO3[franc(t, { only: ['eng', 'rus', 'vie'] })] ?? 'und';
const francAll = (t: string) => ISO3[franc(t)] ?? 'und';

export function langid(): Section {
  const rows: Row[] = [];
  const notes: string[] = [];
  const main = readJsonl<Line>('langid-lingua/langid_en_ru_vi.jsonl');
  const BAR: Record<string, number | undefined> = { sentences: 0.995, 'word-pairs': 0.95 };
  for (const lang of ['en', 'ru', 'vi']) {
    for (const kind of ['sentences', 'word-pairs', 'single-words']) {
      const xs = main.filter((l) => l.lang === lang && l.kind === kind);
      let ours = 0;
      let f3 = 0;
      let fa = 0;
      const wrong: string[] = [];
      for (const x of xs) {
        const g = detectLanguage(x.text).code;
        if (g === lang) ours++;
        else if (kind !== 'single-words') wrong.push(`${g}: ${x.text}`);
        if (franc3(x.text) === lang) f3++;
        if (francAll(x.text) === lang) fa++;
      }
      const bar = BAR[kind];
      rows.push({
        corpus: 'langid-lingua',
        measure: `${lang} ${kind}`,
        n: xs.length,
        ours: ours / xs.length,
        peers: { 'franc (eng/rus/vie)': f3 / xs.length, franc: fa / xs.length },
        ...(bar !== undefined ? { bar } : {}),
      });
      if (wrong.length && kind === 'sentences') notes.push(`langid ${lang} ${kind}: ${wrong.length} wrong, e.g. ${wrong.slice(0, 8).join(' ‖ ')}`);
    }
  }
  const conf = readJsonl<Line>('langid-lingua/langid_confusers.jsonl');
  for (const lang of [...new Set(conf.map((l) => l.lang))]) {
    const xs = conf.filter((l) => l.lang === lang);
    let ours = 0;
    let fa = 0;
    const wrong: string[] = [];
    for (const x of xs) {
      const g = detectLanguage(x.text).code;
      if (g === 'und') ours++;
      else wrong.push(`${g}: ${x.text}`);
      if (francAll(x.text) === 'und') fa++;
    }
    // franc limited to three languages always picks one of them: it cannot say "none"
    rows.push({ corpus: 'langid-lingua', measure: `${lang} sentences → und`, n: xs.length, ours: ours / xs.length, peers: { 'franc (eng/rus/vie)': 0, franc: fa / xs.length }, bar: 0.95 });
    if (wrong.length) notes.push(`langid ${lang} → und: ${wrong.length} wrong, e.g. ${wrong.slice(0, 5).join(' ‖ ')}`);
  }
  return { title: 'Language (langid-lingua): accuracy', rows, notes };
}
