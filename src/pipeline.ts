/*
 * normalise -> detect -> locale extractors -> refine -> link -> map spans back -> validate; HTML
 * input is first stripped to the text it shows (src/html.ts), and spans map back through both.
 */
import { describe } from './describe.js';
import { detectLanguage } from './detect/index.js';
import { LOCALES } from './locales/index.js';
import { REPORT_LINKERS, TEXT_LINKERS } from './link/index.js';
import { readHtml } from './html-reader.js';
import { normalize, type Normalized } from './normalize.js';
import { checkParseOptions, type CheckedOptions } from './check-options.js';
import { refine } from './refine.js';
import { mask, otherLanguageBlocks } from './detect/segments.js';
import type { LanguageCode, LanguageGuess, ParseOptions, RecordType, Report, Source } from './schema.js';
import { toRecord, type ShapeName } from './shape.js';
import { byStart, type Hit } from './span.js';
import { emptyDrafts, type Context, type Drafts, type Locale } from './types.js';

/** The locales a parser reads with: the built-in ones, or createParser's. */
export type Locales = Readonly<Record<LanguageCode, Locale>>;

/** Validated options (referenceDate as an ISO day), or a TypeError whose message names the offending field. */
export function checkOptions(options: unknown, fn = 'parseReport'): CheckedOptions {
  return checkParseOptions(options, fn);
}

export function checkText(text: unknown, fn = 'parseReport'): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`${fn}: text must be a string, got ${describe(text)}`);
}

const SOURCE_LINE = /(?<![\p{L}\p{N}])(?:Source|Nguồn|Источник)[ \t\u00A0]*:[ \t\u00A0]*(https?:\/\/[^\s<>"')\]]+)/giu;
const URL_TRAILING = '.,;:';

/**
 * The last "Source: https://..." line of `text`, if any, with its span in `text`. Trailing
 * punctuation is trimmed by a loop, not a regex (`/[.,;:]+$/` is quadratic on a run of dots).
 */
export function findSource(text: string): Source | undefined {
  let found: Source | undefined;
  SOURCE_LINE.lastIndex = 0;
  for (let m = SOURCE_LINE.exec(text); m; m = SOURCE_LINE.exec(text)) {
    const raw = m[1]!;
    let len = raw.length;
    while (len > 0 && URL_TRAILING.includes(raw[len - 1]!)) len--;
    const url = raw.slice(0, len);
    const start = m.index + m[0].length - raw.length;
    found = { url, host: hostOf(url), span: { start, end: start + url.length } };
  }
  return found;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    const rest = url.startsWith('https://') ? url.slice(8) : url.startsWith('http://') ? url.slice(7) : url;
    const slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.slice(0, slash);
  }
}

interface Internal {
  report: Report;
  drafts: Drafts;
  normalized: Normalized;
}

const NEEDS: Readonly<Record<RecordType, readonly RecordType[]>> = {
  documents: ['dates'],
  dates: ['documents'],
  people: [],
  units: [],
};

/**
 * Runs the pipeline; `only` limits the record families reported. With `input: 'html'` the
 * pipeline reads the text the page shows (src/html.ts) and every span goes back through both
 * maps, normalised text -> text -> HTML, so a record's `text` is the HTML that covers it.
 */
export function runPipeline(input: string, options: CheckedOptions, locales: Locales = LOCALES): Internal {
  const warnings: string[] = [];
  const html = options.input === 'html' ? readHtml(input) : undefined;
  const text = html ? html.text : input;
  const normalized = normalize(text);
  const toInput = html ? (h: Hit): Hit => html.toOriginal(normalized.toOriginal(h)) : (h: Hit): Hit => normalized.toOriginal(h);
  const language: LanguageGuess = options.language
    ? { code: options.language, confidence: 1 }
    : detectLanguage(text);
  // Found in the normalised text (an NFD "Nguồn:" is found too), reported in the caller's.
  const source = findSource(normalized.text);
  const drafts = emptyDrafts();
  const report: Report = { language, documents: [], dates: [], people: [], units: [], unitChanges: [], warnings };
  if (source) {
    const span = normalized.toOriginal(source.span);
    // the URL as the text reads it (an HTML page's `&amp;` decoded), its span in the input
    const url = text.slice(span.start, span.end);
    report.source = { url, host: hostOf(url), span: html ? html.toOriginal(span) : span };
  }
  // paragraphs in another language, when the caller did not say which language the text is in
  const blocks = options.language ? [] : otherLanguageBlocks(normalized.text, language.code);
  if (blocks.length) report.otherLanguages = blocks.map((b) => ({ code: b.code, span: toInput(b) }));
  if (language.code === 'und' && !blocks.length) {
    if (/\p{L}/u.test(text)) {
      warnings.push(
        'language: not recognised as English, Russian or Vietnamese; nothing extracted (pass options.language to force one)',
      );
    }
    return { report, drafts, normalized };
  }
  if (language.code === 'und') {
    warnings.push('language: not recognised as English, Russian or Vietnamese but for the paragraphs listed in otherLanguages, which were read');
  }
  const only = new Set<RecordType>(options.only ?? ['documents', 'dates', 'people', 'units']);
  // Families that run for another's sake (dates date documents; document codes keep their
  // digits from being read as dates) but are reported only when asked for.
  const run = new Set<RecordType>([...only].flatMap((f) => [f, ...NEEDS[f]]));
  const base = {
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
    warn: (m: string) => warnings.push(m),
    // HTML input: a warning's offset is one into the HTML, as spans are
    ...(html ? { inputOffset: (pos: number) => toInput({ start: pos, end: pos + 1 }).start } : {}),
  };
  // Each language's extractors read its own paragraphs; the others are blanked (offsets kept).
  const passes: { code: LanguageCode; text: string }[] = [];
  if (language.code !== 'und') passes.push({ code: language.code, text: blocks.length ? mask(normalized.text, blocks, false) : normalized.text });
  for (const code of new Set(blocks.map((b) => b.code))) passes.push({ code, text: mask(normalized.text, blocks.filter((b) => b.code === code), true) });
  const sourceRef = source ? { url: source.url, span: source.span } : undefined;
  for (const pass of passes) {
    const found = passes.length === 1 ? drafts : emptyDrafts();
    const pctx: Context = { ...base, text: pass.text, language: pass.code, found };
    runExtractors(pctx, run, warnings, locales);
    refine(pctx, found);
    for (const l of TEXT_LINKERS) l(pctx, found, sourceRef);
    if (found !== drafts) for (const k of Object.keys(found) as (keyof Drafts)[]) for (const x of found[k]) (drafts[k] as unknown[]).push(x);
  }
  // report-wide linkers read the whole text, in the report's language (the first pass's)
  const ctx: Context = { ...base, text: normalized.text, language: passes[0]!.code, found: drafts };
  for (const l of REPORT_LINKERS) l(ctx, drafts, sourceRef);
  finish(input, toInput, drafts, report, only);
  return { report, drafts, normalized };
}

/** The locale's extractors, in order, adding to `ctx.found`; one that throws is skipped with a warning. */
function runExtractors(ctx: Context, run: ReadonlySet<RecordType>, warnings: string[], locales: Locales): void {
  const drafts = ctx.found;
  for (const ex of locales[ctx.language].extractors) {
    if (!run.has(ex.family)) continue;
    if (ex.keywords) {
      ex.keywords.lastIndex = 0;
      if (!ex.keywords.test(ctx.text)) continue;
    }
    try {
      const out = ex.run(ctx);
      for (const k of Object.keys(out) as (keyof Drafts)[]) {
        const add = out[k];
        // a loop, not push(...add): spreading 125k+ records overflows the stack
        if (add) for (const x of add) (drafts[k] as unknown[]).push(x);
      }
    } catch (e) {
      // a bug, not the input's fault: said as such, so the CLI exits 1 (the report lacks a family)
      warnings.push(`internal error: ${ex.name}: extractor failed and was skipped: ${(e as Error)?.message ?? String(e)}`);
    }
  }
}

/**
 * Copies each draft into its public shape (src/shape.ts: fields in order, internal ones dropped),
 * maps spans back to the input, fills `text`, sorts. No zod here: the drafts are built by our own
 * typed code, and the tests validate whole reports with ReportSchema.
 */
function finish(input: string, map: (h: Hit) => Hit, d: Drafts, report: Report, only: ReadonlySet<RecordType>): void {
  const keep = <T extends { span: Hit }>(shape: ShapeName, items: readonly unknown[]): T[] => {
    const out: T[] = [];
    for (const it of items) out.push(toRecord(shape, it as Record<string, unknown>, input, map) as unknown as T);
    return out.sort(byStart);
  };
  if (only.has('documents')) report.documents = keep('document', d.documents);
  if (only.has('dates')) report.dates = keep('date', d.dates);
  if (only.has('people')) report.people = keep('person', d.people);
  if (only.has('units')) {
    report.units = keep('unit', d.units);
    report.unitChanges = keep('unitChange', d.unitChanges);
  }
}

/**
 * Reads one news text (English, Russian or Vietnamese; HTML with `input: 'html'`) and returns its
 * Report: document references, dates, people with their posts, unit counts and restructurings,
 * each with its exact `text` and `span` in `text`. Synchronous. Throws a TypeError only when
 * `text` is not a string or an option is invalid; anything it cannot read becomes a warning.
 * @example parseReport('Nghị quyết số 60-NQ/TW ngày 12/4/2025', { language: 'vi' }).documents[0].key // '60-NQ/TW'
 */
export function parseReport(text: string, options?: ParseOptions): Report {
  return readWith(LOCALES, 'parseReport', text, options);
}

/**
 * One public call: checks `text` and `options` (errors named after `fn`), then reads with
 * `locales`, limited to `only` when given. parseReport, the extract* functions and createParser's
 * parsers are all this.
 */
export function readWith(locales: Locales, fn: string, text: unknown, options: unknown, only?: RecordType[]): Report {
  checkText(text, fn);
  const opts = checkOptions(options, fn);
  return runPipeline(text, only ? { ...opts, only } : opts, locales).report;
}
