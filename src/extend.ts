/**
 * createParser: the library with a caller's vocabulary added, the way chrono-node's parsers and
 * compromise's `extend` let users teach a tool their domain without forking it. Each language's
 * lexicons are copied with the entries added and the locale rebuilt from them
 * (src/locales/compose.ts); the built-in parser is untouched, and two parsers never share state.
 *
 * ```ts
 * const p = createParser({ lexicons: { vi: { issuers: { 'BCĐXYZ': 'Steering Committee XYZ' }, posts: ['Giám đốc Chuyển đổi số'] } } });
 * p.parseReport('Kế hoạch số 12/KH-BCĐXYZ ...', { language: 'vi' });
 * ```
 */
import { describe } from './describe.js';
import { DOCUMENT_KINDS, LANGUAGE_CODES, UNIT_KEYS, type LanguageCode, type RecordType } from './constants.js';
import type { DocumentKind, Report, UnitKey } from './schema.js';
import type { ParseOptions } from './types-public.js';
import { composeLocale } from './locales/compose.js';
import { LOCALES } from './locales/index.js';
import { readWith, type Locales } from './pipeline.js';

/** Entries to add to one language's vocabulary. Every list is optional. */
export interface LexiconAdditions {
  /**
   * Post titles, as written ("Chief Digital Transformation Officer", "Giám đốc Chuyển đổi số").
   * Russian titles are matched as written: give each case form you want found ("директора",
   * "директором").
   */
  posts?: readonly string[];
  /** Words naming a kind of document, in every form to be found: `{ charter: 'regulation' }`. */
  kindWords?: Readonly<Record<string, DocumentKind>>;
  /** Issuer codes as they appear in document codes, with the issuer's English name: `{ 'BCĐ57': 'Central Steering Committee 57' }`. */
  issuers?: Readonly<Record<string, string>>;
  /** Nouns of counted units, every written form in lower case: `[{ key: 'other', forms: ['economic zones'] }]`. */
  unitNouns?: readonly { key: UnitKey; forms: readonly string[] }[];
  /** Family names in Latin script, with or without diacritics (English and Vietnamese text): `['Khổng']`. */
  familyNames?: readonly string[];
}

export interface ParserConfig {
  /** Additions per language. */
  lexicons?: Partial<Record<LanguageCode, LexiconAdditions>>;
}

export interface Parser {
  parseReport(text: string, options?: ParseOptions): Report;
  extractDocuments(text: string, options?: ParseOptions): Report['documents'];
  extractDates(text: string, options?: ParseOptions): Report['dates'];
  extractPeople(text: string, options?: ParseOptions): Report['people'];
  extractUnits(text: string, options?: ParseOptions): Pick<Report, 'units' | 'unitChanges'>;
}

const FIELDS = ['posts', 'kindWords', 'issuers', 'unitNouns', 'familyNames'];

function bad(msg: string): never {
  throw new TypeError(`createParser: ${msg}`);
}

function strings(v: unknown, where: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) bad(`${where} must be an array of non-empty strings`);
  return (v as string[]).map((x) => x.normalize('NFC'));
}

function record(v: unknown, where: string, check: (x: unknown) => boolean, what: string): Record<string, string> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) bad(`${where} must be an object, got ${describe(v)}`);
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (!k.trim()) bad(`${where} has an empty key`);
    if (!check(x)) bad(`${where}.${k} must be ${what}, got ${JSON.stringify(x)}`);
    out[k.normalize('NFC')] = x as string;
  }
  return out;
}

/** The additions of one language, checked; a TypeError naming the field otherwise. */
function checkAdditions(lang: string, a: unknown): LexiconAdditions {
  const at = `lexicons.${lang}`;
  if (!a || typeof a !== 'object' || Array.isArray(a)) bad(`${at} must be an object, got ${describe(a)}`);
  const o = a as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!FIELDS.includes(k)) bad(`${at}.${k} is not a lexicon (known: ${FIELDS.join(', ')})`);
  const out: LexiconAdditions = {};
  if (o.posts !== undefined) out.posts = strings(o.posts, `${at}.posts`);
  if (o.familyNames !== undefined) {
    if (lang === 'ru') bad(`${at}.familyNames: added family names are read in Latin script only (English and Vietnamese text)`);
    out.familyNames = strings(o.familyNames, `${at}.familyNames`);
  }
  if (o.kindWords !== undefined) {
    out.kindWords = record(o.kindWords, `${at}.kindWords`, (x) => (DOCUMENT_KINDS as readonly unknown[]).includes(x), `one of ${DOCUMENT_KINDS.join(', ')}`) as Record<string, DocumentKind>;
  }
  if (o.issuers !== undefined) out.issuers = record(o.issuers, `${at}.issuers`, (x) => typeof x === 'string' && x.trim() !== '', 'a non-empty string');
  if (o.unitNouns !== undefined) {
    if (!Array.isArray(o.unitNouns)) bad(`${at}.unitNouns must be an array of { key, forms }`);
    out.unitNouns = (o.unitNouns as unknown[]).map((n, i) => {
      const e = n as { key?: unknown; forms?: unknown };
      if (!e || typeof e !== 'object' || !(UNIT_KEYS as readonly unknown[]).includes(e.key)) bad(`${at}.unitNouns[${i}].key must be one of ${UNIT_KEYS.join(', ')}`);
      return { key: e.key as UnitKey, forms: strings(e.forms, `${at}.unitNouns[${i}].forms`).map((f) => f.toLowerCase()) };
    });
  }
  return out;
}

/** Issuer codes under the spellings a code may take: as given, upper case, with Đ or D. */
function issuerSpellings(issuers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [code, name] of Object.entries(issuers)) {
    const up = code.toUpperCase();
    for (const k of [code, up, up.replace(/Đ/g, 'D')]) out[k] = name;
  }
  return out;
}

export function createParser(config: ParserConfig = {}): Parser {
  if (!config || typeof config !== 'object' || Array.isArray(config)) bad(`config must be an object, got ${describe(config)}`);
  for (const k of Object.keys(config)) if (k !== 'lexicons') bad(`config.${k} is not an option (known: lexicons)`);
  const lexicons = (config.lexicons ?? {}) as Record<string, unknown>;
  if (typeof lexicons !== 'object' || Array.isArray(lexicons)) bad(`config.lexicons must be an object, got ${describe(lexicons)}`);
  for (const k of Object.keys(lexicons)) if (!(LANGUAGE_CODES as readonly string[]).includes(k)) bad(`lexicons.${k}: not a language (known: ${LANGUAGE_CODES.join(', ')})`);
  const locales = { ...LOCALES } as Record<LanguageCode, Locales[LanguageCode]>;
  for (const lang of LANGUAGE_CODES) {
    if (lexicons[lang] === undefined) continue;
    const add = checkAdditions(lang, lexicons[lang]);
    const base = LOCALES[lang].parts;
    const { documents, units, people } = base.lexicons;
    const posts = new Set((add.posts ?? []).map((p) => p.toLowerCase()));
    const lemma = people.titleLemma;
    locales[lang] = composeLocale({
      ...base,
      lexicons: {
        documents: {
          ...documents,
          kindWords: { ...documents.kindWords, ...add.kindWords },
          issuers: { ...documents.issuers, ...(add.issuers ? issuerSpellings(add.issuers) : {}) },
        },
        units: { ...units, nouns: [...units.nouns, ...(add.unitNouns ?? [])] },
        people: {
          ...people,
          titles: [...people.titles, ...(add.posts ?? [])],
          // an added post is its own dictionary form
          ...(lemma && posts.size ? { titleLemma: (t: string) => (posts.has(t.toLowerCase()) ? t : lemma(t)) } : {}),
          familyNames: [...(people.familyNames ?? []), ...(add.familyNames ?? [])],
        },
      },
    });
  }
  const run = (fn: string, text: string, options: ParseOptions | undefined, only?: RecordType[]): Report => readWith(locales, fn, text, options, only);
  return {
    parseReport: (text, options) => run('parseReport', text, options),
    extractDocuments: (text, options) => run('extractDocuments', text, options, ['documents']).documents,
    extractDates: (text, options) => run('extractDates', text, options, ['dates']).dates,
    extractPeople: (text, options) => run('extractPeople', text, options, ['people']).people,
    extractUnits: (text, options) => {
      const r = run('extractUnits', text, options, ['units']);
      return { units: r.units, unitChanges: r.unitChanges };
    },
  };
}
