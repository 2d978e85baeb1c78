/**
 * npm run snapshot -- write FILE | compare A B
 *
 * The full-report comparison of issue 13: every report on the fixtures, the seeds and the shared
 * corpora (real-news, the Vietnamese news and legal texts, factRuEval, the date and language
 * test cases), one JSON line per text, so that a change meant to keep output identical can be
 * checked byte for byte. `compare` lists the texts whose report differs, with the first
 * differing record family.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');

function* texts(): Generator<{ id: string; text: string; lang?: 'en' | 'ru' | 'vi' }> {
  for (const lang of ['en', 'ru', 'vi'] as const) {
    for (const dir of [resolve(root, 'fixtures', lang), resolve(shared, 'corpora/real-news', lang)]) {
      let files: string[] = [];
      try {
        files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
      } catch {
        continue;
      }
      for (const f of files) yield { id: `${dir.replace(`${root}/`, '').replace(`${shared}/`, 'shared/')}/${f}`, text: readFileSync(resolve(dir, f), 'utf8') };
    }
  }
  try {
    for (const f of readdirSync(resolve(shared, 'seeds')).sort()) {
      if (/\.(?:txt|md)$/.test(f)) yield { id: `shared/seeds/${f}`, text: readFileSync(resolve(shared, 'seeds', f), 'utf8') };
    }
  } catch {
    // no seeds
  }
  const jsonl = [
    'vi-news-text/vi_news_underthesea_col_202108.jsonl',
    'vi-news-text/vi_news_underthesea_sample_articles.jsonl',
    'vi-legal-docs/vi_legal_docs_metadata.jsonl',
    'vi-legal-docs/vi_phapdien_source_notes.jsonl',
    'factrueval2016-ru/factrueval2016_ru.jsonl',
    'natasha-tests-ru/natasha_ru_dates_names.jsonl',
    'dates-dateparser/dateparser_en_ru_vi.jsonl',
    'dates-duckling/duckling_time_en_ru_vi.jsonl',
  ];
  for (const f of jsonl) {
    let lines: string[] = [];
    try {
      lines = readFileSync(resolve(shared, 'corpora', f), 'utf8').split('\n');
    } catch {
      continue;
    }
    let n = 0;
    for (const line of lines) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text?: string };
      if (typeof row.text === 'string') yield { id: `shared/corpora/${f}#${n}`, text: row.text };
      n++;
    }
  }
}

const [cmd, a, b] = process.argv.slice(2);
if (cmd === 'write' && a) {
  const out: string[] = [];
  let n = 0;
  for (const t of texts()) {
    out.push(JSON.stringify({ id: t.id, report: parseReport(t.text) }));
    n++;
  }
  writeFileSync(a, out.join('\n') + '\n');
  console.log(`wrote ${n} reports to ${a}`);
} else if (cmd === 'compare' && a && b) {
  const read = (p: string) => new Map(readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => {
    const r = JSON.parse(l) as { id: string; report: Record<string, unknown> };
    return [r.id, r.report] as const;
  }));
  const x = read(a);
  const y = read(b);
  let same = 0;
  const diff: string[] = [];
  for (const [id, rx] of x) {
    const ry = y.get(id);
    if (ry && JSON.stringify(rx) === JSON.stringify(ry)) {
      same++;
      continue;
    }
    const fams = ry ? Object.keys({ ...rx, ...ry }).filter((k) => JSON.stringify(rx[k]) !== JSON.stringify(ry[k])) : ['(missing)'];
    diff.push(`${id}: ${fams.join(', ')}`);
  }
  for (const id of y.keys()) if (!x.has(id)) diff.push(`${id}: (new)`);
  console.log(`${same} identical, ${diff.length} different`);
  for (const d of diff) console.log(`  ${d}`);
  process.exitCode = diff.length ? 1 : 0;
} else {
  console.error('usage: snapshot write FILE | snapshot compare A B');
  process.exitCode = 2;
}
