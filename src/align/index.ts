/**
 * alignReports: the same story in several reports (languages, outlets), fact by fact.
 *
 * 1. Facts per report (facts.ts), each with a language-neutral key.
 * 2. Groups by key; people also by a known transcription ambiguity or another reading of a
 *    Russian transcription (confidence 0.8).
 * 3. Equivalent renderings join without a difference: a date without its year and its dated
 *    twin; a month and the one day of it the other reports give (confidence 0.7, noted).
 * 4. Facts still missing from some reports are paired by context with a fact of the same kind
 *    that only the other reports have (a document of the same kind and issuer, a date of the same
 *    kind close by, a term with the same start or end, a count of the same unit): one conflict,
 *    not two gaps (confidence 0.6).
 * 5. Differences: a field whose values differ, a changed key of a paired fact, a fact some
 *    reports lack; most serious first. Similarity: the mean, over pairs of reports, of the
 *    facts they share over the facts either has; a pair that shares little is warned about.
 */
import { describe } from '../describe.js';
import type { Report, Span } from '../schema.js';
import { factsOf, type AlignType, type Fact } from './facts.js';
import { looseNameKey } from './names.js';
import { AlignOptionsSchema, type AlignGroup, type Alignment, type AlignMember, type AlignOptions, type Difference } from './schema.js';

const FAMILIES = ['documents', 'people', 'dates', 'units'] as const;

interface Group {
  type: AlignType;
  members: (Fact | null)[];
  confidence: number;
  note?: string;
  /** Joined by context with a changed key: the keys differ by design. */
  paired?: boolean;
  /** Joined as an equivalent rendering: the keys differ, but that is not a difference. */
  equivalent?: boolean;
}

const TYPE_ORDER: readonly AlignType[] = ['document', 'person', 'unitChange', 'unit', 'date'];
const SEVERITY: Record<Difference['severity'], number> = { high: 0, medium: 1, low: 2 };

function checkReports(reports: unknown): asserts reports is readonly Report[] {
  if (!Array.isArray(reports)) throw new TypeError(`alignReports: reports must be an array of Report, got ${describe(reports)}`);
  // every slot, holes included ([, r] has a hole at 0): a hole or a non-report is the caller's error
  for (let i = 0; i < reports.length; i++) {
    const r: unknown = reports[i];
    const bad = !r || typeof r !== 'object' ? describe(r) : FAMILIES.find((f) => !Array.isArray((r as Record<string, unknown>)[f]));
    if (bad !== undefined) {
      throw new TypeError(
        `alignReports: reports[${i}] is not a Report (${!r || typeof r !== 'object' ? `got ${bad}` : `its ${bad} is not an array`})`,
      );
    }
  }
}

function checkAlignOptions(options: unknown, n: number): { labels?: readonly string[] | undefined } {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`alignReports: options must be an object, got ${describe(options)}`);
  const r = AlignOptionsSchema.safeParse(options);
  if (!r.success) throw new TypeError(`alignReports: invalid options: ${r.error.issues.map((i) => `options.${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (r.data.labels && r.data.labels.length !== n) {
    throw new TypeError(`alignReports: options.labels has ${r.data.labels.length} labels for ${n} reports`);
  }
  return r.data;
}

/**
 * Lines up the facts of several versions of one story (an article and its renderings in other
 * languages, or two outlets' reports) and says where they differ. Synchronous. Throws a TypeError
 * when `reports` is not an array of Reports or an option is invalid.
 * @example
 * const a = alignReports([parseReport(vi), parseReport(en)], { labels: ['vi', 'en'] });
 * a.differences[0]; // { type: 'document', field: 'date', key: '150-KL/TW', values: [...], severity: 'high', spans: [...] }
 */
export function alignReports(reports: readonly Report[], options?: AlignOptions): Alignment {
  checkReports(reports);
  const { labels } = checkAlignOptions(options, reports.length);
  const n = reports.length;
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  reports.forEach((r, i) => {
    for (const f of factsOf(r)) {
      const id = `${f.type}\u0000${f.key}`;
      let g = byKey.get(id);
      if (!g) {
        g = { type: f.type, members: Array.from({ length: n }, () => null), confidence: 1 };
        byKey.set(id, g);
        groups.push(g);
      }
      g.members[i] = f;
    }
  });
  const warnings: string[] = [];
  let live = groups;
  live = joinPeople(live, warnings);
  live = joinSameCounts(live, warnings);
  live = joinEquivalentDates(live);
  live = pairByContext(live, n, warnings);
  const differences = live.flatMap((g) => differencesOf(g, n));
  differences.sort(
    (a, b) =>
      SEVERITY[a.severity] - SEVERITY[b.severity] ||
      TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
      a.field.localeCompare(b.field) ||
      a.key.localeCompare(b.key),
  );
  const { similarity, warnings: storyWarnings } = similarityOf(live, n, labels);
  warnings.push(...storyWarnings);
  return {
    reports: reports.map((r, i) => ({ language: r.language?.code ?? 'und', ...(labels ? { label: labels[i]! } : {}) })),
    similarity,
    groups: live.sort(byTypeThenPlace).map((g) => publicGroup(g)),
    differences,
    warnings,
  };
}

/** Documents, people, restructurings, counts, dates; within a type, in the order of the first report that has them. */
function byTypeThenPlace(a: Group, b: Group): number {
  const t = TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type);
  if (t) return t;
  const ia = a.members.findIndex((m) => m);
  const ib = b.members.findIndex((m) => m);
  return ia - ib || a.members[ia]!.span.start - b.members[ib]!.span.start;
}

const present = (g: Group) => g.members.map((m) => m !== null);
const disjoint = (a: Group, b: Group) => a.members.every((m, i) => m === null || b.members[i] === null);
const partial = (g: Group) => g.members.some((m) => m === null);

/** Moves b's members into a and returns a. */
function merge(a: Group, b: Group, confidence: number, note: string, how: 'paired' | 'equivalent' | 'same'): Group {
  b.members.forEach((m, i) => {
    if (m) a.members[i] = m;
  });
  a.confidence = Math.min(a.confidence, b.confidence, confidence);
  a.note = a.note ? `${a.note}; ${note}` : note;
  if (how === 'paired') a.paired = true;
  if (how === 'equivalent') a.equivalent = true;
  return a;
}

/**
 * Groups that may be one fact, bucketed by a cheap key, so that joining compares only within a
 * bucket: alignment stays near-linear in the number of facts. A bucket with more than
 * `BUCKET_LIMIT` candidates (thousands of unmatched facts of one kind) is left unjoined, with a
 * warning: pairing there would be guesswork and quadratic.
 */
const BUCKET_LIMIT = 60;

function buckets(groups: readonly Group[], keys: (g: Group) => readonly string[]): Map<string, Group[]> {
  const out = new Map<string, Group[]>();
  for (const g of groups) {
    for (const k of new Set(keys(g))) {
      const list = out.get(k);
      if (list) list.push(g);
      else out.set(k, [g]);
    }
  }
  return out;
}

/** Joins, within each bucket, every two disjoint groups that `accept` takes (first come, first joined). */
function joinWithin(
  bucketed: Map<string, Group[]>,
  gone: Set<Group>,
  warnings: string[],
  what: string,
  accept: (a: Group, b: Group) => { confidence: number; note: string; how: 'paired' | 'equivalent' | 'same' } | undefined,
): void {
  for (const list of bucketed.values()) {
    if (list.length > BUCKET_LIMIT) {
      warnings.push(`alignment: ${list.length} ${what} could be one another's; left unjoined (over ${BUCKET_LIMIT})`);
      continue;
    }
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      if (gone.has(a)) continue;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j]!;
        if (gone.has(b) || !disjoint(a, b)) continue;
        const ok = accept(a, b);
        if (!ok) continue;
        merge(a, b, ok.confidence, ok.note, ok.how);
        gone.add(b);
      }
    }
  }
}

const firstOf = (g: Group) => g.members.find((m) => m)!;

/** People under different keys that a transcription ambiguity or another reading makes one. */
function joinPeople(groups: Group[], warnings: string[]): Group[] {
  const gone = new Set<Group>();
  const people = groups.filter((g) => g.type === 'person');
  const keys = (g: Group) => g.members.filter((m) => m).flatMap((m) => [m!.key, ...m!.alternatives]);
  // by every key and reading: another reading of a Russian transcription
  joinWithin(
    buckets(people, (g) => keys(g)),
    gone,
    warnings,
    'people with one reading',
    () => ({ confidence: 0.8, note: 'another reading of a Russian transcription', how: 'same' }),
  );
  // by the loose key: a known transcription variant
  joinWithin(
    buckets(
      people.filter((g) => !gone.has(g)),
      (g) => [looseNameKey(firstOf(g).key)],
    ),
    gone,
    warnings,
    'people with one loose name key',
    () => ({ confidence: 0.8, note: 'a known transcription variant', how: 'same' }),
  );
  return groups.filter((g) => !gone.has(g));
}

/**
 * Restructurings with the same source and target counts whose units were read differently in
 * one language ("720 agencies" and "720 cơ quan chuyên môn"): one fact.
 */
function joinSameCounts(groups: Group[], warnings: string[]): Group[] {
  const gone = new Set<Group>();
  const changes = groups.filter((g) => g.type === 'unitChange' && partial(g));
  const count = (f: Fact) => f.key.slice(0, f.key.indexOf(':'));
  joinWithin(
    buckets(changes, (g) => [`${count(firstOf(g))}>${firstOf(g).values.target}`]),
    gone,
    warnings,
    'restructurings with the same counts',
    () => ({ confidence: 0.7, note: 'the same counts, the units read differently', how: 'same' }),
  );
  return groups.filter((g) => !gone.has(g));
}

/** A date without its year and its dated twin; a month and the one day of it the others give. */
function joinEquivalentDates(groups: Group[]): Group[] {
  const gone = new Set<Group>();
  const dates = groups.filter((g) => g.type === 'date');
  const kind = (g: Group) => firstOf(g).kind;
  const key = (g: Group) => firstOf(g).key;
  const daysByMonthDay = buckets(
    dates.filter((d) => kind(d) === 'day'),
    (d) => [key(d).slice(5)],
  );
  for (const y of dates.filter((g) => kind(g) === 'yearless')) {
    const twins = (daysByMonthDay.get(key(y).slice(2)) ?? []).filter((d) => !gone.has(d) && disjoint(d, y));
    if (twins.length !== 1) continue;
    merge(twins[0]!, y, 0.7, 'a date without its year and the dated one', 'equivalent');
    gone.add(y);
  }
  const daysByMonth = buckets(
    dates.filter((d) => kind(d) === 'day'),
    (d) => [key(d).slice(0, 7)],
  );
  for (const m of dates.filter((g) => kind(g) === 'month' && partial(g) && !gone.has(g))) {
    const days = (daysByMonth.get(key(m)) ?? []).filter((d) => !gone.has(d) && partial(d) && disjoint(d, m));
    // only when nothing closer exists: one day of that month among the reports that lack the month
    if (days.length !== 1) continue;
    merge(days[0]!, m, 0.7, 'a month in one report, a day of it in another', 'equivalent');
    gone.add(m);
  }
  return groups.filter((g) => !gone.has(g));
}

/**
 * How well two partial groups of one type fit as one fact with a changed value (higher is
 * better), or undefined. Called only within a `pairBucket`, which has already matched the
 * document kind, the date kind (day, month or span, never a document's date), the unit (never
 * one a restructuring reads) and a restructuring's unit and target: what is left is checked here.
 */
function fit(a: Group, b: Group): number | undefined {
  const fa = firstOf(a);
  const fb = firstOf(b);
  switch (a.type) {
    case 'document': {
      const ia = fa.values.issuer;
      const ib = fb.values.issuer;
      if (ia !== undefined && ib !== undefined && ia !== ib) return undefined;
      return ia !== undefined && ia === ib ? 2 : 1;
    }
    case 'date': {
      if (fa.day === undefined || fb.day === undefined) return undefined;
      if (fa.kind === 'span') {
        // a term with the same start or end; else one of the same length (2021-2026 and 2026-2031)
        const [sa, ea] = fa.key.split('..').map((x) => Number(x.slice(0, 4)));
        const [sb, eb] = fb.key.split('..').map((x) => Number(x.slice(0, 4)));
        if (sa === sb || ea === eb) return 1;
        return ea! - sa! === eb! - sb! ? 0.5 : undefined;
      }
      const gap = Math.abs(fa.day - fb.day);
      return gap <= 62 ? 1 - gap / 100 : undefined;
    }
    case 'unit':
    case 'unitChange':
      return 1;
    default:
      return undefined;
  }
}

/** The bucket a partial group is paired within: groups of one bucket may be one fact (see `fit`). */
function pairBucket(g: Group): string | undefined {
  const f = firstOf(g);
  switch (g.type) {
    case 'document':
      return `${f.values.kind}`;
    case 'date':
      return f.ofDocument || !['day', 'month', 'span'].includes(f.kind) ? undefined : f.kind;
    case 'unit':
      return f.inChange ? undefined : f.unit;
    case 'unitChange':
      return `${f.unit}>${f.values.target}`;
    default:
      return undefined;
  }
}

/** Facts some reports lack, paired with a fact of the same kind only the others have. */
function pairByContext(groups: Group[], n: number, warnings: string[]): Group[] {
  if (n < 2) return groups;
  const gone = new Set<Group>();
  for (const type of TYPE_ORDER) {
    const open = groups.filter((g) => g.type === type && partial(g) && pairBucket(g) !== undefined);
    for (const [bucket, list] of buckets(open, (g) => [pairBucket(g)!])) {
      if (list.length > BUCKET_LIMIT) {
        warnings.push(`alignment: ${list.length} unmatched ${type} facts (${bucket}) are too many to pair by context; each is reported missing where it is`);
        continue;
      }
      const pairs: { a: Group; b: Group; score: number }[] = [];
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          if (!disjoint(a, b)) continue;
          const score = fit(a, b);
          if (score !== undefined) pairs.push({ a, b, score });
        }
      }
      // best fits first
      pairs.sort((x, y) => y.score - x.score);
      const into = new Map<Group, Group>();
      const root = (g: Group): Group => {
        let r = g;
        while (into.has(r)) r = into.get(r)!;
        return r;
      };
      for (const { a, b } of pairs) {
        const ra = root(a);
        const rb = root(b);
        if (ra === rb || !disjoint(ra, rb)) continue;
        merge(ra, rb, 0.6, 'paired by context: the value differs', 'paired');
        into.set(rb, ra);
        gone.add(rb);
      }
    }
  }
  return groups.filter((g) => !gone.has(g));
}

/**
 * Kinds that one word renders in translation: Russian "постановление" stands for both a decree
 * (nghị định) and a resolution (nghị quyết), so these two are not a difference.
 */
const KIND_RENDERINGS: Record<string, string> = { decree: 'resolution' };

const FIELD_SEVERITY: Record<string, Difference['severity']> = {
  date: 'high',
  effectiveDate: 'high',
  count: 'high',
  target: 'high',
  value: 'high',
  position: 'high',
  kind: 'medium',
  issuer: 'medium',
  body: 'medium',
  percent: 'medium',
  breakdown: 'medium',
  mentions: 'low',
};

function differencesOf(g: Group, n: number): Difference[] {
  const out: Difference[] = [];
  const key = mainKey(g);
  const spans = g.members.map((m) => (m ? m.spans.map((s) => ({ ...s })) : null));
  const first = g.members.find((m) => m)!;
  // a part, source or target of a restructuring is compared through the restructuring, a
  // document's date through the document
  if (g.type === 'unit' && g.members.some((m) => m?.inChange)) return out;
  if (g.type === 'date' && g.members.some((m) => m?.ofDocument)) return out;
  if (g.paired) {
    const field = g.type === 'unit' ? 'count' : 'value';
    // a date without its year stands for its dated twin in the group ("8 апреля" beside 2025-04-08)
    const dated = (k: string) => (k.startsWith('--') ? (g.members.find((o) => o && o.key.endsWith(k.slice(1)) && !o.key.startsWith('--'))?.key ?? k) : k);
    const values = g.members.map((m) => (m ? (g.type === 'unit' ? (m.values.count ?? null) : dated(m.key)) : null));
    out.push({ type: g.type, field, key, values, severity: 'high', spans });
  }
  const fields = new Set(g.members.flatMap((m) => (m ? Object.keys(m.values) : [])));
  for (const field of fields) {
    if (g.paired && field === 'count') continue;
    const values = g.members.map((m) => m?.values[field] ?? null);
    const distinct = new Set(values.filter((v) => v !== null).map((v) => (field === 'kind' ? (KIND_RENDERINGS[v] ?? v) : v)));
    if (distinct.size > 1) out.push({ type: g.type, field: field as Difference['field'], key, values, severity: FIELD_SEVERITY[field] ?? 'low', spans });
  }
  if (g.type === 'person') out.push(...postDifferences(g, key, spans));
  if (n > 1 && partial(g) && reportsMissing(g, first)) {
    out.push({
      type: g.type,
      field: 'present',
      key,
      values: g.members.map((m) => (m ? m.key : null)),
      severity: g.type === 'document' || g.type === 'person' || g.type === 'unitChange' ? 'medium' : 'low',
      spans,
    });
  }
  return out;
}

/**
 * A person's posts across versions. Posts are compared body by body: where two versions give a
 * post in the same body, a different position is a difference ("Standing Deputy Secretary" and
 * "Deputy Secretary" of the Provincial Party Committee); where they give the same position in
 * bodies the other version never names, a different body is one (Chairman of the People's
 * Committee and of the People's Council). A post one version lacks is not a difference: posts are
 * often left out in translation.
 */
function postDifferences(g: Group, key: string, spans: Difference['spans']): Difference[] {
  const out: Difference[] = [];
  const roles = g.members.map((m) => m?.roles ?? []);
  const bodies = new Set(roles.flat().flatMap((r) => (r.body ? [r.body] : [])));
  for (const body of bodies) {
    const values = roles.map((rs) => rs.find((r) => r.body === body)?.position ?? null);
    if (new Set(values.filter((v) => v !== null)).size > 1) out.push({ type: 'person', field: 'position', key, values, severity: 'high', spans });
  }
  // posts without a known body: compared only when every version gives at most one such post
  const bare = roles.map((rs) => rs.filter((r) => !r.body));
  if (bare.every((rs) => rs.length <= 1)) {
    const values = bare.map((rs) => rs[0]?.position ?? null);
    if (new Set(values.filter((v) => v !== null)).size > 1) out.push({ type: 'person', field: 'position', key, values, severity: 'high', spans });
  }
  // one position in bodies that share nothing between two versions
  const positions = new Set(roles.flat().map((r) => r.position));
  for (const position of positions) {
    const sets = roles.map((rs) => new Set(rs.flatMap((r) => (r.position === position && r.body ? [r.body] : []))));
    const apart = sets.some((a, i) => a.size > 0 && sets.some((b, j) => j !== i && b.size > 0 && ![...a].some((x) => b.has(x))));
    if (!apart) continue;
    out.push({ type: 'person', field: 'body', key, values: sets.map((x) => [...x][0] ?? null), severity: 'medium', spans });
  }
  return out;
}

/** Whether a fact missing from some reports is worth saying: not a bare year, not a month or year. */
function reportsMissing(g: Group, first: Fact): boolean {
  if (g.type !== 'date') return true;
  return first.kind === 'day' || first.kind === 'span';
}

/**
 * The key most members use (the first report's on a tie); a unit key names the generic
 * "administrative-unit" only when no member is more specific.
 */
function mainKey(g: Group): string {
  const count = new Map<string, number>();
  const generic = (k: string) => (g.type === 'unit' || g.type === 'unitChange') && k.endsWith(':administrative-unit');
  const specific = g.members.some((m) => m && !generic(m.key));
  for (const m of g.members) if (m && !(specific && generic(m.key))) count.set(m.key, (count.get(m.key) ?? 0) + 1);
  let best = '';
  let most = 0;
  for (const m of g.members) {
    if (!m || !count.has(m.key)) continue;
    const c = count.get(m.key)!;
    if (c > most) {
      best = m.key;
      most = c;
    }
  }
  return best;
}

function publicGroup(g: Group): AlignGroup {
  const members: (AlignMember | null)[] = g.members.map((m) =>
    m ? { key: m.key, text: m.text, span: { ...m.span }, spans: m.spans.map((s: Span) => ({ ...s })), forms: [...m.forms], mentions: m.spans.length, values: { ...m.values } } : null,
  );
  const conflicts: AlignGroup['conflicts'] = [];
  const fields = new Set(g.members.flatMap((m) => (m ? Object.keys(m.values) : [])));
  for (const field of fields) {
    const values = g.members.map((m) => (m?.values[field] === undefined ? null : String(m.values[field])));
    if (new Set(values.filter((v) => v !== null)).size > 1) conflicts.push({ field, values });
  }
  return {
    type: g.type,
    key: mainKey(g),
    members,
    confidence: g.confidence,
    ...(g.note ? { note: g.note } : {}),
    ...(g.paired ? { pairedByContext: true } : {}),
    present: present(g),
    conflicts,
  };
}

/** Mean over pairs of reports of shared facts over the facts either has; a warning for a pair that shares little. */
function similarityOf(groups: Group[], n: number, labels: readonly string[] | undefined): { similarity: number; warnings: string[] } {
  const warnings: string[] = [];
  if (n < 2) return { similarity: 1, warnings };
  // bare years and months say little about whether two texts tell one story
  const telling = groups.filter((g) => g.type !== 'date' || ['day', 'span'].includes(g.members.find((m) => m)!.kind));
  let sum = 0;
  let pairs = 0;
  const name = (i: number) => (labels ? `${labels[i]} (report ${i})` : `report ${i}`);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let both = 0;
      let either = 0;
      for (const g of telling) {
        const a = g.members[i] !== null;
        const b = g.members[j] !== null;
        if (a && b) both++;
        if (a || b) either++;
      }
      const s = either ? both / either : 1;
      sum += s;
      pairs++;
      if (either >= 4 && s < 0.3) {
        warnings.push(
          `${name(i)} and ${name(j)} share ${both} of the ${either} facts either has (${Math.round(s * 100)}%): they look like different stories, and their differences mean little`,
        );
      }
    }
  }
  return { similarity: Math.round((sum / pairs) * 1000) / 1000, warnings };
}
