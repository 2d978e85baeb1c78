/**
 * The options check on every call's path, written out by hand: the same rules as
 * `ParseOptionsSchema` (src/options.ts, zod/mini, exported for callers and documentation), without
 * loading zod into a bundle that only parses reports. tests/options.test.ts runs both on the same
 * inputs and requires the same verdict.
 */
import { describe } from './describe.js';
import { ISO_DAY, isRealDay, LANGUAGE_CODES, RECORD_TYPES, type LanguageCode, type RecordType } from './constants.js';

/** The options after the check: `referenceDate` always an ISO day. */
export interface CheckedOptions {
  language?: LanguageCode;
  referenceDate?: string;
  only?: RecordType[];
}

const KNOWN = ['language', 'referenceDate', 'only'];

/** yyyy-mm-dd of a Date's UTC calendar day. */
function isoOfDate(d: Date): string | undefined {
  const t = d.getTime();
  if (Number.isNaN(t)) return undefined;
  return d.toISOString().slice(0, 10);
}

/** The options, checked; a TypeError naming the first offending field otherwise. */
export function checkParseOptions(options: unknown, fn: string): CheckedOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`${fn}: options must be an object, got ${describe(options)}`);
  const o = options as Record<string, unknown>;
  const fail = (field: string, msg: string): never => {
    throw new TypeError(`${fn}: invalid options: options.${field}: ${msg}`);
  };
  for (const k of Object.keys(o)) if (!KNOWN.includes(k)) fail(k, `unknown option (known: ${KNOWN.join(', ')})`);
  const out: CheckedOptions = {};
  if (o.language !== undefined) {
    if (typeof o.language !== 'string' || !(LANGUAGE_CODES as readonly string[]).includes(o.language)) {
      fail('language', `expected one of ${LANGUAGE_CODES.map((c) => `"${c}"`).join(', ')}, got ${typeof o.language === 'string' ? JSON.stringify(o.language) : describe(o.language)}`);
    }
    out.language = o.language as LanguageCode;
  }
  if (o.referenceDate !== undefined) {
    let s: string | undefined;
    if (o.referenceDate instanceof Date) {
      s = isoOfDate(o.referenceDate);
      if (s === undefined) fail('referenceDate', 'referenceDate is an invalid Date');
    } else if (typeof o.referenceDate === 'string') s = o.referenceDate;
    else fail('referenceDate', `expected an ISO date yyyy-mm-dd or a Date, got ${describe(o.referenceDate)}`);
    if (!ISO_DAY.test(s!)) fail('referenceDate', 'referenceDate must be an ISO date yyyy-mm-dd');
    if (!isRealDay(s!)) fail('referenceDate', 'referenceDate must be a real calendar date');
    // the years a date mention may carry (MIN_YEAR..MAX_YEAR): outside them it could infer nothing
    if (!(s! >= '1900-01-01' && s! <= '2100-12-31')) fail('referenceDate', 'referenceDate must lie between 1900-01-01 and 2100-12-31');
    out.referenceDate = s;
  }
  if (o.only !== undefined) {
    if (!Array.isArray(o.only)) fail('only', `expected an array of ${RECORD_TYPES.join(', ')}, got ${describe(o.only)}`);
    const only = o.only as unknown[];
    if (only.length === 0) fail('only', 'only must name at least one record family (omit it for all)');
    only.forEach((x, i) => {
      if (typeof x !== 'string' || !(RECORD_TYPES as readonly string[]).includes(x)) fail(`only.${i}`, `expected one of ${RECORD_TYPES.map((c) => `"${c}"`).join(', ')}, got ${typeof x === 'string' ? JSON.stringify(x) : describe(x)}`);
    });
    out.only = [...(only as RecordType[])];
  }
  return out;
}
