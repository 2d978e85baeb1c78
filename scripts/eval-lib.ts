/**
 * Scoring of a Report against a gold file, as ../shared/GOLD.md describes: sets of distinct facts,
 * micro-averaged precision / recall / F1 per record type and language.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Report } from '../src/index.js';

export interface Gold {
  id: string;
  language: 'en' | 'ru' | 'vi';
  referenceDate?: string;
  text?: string;
  documents: { key: string; kind?: string; date?: string }[];
  dates: { kind: string; value?: string; start?: string; end?: string }[];
  people: { nameKey: string; roles: string[] }[];
  units: { count: number; units: string[]; level?: string }[];
  unitChanges: { from: number; to: number; statedReductionPercent?: number; consistent?: boolean }[];
  sourceUrlDocuments?: { key: string; kind?: string }[];
}

export interface Fixture {
  id: string;
  path: string;
  text: string;
  gold: Gold;
}

export const TYPES = ['documents', 'dates', 'people', 'units', 'unitChanges'] as const;
export type ScoreType = (typeof TYPES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  counts: Record<ScoreType, Counts>;
  /** Attribute accuracy over matched facts: [right, total]. */
  attrs: Record<'documentKind' | 'documentDate' | 'roleRecall' | 'changeConsistent', [number, number]>;
  misses: Record<ScoreType, string[]>;
  extras: Record<ScoreType, string[]>;
  /** Attribute misses on matched facts, e.g. "60-NQ/TW kind: want resolution, got decision". */
  attrMisses: string[];
}

const dateKey = (d: { kind: string; value?: string; start?: string; end?: string }) =>
  d.value !== undefined ? `${d.kind}:${d.value}` : `${d.kind}:${d.start}..${d.end}`;
const unitKey = (u: { count: number; units: string[]; level?: string }) =>
  `${u.count}:${[...new Set(u.units)].sort().join('+')}:${u.level ?? ''}`;

function setScore(gold: Set<string>, pred: Set<string>): { c: Counts; misses: string[]; extras: string[] } {
  const misses = [...gold].filter((g) => !pred.has(g));
  const extras = [...pred].filter((p) => !gold.has(p));
  return { c: { tp: gold.size - misses.length, fp: extras.length, fn: misses.length }, misses, extras };
}

/** Words of a role for the half-the-words rule: lowercase, punctuation dropped. */
export function roleWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function roleFound(goldRole: string, predicted: string[]): boolean {
  const g = roleWords(goldRole);
  if (g.length === 0) return true;
  return predicted.some((p) => {
    const w = new Set(roleWords(p));
    return g.filter((x) => w.has(x)).length * 2 >= g.length;
  });
}

export function scoreArticle(gold: Gold, r: Report): ArticleScore {
  const counts = {} as ArticleScore['counts'];
  const misses = {} as ArticleScore['misses'];
  const extras = {} as ArticleScore['extras'];
  const put = (t: ScoreType, g: Set<string>, p: Set<string>) => {
    const s = setScore(g, p);
    counts[t] = s.c;
    misses[t] = s.misses;
    extras[t] = s.extras;
  };
  const docs = r.documents.filter((d) => !d.fromSourceUrl);
  put('documents', new Set(gold.documents.map((d) => d.key)), new Set(docs.map((d) => d.key)));
  put('dates', new Set(gold.dates.map(dateKey)), new Set(r.dates.map(dateKey)));
  put('people', new Set(gold.people.map((p) => p.nameKey)), new Set(r.people.map((p) => p.nameKey)));
  put('units', new Set(gold.units.map(unitKey)), new Set(r.units.map(unitKey)));
  put(
    'unitChanges',
    new Set(gold.unitChanges.map((c) => `${c.from}->${c.to}`)),
    new Set(r.unitChanges.map((c) => `${c.from.count}->${c.to.count}`)),
  );
  const attrs: ArticleScore['attrs'] = {
    documentKind: [0, 0],
    documentDate: [0, 0],
    roleRecall: [0, 0],
    changeConsistent: [0, 0],
  };
  const attrMisses: string[] = [];
  const got = (xs: unknown[]) => [...new Set(xs.map(String))].join('/');
  for (const g of gold.documents) {
    const mine = docs.filter((d) => d.key === g.key);
    if (!mine.length) continue;
    if (g.kind) {
      attrs.documentKind[1]++;
      if (mine.some((d) => d.kind === g.kind)) attrs.documentKind[0]++;
      else attrMisses.push(`${g.key} kind: want ${g.kind}, got ${got(mine.map((d) => d.kind))}`);
    }
    if (g.date) {
      attrs.documentDate[1]++;
      if (mine.some((d) => d.date === g.date)) attrs.documentDate[0]++;
      else attrMisses.push(`${g.key} date: want ${g.date}, got ${got(mine.map((d) => d.date))}`);
    }
  }
  for (const g of gold.people) {
    const roles = r.people
      .filter((p) => p.nameKey === g.nameKey)
      .flatMap((p) => p.roles.map((x) => [x.title, x.organization].filter(Boolean).join(' ')));
    for (const role of g.roles) {
      attrs.roleRecall[1]++;
      if (roleFound(role, roles)) attrs.roleRecall[0]++;
      else if (r.people.some((p) => p.nameKey === g.nameKey)) attrMisses.push(`${g.nameKey} role missed: ${role}`);
    }
  }
  for (const g of gold.unitChanges) {
    const mine = r.unitChanges.filter((c) => c.from.count === g.from && c.to.count === g.to);
    if (!mine.length || g.consistent === undefined) continue;
    attrs.changeConsistent[1]++;
    if (mine.some((c) => c.consistent === g.consistent)) attrs.changeConsistent[0]++;
    else attrMisses.push(`${g.from}->${g.to} consistent: want ${g.consistent}`);
  }
  return { counts, attrs, misses, extras, attrMisses };
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : c.fn ? 0 : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1 };
}

/** The project's fixtures and, when ../shared/seeds is present, the seeds' gold. */
export function loadFixtures(root: string): { fixtures: Fixture[]; skipped: string[] } {
  const fixtures: Fixture[] = [];
  const skipped: string[] = [];
  for (const lang of ['en', 'ru', 'vi']) {
    const dir = join(root, 'fixtures', lang);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
      const txt = join(dir, f.replace(/\.gold\.json$/, '.txt'));
      fixtures.push({ id: gold.id, path: txt, text: readFileSync(txt, 'utf8'), gold });
    }
  }
  const seeds = join(root, 'fixtures', 'seeds');
  const shared = resolve(root, '..', 'shared');
  if (existsSync(seeds)) {
    for (const f of readdirSync(seeds).filter((x) => x.endsWith('.gold.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(seeds, f), 'utf8')) as Gold;
      const txt = join(shared, gold.text ?? '');
      if (!gold.text || !existsSync(txt)) {
        skipped.push(`${gold.id}: ${txt} not found (../shared is absent)`);
        continue;
      }
      fixtures.push({ id: gold.id, path: txt, text: readFileSync(txt, 'utf8'), gold });
    }
  }
  return { fixtures, skipped };
}

/**
 * The real-text development set, `../shared/corpora/real-news/{en,ru,vi}/<id>.txt` with the gold
 * `<id>.json` beside it (published articles: read from there, never copied into the repository).
 * `missing` says why nothing was loaded when the directory is absent.
 */
export function loadRealNews(root: string): { fixtures: Fixture[]; missing?: string } {
  const dir = resolve(root, '..', 'shared', 'corpora', 'real-news');
  if (!existsSync(dir)) return { fixtures: [], missing: `${dir} not found (../shared is absent)` };
  const fixtures: Fixture[] = [];
  for (const lang of ['en', 'ru', 'vi']) {
    const ld = join(dir, lang);
    if (!existsSync(ld)) continue;
    for (const f of readdirSync(ld).filter((x) => x.endsWith('.json')).sort()) {
      const txt = join(ld, f.replace(/\.json$/, '.txt'));
      if (!existsSync(txt)) continue;
      const gold = JSON.parse(readFileSync(join(ld, f), 'utf8')) as Gold;
      fixtures.push({ id: gold.id, path: txt, text: readFileSync(txt, 'utf8'), gold });
    }
  }
  return { fixtures };
}

