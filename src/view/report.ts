/**
 * renderHtml(report, text): one self-contained HTML page (inline style, no script, no external
 * URL) with the text and every mention highlighted by type, a tooltip with its normalised fields,
 * a table per record type, the warnings and the language. A module of its own, so a bundle that
 * only parses does not carry it.
 */
import { describe } from '../describe.js';
import type { Report } from '../schema.js';
import { esc, markup, page, table, tip, warningsBox, type Mark } from './markup.js';

/** Options of `renderHtml`. */
export interface RenderHtmlOptions {
  /** The page's title and heading, e.g. the file name. Default: "newsreport". */
  title?: string;
}

type Fields = (readonly [string, string | undefined])[];
interface Rec {
  text: string;
  span: { start: number; end: number };
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Russian', vi: 'Vietnamese', und: 'undetermined' };
const TYPE_NAMES: Record<string, string> = {
  document: 'document',
  date: 'date',
  person: 'person',
  post: 'post',
  unit: 'unit count',
  change: 'restructuring',
  source: 'source',
};

const str = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));
const list = (v: unknown): string | undefined => (Array.isArray(v) && v.length ? v.join(', ') : undefined);
const count = (u: { count?: unknown; units?: unknown } | undefined): string | undefined =>
  u ? `${u.count} ${Array.isArray(u.units) ? u.units.join('+') : ''}` : undefined;

/* The normalised fields of each record type, in a fixed order: the tooltip shows those with a value, the table all. */
const docFields = (d: Report['documents'][number]): Fields => [
  ['key', d.key],
  ['kind', d.kind],
  ['code', d.code],
  ['issuer', d.issuer],
  ['date', d.date],
  ['effective', d.effectiveDate],
  ['year', str(d.year)],
  ['from', d.fromSourceUrl ? 'the Source URL only' : undefined],
];
const dateFields = (d: Report['dates'][number]): Fields => [
  ['kind', d.kind],
  ['value', d.value ?? (d.start !== undefined || d.end !== undefined ? `${d.start ?? '?'}..${d.end ?? '?'}` : undefined)],
  ['year inferred', d.yearInferred ? 'yes' : undefined],
];
const roleFields = (r: Report['people'][number]['roles'][number]): Fields => [
  ['title', r.title],
  ['organization', r.organization],
  ['position', r.position],
  ['body', r.body],
];
const personFields = (p: Report['people'][number]): Fields => [
  ['nameKey', p.nameKey],
  ['name', p.name],
  ['honorific', p.honorific],
  ['posts', list((p.roles ?? []).map((r) => [r.title, r.organization].filter(Boolean).join(', ')))],
  ['also read', list(p.nameKeyAlternatives)],
];
const unitFields = (u: Report['units'][number]): Fields => [
  ['count', str(u.count)],
  ['units', list(u.units)],
  ['level', u.level],
  ['noun', u.noun],
];
const changeFields = (c: Report['unitChanges'][number]): Fields => [
  ['from', count(c.from)],
  ['to', count(c.to)],
  ['breakdown', list((c.breakdown ?? []).map(count))],
  ['stated %', str(c.statedReductionPercent)],
  ['computed %', str(c.computedReductionPercent)],
  ['consistent', c.consistent === undefined ? undefined : c.consistent ? 'yes' : 'no'],
];

/** The page for one report and the text it was parsed from; see the README, "HTML view". */
export function renderHtml(report: Report, text: string, options?: RenderHtmlOptions): string {
  const title = checkArgs(report, text, options);
  const marks: Mark[] = [];
  const sections: string[] = [];
  const add = <T extends Rec>(type: string, heading: string, recs: readonly T[], fields: (r: T) => Fields, path: string, more?: (r: T, i: number) => void) => {
    const rows: string[][] = [];
    let head: string[] = ['mention'];
    recs.forEach((r, i) => {
      at(text, r, `${path}[${i}]`);
      const id = `${type}-${i}`;
      const f = fields(r);
      head = ['mention', ...f.map(([k]) => k)];
      marks.push({ start: r.span.start, end: r.span.end, type, id, tip: tip(TYPE_NAMES[type]!, f) });
      rows.push([r.span.end > r.span.start ? `<a href="#${id}">${esc(r.text)}</a>` : esc(r.text), ...f.map(([, v]) => (v === undefined ? '' : esc(v)))]);
      more?.(r, i);
    });
    // columns that no record fills are left out
    const keep = head.map((_, c) => c === 0 || rows.some((r) => r[c] !== ''));
    const cut = <X,>(xs: X[]) => xs.filter((_, c) => keep[c]);
    sections.push(
      `<section aria-labelledby="h-${type}"><h2 id="h-${type}">${heading} (${recs.length})</h2>${recs.length ? table(cut(head), rows.map(cut)) : '<p>None found.</p>'}</section>`,
    );
  };
  add('document', 'Documents', report.documents, docFields, 'report.documents');
  add('date', 'Dates', report.dates, dateFields, 'report.dates');
  add('person', 'People', report.people, personFields, 'report.people', (p, i) =>
    (p.roles ?? []).forEach((r, j) => {
      at(text, r, `report.people[${i}].roles[${j}]`);
      marks.push({ start: r.span.start, end: r.span.end, type: 'post', id: `post-${i}-${j}`, tip: tip('post', [...roleFields(r), ['of', p.nameKey]]) });
    }),
  );
  add('unit', 'Unit counts', report.units, unitFields, 'report.units');
  add('change', 'Restructurings', report.unitChanges, changeFields, 'report.unitChanges');
  const src = report.source;
  if (src) {
    // with input: 'html' the URL is decoded and its span covers it as written: only the bounds are checked
    at(text, { text: src.url, span: src.span }, 'report.source', false);
    marks.push({ start: src.span.start, end: src.span.end, type: 'source', id: 'source', tip: tip('source', [['host', src.host]]) });
  }

  const lang = report.language;
  const code = String(lang.code);
  const other = (report.otherLanguages ?? []).map((b) => `${esc(String(b.code))} at ${b.span.start}..${b.span.end}`).join(', ');
  const legend = Object.entries(TYPE_NAMES)
    .map(([t, name]) => `<span class="m t-${t}">${name}</span>`)
    .join(' ');
  const body =
    `<header><h1>${esc(title)}</h1><p>Language: <strong>${esc(LANGUAGE_NAMES[code] ?? code)} (${esc(code)})</strong>, confidence ${Number(lang.confidence).toFixed(2)}` +
    `${other ? `; paragraphs in other languages: ${other}` : ''}${src ? `; source: ${esc(src.url)}` : ''}</p>` +
    `<p class="legend">Highlighted: ${legend}. Hover over a mention or Tab to it for its fields.</p></header>` +
    `${warningsBox(report.warnings)}<div class="grid"><main><h2>Text</h2><div class="text"${code === 'und' ? '' : ` lang="${esc(code)}"`}>${markup(text, marks)}</div></main>` +
    `<aside class="side" aria-label="Records">${sections.join('')}</aside></div>`;
  return page(title, body);
}

/** Checks the arguments (a TypeError naming what is wrong) and returns the title. */
function checkArgs(report: unknown, text: unknown, options: unknown): string {
  if (typeof text !== 'string') fail(`text must be a string, got ${describe(text)}`);
  if (typeof report !== 'object' || report === null || Array.isArray(report)) fail(`report must be a Report (what parseReport returns), got ${describe(report)}`);
  const r = report as Record<string, unknown>;
  for (const k of ['documents', 'dates', 'people', 'units', 'unitChanges', 'warnings']) {
    if (!Array.isArray(r[k])) fail(`report.${k} must be an array, got ${describe(r[k])}: give a Report (what parseReport returns)`);
  }
  const lang = r.language as { code?: unknown } | undefined;
  if (typeof lang !== 'object' || lang === null || typeof lang.code !== 'string') fail('report.language must be { code, confidence }: give a Report (what parseReport returns)');
  if (options === undefined || options === null) return 'newsreport';
  if (typeof options !== 'object' || Array.isArray(options)) fail(`options must be an object, got ${describe(options)}`);
  const o = options as Record<string, unknown>;
  for (const k of Object.keys(o)) if (k !== 'title') fail(`invalid options: options.${k}: unknown option (known: title)`);
  if (o.title !== undefined && typeof o.title !== 'string') fail(`invalid options: options.title: expected a string, got ${describe(o.title)}`);
  return (o.title as string | undefined) ?? 'newsreport';
}

/** A record must lie in `text` where its span says, or the text is not the one the report was parsed from. */
function at(text: string, r: Rec, path: string, exact = true): void {
  const s = r?.span;
  const ok =
    s && Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length && (!exact || text.slice(s.start, s.end) === r.text);
  if (!ok) fail(`${path} is not at its span in text (${s?.start}..${s?.end} of ${text.length}): give the text the report was parsed from`);
}

function fail(msg: string): never {
  throw new TypeError(`renderHtml: ${msg}`);
}
