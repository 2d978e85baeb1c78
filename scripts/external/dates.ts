/**
 * Dates on Duckling's and dateparser's test cases (dates-duckling, dates-dateparser), chrono-node
 * (its en, ru and vi casual parsers, mapped as scripts/peers/chrono.ts explains) beside us on the
 * same cases; and the numerals of dates-duckling fed to the unit-count parser.
 *
 * Both systems get the case's language and its reference day (the first 10 characters of the
 * reference; Duckling: 2013-02-12 for en and ru, 2017-02-02 for vi, 2013-02-15 in the en
 * diffCorpus; dateparser parse: 2012-11-13; dateparser search: 2000-01-01, or none when the test
 * sets none, where chrono falls back to its default day).
 *
 * IN SCOPE (the headline, issue 7's bar of 95%): a Duckling case whose expected value or interval
 * has grain day, month or year, and whose text is written absolutely, i.e. it
 *   - names a month (a month name or abbreviation in the language, "tháng 3"/"tháng ba", or a
 *     numeric day/month such as 15.02, 7/3, 2014-10) or a 4-digit year (1600-2099),
 *   - contains no relative or deictic word (today, next, last, ago, this, week, month, year…;
 *     сегодня, следующий, прошлый, через, назад, этот…; hôm nay, tới, sau, trước, ngoái, vừa,
 *     qua, tiếp theo, này, tuần…), so a weekday or "the 15th" alone is relative,
 *   - is no holiday (Duckling marks them), no computed day (nth weekday of, last day of,
 *     early/mid/late/beginning/end of a month or year, "for 10 days from", the closest Monday
 *     to, "ngày đầu tiên của"), no era (BC/AD), not latent (Duckling's bare "1974", "May", only
 *     returned on request) and, in the en default (US) locale, no month-first numeric date
 *     ("2/15", "10/31/1974": news about Vietnam writes day first; scored on its own line).
 * The in-scope cases are split by whether the text states the year: a 4-digit year, an
 * apostrophe year ('74), a numeric day.month.year (31.10.74, 3/3/17) or a day, month name and
 * two-digit year (31-Oct-74, 14th April 15). Only those are the headline, scored on the exact
 * value. Year-less absolute forms ("February 15", "13 - 15 июля", "7/3") are scored separately
 * on day and month only: Duckling picks the next future instance (even the next year whose
 * July 18 is a Friday), newsreport takes referenceDate's year.
 *
 * A case is right when some returned mention has the expected value at the expected grain: day →
 * kind `date` yyyy-mm-dd, month → `month` yyyy-mm, year → `year` yyyy. An interval is right when
 * a `period` or `term` has both ends at that grain, or two mentions of that grain give both ends;
 * Duckling's `to` is exclusive, so it is turned into the inclusive last day, month or year.
 * A quarter of a stated year ("4th quarter 2018", "quý 4 năm 2018") is a period of months.
 * Relative, time-of-day, holiday and computed cases are reported as coverage only (does the
 * system return any date at all); where a time of day stands beside a written date ("Fri, Jul 18,
 * 2014 07:00 PM", "7:30 chiều ngày 20/4/2017") the day is also scored, informatively. Negative
 * cases: right when no date is returned.
 *
 * dateparser: the parse task on texts that name a month or a year (time of day beside a date is
 * kept: dateparser's period is day, the date part is compared exactly, year-less ones included
 * since dateparser too takes the reference's year); the search task per expected absolute date:
 * a mention with that value (a period end counts) and a mention overlapping its span. The
 * relative task (bare durations read as "ago") and language detection are not scored here.
 *
 * Numerals: each integer 1..999999 of duckling_numeral (words or digits, as Duckling writes
 * them) followed by a unit noun ("<text> communes", "<text> xã", "<text> уезд/уезда/уездов")
 * goes to extractUnits; right when the first count equals the value. No bar: it measures how
 * well number words feed the unit-count parser.
 */
import { extractDates, extractUnits } from '../../src/index.js';
import { chronoDates, type ChronoLang } from '../peers/chrono.js';
import { readJsonl, type Row, type Section } from './common.js';

type Lang = ChronoLang;
const LANGS: Lang[] = ['en', 'ru', 'vi'];
type Grain = 'day' | 'month' | 'year';

interface M {
  kind: string;
  value?: string;
  start?: string;
  end?: string;
  span: { start: number; end: number };
}

interface TimeCase {
  lang: Lang;
  locale: string;
  text: string;
  expected: {
    type: 'value' | 'interval' | 'open_interval';
    value?: string;
    from?: string;
    to?: string;
    grain: string;
    holiday?: string;
    direction?: string;
  } | null;
  reference: string;
  section: string;
  latent?: boolean;
  negative?: boolean;
}
interface NumCase {
  lang: Lang;
  text: string;
  expected: { type: 'numeral'; value: number };
}
interface DpCase {
  lang: Lang;
  task: string;
  text: string;
  expected: string | { text: string; value: string }[] | null;
  reference: string | null;
  line: number;
}

// ---------------------------------------------------------------------------------------------
// classification of the text

const L = '\\p{L}';
/** a word not glued to letters on either side (\b does not know Cyrillic or Vietnamese) */
const w = (alts: string, flags = 'iu') => new RegExp(`(?<!${L})(?:${alts})(?!${L})`, flags);
/** a word start, for Russian stems */
const ws = (alts: string) => new RegExp(`(?<!${L})(?:${alts})`, 'iu');

const MONTH: Record<Lang, RegExp> = {
  en: /(?<![a-z])(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)(?![a-z])/i,
  ru: ws('январ|янв|феврал|фев|март|мар\\.|апрел|апр|ма[йяюе](?!\\p{L})|июн|июл|август|авг|сентябр|сен|октябр|окт|ноябр|ноя|декабр|дек'),
  vi: w('tháng\\s+(?:\\d{1,2}|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\\s+(?:một|hai))?|giêng|chạp)'),
};
/** a numeric day and month, or year and month: 15.02, 7/3, 2 - 15, 2014-10, 2014/10, 2/2013 */
const NUMERIC_DM = /(?<!\d)\d{1,4}\s*[./-]\s*\d{1,4}(?!\d)/;
const YEAR4 = /(?<!\d)(?:1[6-9]|20)\d\d(?!\d)/;

const RELATIVE: Record<Lang, RegExp> = {
  en: w(
    'today|tonight|now|tomorrows?|yesterday|next|last|this|these|past|previous|current|coming|following|upcoming|ago|hence|' +
      'weeks?|weekends?|seasons?|summer|winter|spring|autumn|fall|eom|bom|eoy|boy|months?|years?|yrs?|days?|rest|time',
  ),
  ru: ws(
    'сегодня|вчера|позавчера|позапозавчера|завтра|послезавтра|послепослезавтра|след|прошл|позапрошл|эт(?:от|а|о|у|ой|ом|им)(?!\\p{L})|' +
      'назад|через|последн|ближайш|конц|начал|недел|месяц|лет[оа](?!\\p{L})|весн|зим[аы]|осен',
  ),
  vi: w('hôm|nay|mai|bữa|qua|kia|tới|sau|trước|ngoái|vừa|tiếp|kế|này|tuần|mùa|hiện tại|rồi'),
};
/** a day computed from the calendar, with an explicit month or year as its anchor */
const COMPUTED: Record<Lang, RegExp> = {
  en: /\b(early|mid|late|beginning|end|closest|ides|for \d+ days)\b|\b(first|second|third|fourth|fifth|last|\d+(st|nd|rd|th))\s+(\w+\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|day|week)\s+(of|in|after)\b/i,
  ru: ws('начал|конц|первый понедельник'),
  vi: w('đầu tiên|cuối|giữa'),
};
const ERA = /\b(b\.?c\.?|a\.?d\.?)(?![a-z])/i;
/** a month-first numeric date in Duckling's en default (US) locale */
const US_NUMERIC = /^\s*(on\s+)?\d{1,2}\s*[./-]\s*\d{1,2}(\s*[./-]\s*\d{2,4})?\s*$/;

/** a numeric date that can only be month-first: 4/25, 10/31/1974 */
function monthFirst(text: string): boolean {
  const m = /(?<![\d./-])(\d{1,2})\s*[./-]\s*(\d{1,2})(?!\d)/.exec(text);
  return !!m && Number(m[1]) <= 12 && Number(m[2]) > 12 && Number(m[2]) <= 31;
}

/** the text states the year: a 4-digit year, '74, 31.10.74, 3/3/17, 31-Oct-74, 14th April 15 */
function statesYear(text: string, lang: Lang): boolean {
  if (YEAR4.test(text)) return true;
  if (/['’]\d\d(?!\d)/.test(text)) return true;
  if (/(?<!\d)\d{1,4}\s*([./-])\s*\d{1,2}\s*\1\s*\d{2,4}(?!\d)/.test(text)) return true;
  if (lang === 'vi') return false;
  // day, month name, two-digit year: 31-Oct-74, 14th April 15, 2 Декабрь 95
  for (const m of text.matchAll(/(?<!\d)\d{1,2}(?:st|nd|rd|th)?[ -](\p{L}{3,})\.?[ -]\d{2}(?!\d)(?!\s*[-–])/gu)) {
    if (MONTH[lang].test(m[1]!)) return true;
  }
  return false;
}
const absoluteAnchor = (text: string, lang: Lang) => MONTH[lang].test(text) || NUMERIC_DM.test(text) || YEAR4.test(text);

type Cat =
  | 'negative'
  | 'holiday'
  | 'time'
  | 'relative'
  | 'computed'
  | 'quarter'
  | 'latent'
  | 'us-numeric'
  | 'with-year'
  | 'year-less';

function classify(c: TimeCase): Cat {
  const e = c.expected;
  if (c.negative || !e) return 'negative';
  if (e.holiday) return 'holiday';
  if (['hour', 'minute', 'second'].includes(e.grain)) return 'time';
  if (c.latent) return 'latent';
  const t = c.text;
  if (e.grain === 'quarter') return YEAR4.test(t) && e.type === 'value' && !RELATIVE[c.lang].test(t) ? 'quarter' : 'relative';
  if (e.type === 'open_interval' || ERA.test(t)) return 'computed';
  if (c.section === 'defaultCorpus' && US_NUMERIC.test(t)) return 'us-numeric';
  if (COMPUTED[c.lang].test(t) && absoluteAnchor(t, c.lang)) return 'computed';
  if (e.grain === 'week') return 'relative';
  if (RELATIVE[c.lang].test(t) || !absoluteAnchor(t, c.lang)) return 'relative';
  return statesYear(t, c.lang) ? 'with-year' : 'year-less';
}

// ---------------------------------------------------------------------------------------------
// expected values and matching

const KIND: Record<Grain, string> = { day: 'date', month: 'month', year: 'year' };
const LEN: Record<Grain, number> = { day: 10, month: 7, year: 4 };
const at = (iso: string, g: Grain) => (iso.startsWith('-') ? `-${iso.slice(1, 1 + LEN[g])}` : iso.slice(0, LEN[g]));

/** the inclusive last day/month/year before Duckling's exclusive `to` */
function before(iso: string, g: Grain): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  if (g === 'day') t.setUTCDate(t.getUTCDate() - 1);
  else if (g === 'month') t.setUTCMonth(t.getUTCMonth() - 1);
  else t.setUTCFullYear(t.getUTCFullYear() - 1);
  return at(t.toISOString(), g);
}
function addMonths(ym: string, n: number): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const t = new Date(Date.UTC(y, m - 1 + n, 1));
  return t.toISOString().slice(0, 7);
}

interface Want {
  grain: Grain;
  value?: string;
  start?: string;
  end?: string;
  /** only day and month are compared (year-less texts) */
  noYear?: boolean;
}
const dropYear = (v: string) => (v.startsWith('--') ? v.slice(2) : v.replace(/^-?\d{4}-?/, ''));

function matches(ms: M[], want: Want): boolean {
  const norm = (v: string | undefined) => (v === undefined ? undefined : want.noYear ? dropYear(v) : v);
  const kind = KIND[want.grain];
  const len = (v: string | undefined) => (v === undefined ? -1 : v.startsWith('--') ? v.length + 3 : v.length); // --mm-dd is a day
  const ok = (v: string | undefined, target: string) => len(v) === LEN[want.grain] && norm(v) === norm(target);
  if (want.value !== undefined) return ms.some((m) => m.kind === kind && ok(m.value, want.value!));
  const s = want.start!;
  const e = want.end!;
  if (ms.some((m) => (m.kind === 'period' || m.kind === 'term') && ok(m.start, s) && ok(m.end, e))) return true;
  return ms.some((m) => m.kind === kind && ok(m.value, s)) && ms.some((m) => m.kind === kind && ok(m.value, e));
}

function wantOf(c: TimeCase, cat: Cat): Want | undefined {
  const e = c.expected;
  if (!e) return undefined;
  if (cat === 'quarter') {
    const s = e.value!.slice(0, 7);
    return { grain: 'month', start: s, end: addMonths(s, 2) };
  }
  if (!['day', 'month', 'year'].includes(e.grain)) return undefined;
  const g = e.grain as Grain;
  const noYear = cat === 'year-less';
  if (e.type === 'value') return { grain: g, value: at(e.value!, g), noYear };
  if (e.type === 'interval') return { grain: g, start: at(e.from!, g), end: before(e.to!, g), noYear };
  return undefined;
}

const show = (ms: M[]) =>
  ms.length ? ms.map((m) => (m.value !== undefined ? `${m.kind}:${m.value}` : `${m.kind}:${m.start}..${m.end}`)).join(', ') : 'nothing';
const showWant = (x: Want) =>
  `${KIND[x.grain]}${x.value !== undefined ? `:${x.value}` : ` ${x.start}..${x.end}`}${x.noYear ? ' (day/month)' : ''}`;

function ours(text: string, lang: Lang, ref: string | undefined): M[] {
  return extractDates(text, { language: lang, ...(ref ? { referenceDate: ref } : {}) });
}
function peer(text: string, lang: Lang, ref: string | undefined): M[] {
  return chronoDates(text, lang, ref);
}

const MAX_NOTES = 30;
function note(notes: string[], title: string, fails: string[]) {
  if (!fails.length) return;
  notes.push(`${title}: ${fails.length} failing${fails.length > MAX_NOTES ? ` (first ${MAX_NOTES})` : ''}: ${fails.slice(0, MAX_NOTES).join(' ‖ ')}`);
}

// ---------------------------------------------------------------------------------------------

export function dates(): Section {
  const rows: Row[] = [];
  const notes: string[] = [];
  const CH = 'chrono-node';
  const ratio = (k: number, n: number) => (n ? k / n : undefined);

  // --- Duckling time ---------------------------------------------------------------------------
  const cases = readJsonl<TimeCase>('dates-duckling/duckling_time_en_ru_vi.jsonl');
  const byCat = new Map<string, { c: TimeCase; ours: M[]; chrono: M[] }[]>();
  for (const c of cases) {
    const ref = c.reference.slice(0, 10);
    const k = `${c.lang}:${classify(c)}`;
    if (!byCat.has(k)) byCat.set(k, []);
    byCat.get(k)!.push({ c, ours: ours(c.text, c.lang, ref), chrono: peer(c.text, c.lang, ref) });
  }
  const get = (lang: Lang, cat: Cat) => byCat.get(`${lang}:${cat}`) ?? [];

  const scored: { cat: Cat; measure: string; bar?: number }[] = [
    { cat: 'with-year', measure: 'in scope, year written: exact value', bar: 0.95 },
    { cat: 'year-less', measure: 'in scope, no year written: day and month right' },
    { cat: 'quarter', measure: 'quarter of a written year: period of months' },
    { cat: 'us-numeric', measure: 'month-first numeric (US locale): exact value' },
  ];
  for (const lang of LANGS) {
    for (const s of scored) {
      const xs = get(lang, s.cat);
      if (!xs.length) continue;
      let o = 0;
      let p = 0;
      const fails: string[] = [];
      let capitalised = 0;
      for (const x of xs) {
        const want = wantOf(x.c, s.cat)!;
        if (matches(x.ours, want)) o++;
        else {
          fails.push(`"${x.c.text}" → ${showWant(want)}; got ${show(x.ours)}`);
          // diagnosis: would it pass with the month names capitalised, as news writes them?
          if (lang === 'en') {
            const cap = x.c.text.replace(new RegExp(MONTH.en.source, 'gi'), (m) => m[0]!.toUpperCase() + m.slice(1));
            if (cap !== x.c.text && matches(ours(cap, lang, x.c.reference.slice(0, 10)), want)) capitalised++;
          }
        }
        if (matches(x.chrono, want)) p++;
      }
      rows.push({ corpus: 'dates-duckling', measure: `${lang} ${s.measure}`, n: xs.length, ours: o / xs.length, peers: { [CH]: p / xs.length }, ...(s.bar ? { bar: s.bar } : {}) });
      note(notes, `dates-duckling ${lang} ${s.measure}`, fails);
      if (capitalised) notes.push(`dates-duckling ${lang} ${s.measure}: ${capitalised} of the ${fails.length} failing pass when their month names are capitalised ("february 15" → "February 15").`);
    }
    // time of day beside a written date ("Fri, Jul 18, 2014 07:00 PM", "7:30 chiều ngày 20/4/2017"): the day
    const timed = get(lang, 'time').filter(
      (x) =>
        x.c.expected!.type === 'value' &&
        absoluteAnchor(x.c.text, lang) &&
        !RELATIVE[lang].test(x.c.text) &&
        !/(?<!\p{L})in\s+[\d./]+\s*(?:h|hours?)(?!\p{L})/iu.test(x.c.text) && // "in 1/4h", "in 2.5 hours": durations
        !(lang === 'en' && monthFirst(x.c.text)), // "4/25 at 4:00pm": US order
    );
    if (timed.length) {
      let o = 0;
      let p = 0;
      const fails: string[] = [];
      for (const x of timed) {
        const want: Want = { grain: 'day', value: x.c.expected!.value!.slice(0, 10), noYear: !statesYear(x.c.text, lang) };
        if (matches(x.ours, want)) o++;
        else fails.push(`"${x.c.text}" → ${showWant(want)}; got ${show(x.ours)}`);
        if (matches(x.chrono, want)) p++;
      }
      rows.push({ corpus: 'dates-duckling', measure: `${lang} time of day beside a written date: day right`, n: timed.length, ours: o / timed.length, peers: { [CH]: p / timed.length } });
      note(notes, `dates-duckling ${lang} time of day beside a written date`, fails);
    }
    // coverage of what is out of scope
    const cover: { cats: Cat[]; measure: string }[] = [
      { cats: ['relative', 'time'], measure: 'relative or time of day: any date returned (coverage)' },
      { cats: ['holiday', 'computed', 'latent'], measure: 'holidays, computed days, latent: any date returned (coverage)' },
    ];
    for (const cv of cover) {
      const xs = cv.cats.flatMap((c) => get(lang, c));
      if (!xs.length) continue;
      const o = xs.filter((x) => x.ours.length).length;
      const p = xs.filter((x) => x.chrono.length).length;
      rows.push({ corpus: 'dates-duckling', measure: `${lang} ${cv.measure}`, n: xs.length, ours: o / xs.length, peers: { [CH]: p / xs.length } });
    }
    const neg = get(lang, 'negative');
    if (neg.length) {
      const o = neg.filter((x) => !x.ours.length).length;
      const p = neg.filter((x) => !x.chrono.length).length;
      rows.push({ corpus: 'dates-duckling', measure: `${lang} negatives: no date returned`, n: neg.length, ours: o / neg.length, peers: { [CH]: p / neg.length } });
      note(notes, `dates-duckling ${lang} negatives (false positives)`, neg.filter((x) => x.ours.length).map((x) => `"${x.c.text}" → ${show(x.ours)}`));
    }
  }
  const counts = LANGS.map((l) => {
    const cats: Cat[] = ['with-year', 'year-less', 'quarter', 'us-numeric', 'relative', 'time', 'holiday', 'computed', 'latent', 'negative'];
    return `${l}: ${cats.map((c) => `${c} ${get(l, c).length}`).join(', ')}`;
  });
  notes.push(`dates-duckling cases by class — ${counts.join('; ')}`);

  // --- dateparser ------------------------------------------------------------------------------
  const dp = readJsonl<DpCase>('dates-dateparser/dateparser_en_ru_vi.jsonl');
  for (const lang of LANGS) {
    // parse: texts that name a month or a year; exact date part
    const parse = dp.filter((d) => d.lang === lang && d.task === 'parse');
    const inScope = parse.filter((d) => absoluteAnchor(d.text, lang));
    if (inScope.length) {
      let o = 0;
      let p = 0;
      const fails: string[] = [];
      for (const d of inScope) {
        const ref = d.reference?.slice(0, 10);
        const want: Want = { grain: 'day', value: (d.expected as string).slice(0, 10) };
        const got = ours(d.text, lang, ref);
        if (matches(got, want)) o++;
        else fails.push(`"${d.text}" → ${showWant(want)}; got ${show(got)}`);
        if (matches(peer(d.text, lang, ref), want)) p++;
      }
      rows.push({ corpus: 'dates-dateparser', measure: `${lang} parse (names a month or year): exact day`, n: inScope.length, ours: o / inScope.length, peers: { [CH]: p / inScope.length } });
      note(notes, `dates-dateparser ${lang} parse`, fails);
      const out = parse.filter((d) => !absoluteAnchor(d.text, lang)).map((d) => `"${d.text}"`);
      if (out.length) notes.push(`dates-dateparser ${lang} parse, not scored (weekday or time alone): ${out.join(', ')}`);
    }
    // search: each expected absolute date in running text
    const search = dp.filter((d) => d.lang === lang && d.task === 'search');
    let n = 0;
    let vo = 0;
    let vp = 0;
    let so = 0;
    let sp = 0;
    const fails: string[] = [];
    const skipped: string[] = [];
    for (const d of search) {
      const ref = d.reference?.slice(0, 10);
      const got = ours(d.text, lang, ref);
      const gotP = peer(d.text, lang, ref);
      let from = 0;
      for (const item of d.expected as { text: string; value: string }[]) {
        const i = d.text.indexOf(item.text, from);
        from = i >= 0 ? i + item.text.length : from;
        if (RELATIVE[lang].test(item.text) || !absoluteAnchor(item.text, lang) || /decade|till date/i.test(item.text)) {
          skipped.push(`"${item.text}"`);
          continue;
        }
        n++;
        const want: Want = { grain: searchGrain(item.text, lang), value: '' };
        want.value = at(item.value, want.grain);
        const span = { start: i, end: i + item.text.length };
        const overlaps = (ms: M[]) => ms.some((m) => m.span.start < span.end && span.start < m.span.end);
        const right = (ms: M[]) => matches(ms, want) || ms.some((m) => (m.kind === 'period' || m.kind === 'term') && (m.start === want.value || m.end === want.value));
        if (right(got)) vo++;
        else fails.push(`"${item.text}" in "${d.text.slice(0, 80)}${d.text.length > 80 ? '…' : ''}" → ${showWant(want)}; got ${show(got)}`);
        if (right(gotP)) vp++;
        if (overlaps(got)) so++;
        if (overlaps(gotP)) sp++;
      }
    }
    if (n) {
      rows.push({ corpus: 'dates-dateparser', measure: `${lang} search: absolute date found with its value`, n, ours: vo / n, peers: { [CH]: vp / n } });
      rows.push({ corpus: 'dates-dateparser', measure: `${lang} search: a mention overlaps its span`, n, ours: so / n, peers: { [CH]: sp / n } });
      note(notes, `dates-dateparser ${lang} search`, fails);
    }
    if (skipped.length) notes.push(`dates-dateparser ${lang} search, relative, not scored: ${skipped.join(', ')}`);
  }
  // search_whole: the whole string is one date; informative
  const whole = dp.filter((d) => d.task === 'search_whole');
  {
    const o = whole.filter((d) => ours(d.text, d.lang, undefined).some((m) => m.kind === 'date')).length;
    const p = whole.filter((d) => peer(d.text, d.lang, undefined).some((m) => m.kind === 'date')).length;
    rows.push({ corpus: 'dates-dateparser', measure: 'all search_whole (date with time of day): a day found', n: whole.length, ours: ratio(o, whole.length), peers: { [CH]: ratio(p, whole.length) } });
    const miss = whole.filter((d) => !ours(d.text, d.lang, undefined).some((m) => m.kind === 'date'));
    note(notes, 'dates-dateparser search_whole', miss.map((d) => `"${d.text}" → got ${show(ours(d.text, d.lang, undefined))}`));
  }
  const rel = dp.filter((d) => d.task === 'relative').length;
  notes.push(`dates-dateparser: the relative task (${rel} bare durations read as "ago", e.g. "1 decade", "2 giờ") and language detection are not scored here.`);

  // --- numerals into unit counts ---------------------------------------------------------------
  const nums = readJsonl<NumCase>('dates-duckling/duckling_numeral_en_ru_vi.jsonl').filter(
    (x) => Number.isInteger(x.expected.value) && x.expected.value >= 1 && x.expected.value <= 999_999,
  );
  for (const lang of LANGS) {
    const xs = nums.filter((x) => x.lang === lang);
    let o = 0;
    const fails: string[] = [];
    for (const x of xs) {
      const phrase = `${x.text} ${unitNoun(lang, x.text, x.expected.value)}`;
      const u = extractUnits(phrase, { language: lang }).units[0];
      if (u?.count === x.expected.value) o++;
      else fails.push(`"${phrase}" → ${x.expected.value}; got ${u ? u.count : 'nothing'}`);
    }
    rows.push({ corpus: 'dates-duckling numerals', measure: `${lang} number words → unit count`, n: xs.length, ours: o / xs.length });
    note(notes, `dates-duckling numerals ${lang} → unit count`, fails);
  }

  return { title: 'Dates (dates-duckling, dates-dateparser) and numerals into unit counts: accuracy', rows, notes };
}

/** the grain of a date written in running text: a day number → day; else a month → month; else year */
function searchGrain(text: string, lang: Lang): Grain {
  const rest = text.replace(MONTH[lang], ' ').replace(new RegExp(YEAR4.source, 'g'), ' ').replace(/năm|году?|г\./giu, ' ');
  if (/\d/.test(rest) || /\d+\s*[./-]\s*\d+/.test(text)) return 'day';
  if (MONTH[lang].test(text)) return 'month';
  return 'year';
}

/**
 * "communes" / "xã" / уезд (district: masculine, so that Duckling's "один", "два" agree with it):
 * уезд after 1, уезда after 2-4, уездов otherwise and after a genitive numeral ("трех уездов").
 */
function unitNoun(lang: Lang, text: string, n: number): string {
  if (lang === 'en') return n === 1 ? 'commune' : 'communes';
  if (lang === 'vi') return 'xã';
  const last = text.trim().split(/\s+/).pop() ?? '';
  if (/\p{L}х$/u.test(last)) return 'уездов';
  if (n % 100 >= 11 && n % 100 <= 14) return 'уездов';
  if (n % 10 === 1) return 'уезд';
  if (n % 10 >= 2 && n % 10 <= 4) return 'уезда';
  return 'уездов';
}
