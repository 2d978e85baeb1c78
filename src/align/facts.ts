/**
 * The facts of one report that alignment compares, each with a language-neutral key, the fields
 * compared across versions (normalised: ISO dates, numbers, neutral ids) and every span:
 * documents by key; dates by value (a term and a period with the same years share a key); people
 * by nameKey, a short form ("товарищ Тхань", "ông Thanh") folded into the one full name of the
 * report it ends; unit counts by count and unit (commune-level units however worded);
 * restructurings by their source.
 */
import type { Report, Span, UnitCount } from '../schema.js';
import type { AlignType } from '../types-public.js';

export type { AlignType };

export interface Fact {
  type: AlignType;
  key: string;
  /** Other keys the fact may go by (a Russian transcription read another way). */
  alternatives: string[];
  text: string;
  span: Span;
  spans: Span[];
  /** The distinct ways the report writes the fact ("Нгуен Ван Тхань", "товарищ Тхань"). */
  forms: string[];
  values: Record<string, string | number>;
  /** Dates: day, month, year, yearless (--mm-dd) or span (period/term); else the type. */
  kind: string;
  /** Dates: days since 1970 (first day of a month or year; the start of a span). */
  day?: number;
  /** Unit counts that a restructuring reads (its source, target or a part): compared through it. */
  inChange?: boolean;
  /** Unit facts: the unit key without the count. */
  unit?: string;
  /** Dates: a document's date of issue or entry into force, compared on the document. */
  ofDocument?: boolean;
  /** People: every post with a neutral position, with its body when known, in text order. */
  roles?: { position: string; body?: string }[];
}

/** The unit a count is of: its level when it has one, commune for "communes and wards" and the like. */
export function unitKeyOf(u: Pick<UnitCount, 'units' | 'level'>): string {
  if (u.level) return u.level;
  const s = new Set(u.units);
  if (s.has('commune') && (s.has('ward') || s.has('township'))) return 'commune';
  if (s.has('province') && s.has('city')) return 'province';
  if (s.size === 1) return u.units[0]!;
  return [...s].sort().join('+');
}

const DAY_MS = 86_400_000;
function dayNumber(iso: string): number | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) / DAY_MS;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Adds a mention to the fact under `key`, or starts it. */
function add(map: Map<string, Fact>, f: Omit<Fact, 'spans' | 'forms'>, values: Record<string, string | number | undefined>): void {
  let fact = map.get(f.key);
  if (!fact) {
    fact = { ...f, spans: [], forms: [], values: {} };
    map.set(f.key, fact);
  }
  fact.spans.push(f.span);
  if (fact.forms.length < 10 && !fact.forms.includes(f.text)) fact.forms.push(f.text);
  for (const [k, v] of Object.entries(values)) if (v !== undefined && fact.values[k] === undefined) fact.values[k] = v;
  for (const a of f.alternatives) if (!fact.alternatives.includes(a)) fact.alternatives.push(a);
}

export function factsOf(r: Report): Fact[] {
  const docs = new Map<string, Fact>();
  const docDates = new Set<string>();
  for (const d of r.documents) {
    // a reference found only in the Source URL is not in the text: nothing to compare
    if (d.fromSourceUrl) continue;
    add(
      docs,
      { type: 'document', key: d.key, alternatives: [], text: d.text, span: d.span, values: {}, kind: 'document' },
      // only an issuer the text names: one code always implies the same one
      { kind: d.kind, issuer: d.issuer && d.issuerFrom === 'text' ? slug(d.issuer) : undefined, date: d.date, effectiveDate: d.effectiveDate },
    );
    if (d.date) docDates.add(d.date);
    if (d.effectiveDate) docDates.add(d.effectiveDate);
  }

  const dates = new Map<string, Fact>();
  for (const d of r.dates) {
    const span = d.kind === 'period' || d.kind === 'term';
    const key = span ? `${d.start ?? ''}..${d.end ?? ''}` : (d.value ?? '');
    if (!key || key === '..') continue;
    const kind = span ? 'span' : key.startsWith('--') ? 'yearless' : d.kind === 'date' ? 'day' : d.kind;
    add(dates, { type: 'date', key, alternatives: [], text: d.text, span: d.span, values: {}, kind, day: dayNumber(span ? (d.start ?? '') : key) }, {});
    // a document's date of issue or entry into force is compared on the document
    if (!span && docDates.has(key)) dates.get(key)!.ofDocument = true;
  }

  const people = new Map<string, Fact>();
  for (const p of r.people) {
    add(
      people,
      { type: 'person', key: p.nameKey, alternatives: [...(p.nameKeyAlternatives ?? [])], text: p.text, span: p.span, values: {}, kind: 'person' },
      {},
    );
    const f = people.get(p.nameKey)!;
    for (const role of [...(p.allRoles ?? []), ...p.roles] as { position?: string; body?: string }[]) {
      if (!role.position) continue;
      f.roles ??= [];
      if (!f.roles.some((x) => x.position === role.position && x.body === role.body)) f.roles.push({ position: role.position, ...(role.body ? { body: role.body } : {}) });
    }
  }
  foldShortForms(people);

  const changeSpans = new Set<string>();
  const spanId = (s: Span) => `${s.start}:${s.end}`;
  const changes = new Map<string, Fact>();
  for (const c of r.unitChanges) {
    for (const u of [c.from, c.to, ...(c.breakdown ?? [])]) changeSpans.add(spanId(u.span));
    const unit = unitKeyOf(c.from);
    add(
      changes,
      { type: 'unitChange', key: `${c.from.count}:${unit}`, alternatives: [], text: c.text, span: c.span, values: {}, kind: 'unitChange', unit },
      {
        target: c.to.count,
        percent: c.statedReductionPercent,
        breakdown: c.breakdown?.length ? c.breakdown.map((p) => `${p.count}:${unitKeyOf(p)}`).join('+') : undefined,
      },
    );
  }
  const units = new Map<string, Fact>();
  for (const u of r.units) {
    const unit = unitKeyOf(u);
    add(units, { type: 'unit', key: `${u.count}:${unit}`, alternatives: [], text: u.text, span: u.span, values: {}, kind: 'unit', unit }, { count: u.count });
    if (changeSpans.has(spanId(u.span))) units.get(`${u.count}:${unit}`)!.inChange = true;
  }
  return [...docs.values(), ...dates.values(), ...people.values(), ...units.values(), ...changes.values()];
}

/**
 * "товарищ Тхань" after "Нгуен Ван Тхань": a one-word name that ends exactly one full name of the
 * report is that person (its mentions join the full name's).
 */
function foldShortForms(people: Map<string, Fact>): void {
  const byLast = new Map<string, Fact[]>();
  for (const f of people.values()) {
    const words = f.key.split(' ');
    if (words.length < 2) continue;
    const last = words[words.length - 1]!;
    byLast.set(last, [...(byLast.get(last) ?? []), f]);
  }
  for (const [key, f] of [...people]) {
    if (key.includes(' ')) continue;
    const full = byLast.get(key);
    if (full?.length !== 1) continue;
    const target = full[0]!;
    target.spans.push(...f.spans);
    for (const r of f.roles ?? []) if (!target.roles?.some((x) => x.position === r.position && x.body === r.body)) (target.roles ??= []).push(r);
    for (const x of f.forms) if (target.forms.length < 10 && !target.forms.includes(x)) target.forms.push(x);
    for (const [k, v] of Object.entries(f.values)) if (target.values[k] === undefined) target.values[k] = v;
    people.delete(key);
  }
}
