/**
 * Robustness on every text of every corpus under ../shared/corpora: parseReport with no options
 * and with the language forced to the corpus language must not throw, the whole report must pass
 * ReportSchema, every record (nested roles, allRoles, unitChanges' from/to/breakdown included)
 * must slice to its text, the source span to its url, and the top-level records must be sorted
 * by span.start (CONTRACT.md). The pipeline catches an extractor's throw and drops a record that
 * fails its schema, each with a warning: such warnings count as failures too. One row per corpus file: the share of texts with no problem.
 */
import { readdirSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseReport, ReportSchema, type Report } from '../../src/index.js';
import { CORPORA, readJsonl, type Row, type Section } from './common.js';

type Lang = 'en' | 'ru' | 'vi';
const LANGS = new Set<string>(['en', 'ru', 'vi']);
/** Language of a corpus whose lines carry no (usable) `lang` field. */
const FOLDER_LANG: Record<string, Lang> = {
  'factrueval2016-ru': 'ru',
  'natasha-tests-ru': 'ru',
  'vi-legal-docs': 'vi',
  'vi-news-text': 'vi',
};

interface Line {
  id?: string;
  lang?: string;
  text?: unknown;
}

function jsonlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = resolve(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsonlFiles(p));
    else if (name.endsWith('.jsonl')) out.push(p);
  }
  return out;
}

const head = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** Every problem of one report on `input`: slices, source, order. Schema is checked apart. */
export function spanProblems(input: string, r: Report): string[] {
  const out: string[] = [];
  const walk = (o: unknown, path: string) => {
    if (Array.isArray(o)) {
      o.forEach((x, i) => walk(x, `${path}[${i}]`));
      return;
    }
    if (!o || typeof o !== 'object') return;
    const rec = o as { text?: unknown; span?: { start?: unknown; end?: unknown } };
    if (rec.span && typeof rec.text === 'string') {
      const { start, end } = rec.span as { start: number; end: number };
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= input.length)) {
        out.push(`${path}: span ${start}..${end} out of bounds (length ${input.length})`);
      } else if (input.slice(start, end) !== rec.text) {
        out.push(`${path}: slice ${JSON.stringify(input.slice(start, end))} ≠ text ${JSON.stringify(rec.text)}`);
      }
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'span' && v && typeof v === 'object') walk(v, `${path}.${k}`);
  };
  for (const k of ['documents', 'dates', 'people', 'units', 'unitChanges'] as const) {
    walk(r[k], k);
    const xs = r[k] as { span: { start: number } }[];
    for (let i = 1; i < xs.length; i++) {
      if (xs[i]!.span.start < xs[i - 1]!.span.start) {
        out.push(`${k}[${i}]: not sorted by span.start (${xs[i]!.span.start} after ${xs[i - 1]!.span.start})`);
        break;
      }
    }
  }
  if (r.source) {
    const { start, end } = r.source.span;
    if (input.slice(start, end) !== r.source.url) out.push(`source: slice ${JSON.stringify(input.slice(start, end))} ≠ url ${JSON.stringify(r.source.url)}`);
  }
  return out;
}

/** Problems of one text under one set of options (empty when clean). */
function check(input: string, options: { language?: Lang } | undefined): string[] {
  const tag = options?.language ? `[language=${options.language}]` : '[auto]';
  let r: Report;
  try {
    r = options ? parseReport(input, options) : parseReport(input);
  } catch (e) {
    return [`${tag} threw ${(e as Error)?.name ?? 'error'}: ${(e as Error)?.message ?? String(e)}`];
  }
  const out: string[] = [];
  const parsed = ReportSchema.safeParse(r);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 3)) out.push(`schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  out.push(...spanProblems(input, r));
  // the pipeline's safety nets turn an extractor's throw or an invalid record into a warning:
  // both are failures here, not clean runs
  for (const w of r.warnings) if (/extractor failed|failed validation/.test(w)) out.push(`warning: ${w}`);
  if (options?.language && r.language.code !== options.language) out.push(`language forced to ${options.language} but report says ${r.language.code}`);
  return out.map((p) => `${tag} ${p}`);
}

export function robustness(): Section {
  const rows: Row[] = [];
  const notes: string[] = [];
  let forcedSkipped = 0;
  for (const file of jsonlFiles(CORPORA)) {
    const rel = relative(CORPORA, file);
    const folder = rel.split(/[\\/]/)[0]!;
    const lines = readJsonl<Line>(rel);
    let n = 0;
    let clean = 0;
    lines.forEach((line, i) => {
      if (typeof line.text !== 'string') return;
      n++;
      const lang = line.lang && LANGS.has(line.lang) ? (line.lang as Lang) : line.lang ? undefined : FOLDER_LANG[folder];
      const problems = check(line.text, undefined);
      // confusers (uk, be, fr, ...) have no corpus language among en/ru/vi to force
      if (lang) problems.push(...check(line.text, { language: lang }));
      else forcedSkipped++;
      if (!problems.length) clean++;
      else notes.push(`robustness ${rel}#${line.id ?? i + 1} ${head(line.text)}: ${problems.slice(0, 4).join('; ')}${problems.length > 4 ? ` (+${problems.length - 4} more)` : ''}`);
    });
    rows.push({ corpus: folder, measure: `${rel.slice(folder.length + 1)}: no throw, schema, slices, sorted`, n, ours: n ? clean / n : undefined, bar: 1 });
  }
  notes.push(`robustness: each text parsed twice (auto-detected, and language forced to the corpus language); ${forcedSkipped} texts in languages other than en/ru/vi (langid confusers) were parsed only with detection.`);
  return { title: 'Robustness (all corpora): no throw, every record passes its schema and slices to its text', rows, notes };
}
