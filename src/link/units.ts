/**
 * The arithmetic of a restructuring: the computed reduction, the parts against the total, a
 * stated percentage against the computed one; an inconsistent restructuring is warned about.
 */
import type { Hit } from '../span.js';
import type { Context } from '../types.js';

/** (from - to) / from * 100, rounded to 2 decimals; undefined when from is 0. */
export function reductionPercent(from: number, to: number): number | undefined {
  if (!(from > 0)) return undefined;
  return Math.round(((from - to) / from) * 100 * 100) / 100;
}

export interface ConsistencyResult {
  consistent: boolean;
  computedReductionPercent: number;
  /** Human-readable reasons, empty when consistent. */
  problems: string[];
}

/** Tolerance between a stated and the computed percentage (GOLD.md: within 0.1). */
export const PERCENT_TOLERANCE = 0.1;

/**
 * Checks a restructuring: parts (if any) add up to `to`, and a stated percentage agrees with
 * the computed one within 0.1.
 */
export function checkChange(from: number, to: number, parts?: readonly number[], stated?: number, grew = true): ConsistencyResult {
  const computed = reductionPercent(from, to) ?? 0;
  const problems: string[] = [];
  // a reduction outside 0-100% is an increase: consistent only where the text says so
  if (to > from && !grew) problems.push(`the count grows from ${from} to ${to} but the text does not say it grew`);
  if (parts && parts.length > 0) {
    const sum = parts.reduce((a, b) => a + b, 0);
    if (sum !== to) problems.push(`its parts add up to ${sum}, not ${to}`);
  }
  if (stated !== undefined && Math.abs(stated - computed) > PERCENT_TOLERANCE + 1e-9) {
    problems.push(`the stated reduction of ${stated}% differs from the computed (${from} - ${to}) / ${from} = ${computed}%`);
  }
  return { consistent: problems.length === 0, computedReductionPercent: computed, problems };
}

/**
 * Checks one restructuring of `ctx.text` at `span` with `checkChange`; an inconsistent one is
 * warned about in the report, quoted with its spaces folded.
 */
export function checkRestructuring(
  ctx: Context,
  span: Hit,
  from: number,
  to: number,
  parts: readonly number[] | undefined,
  stated: number | undefined,
  grew: boolean,
): ConsistencyResult {
  const check = checkChange(from, to, parts, stated, grew);
  if (!check.consistent) {
    const quote = ctx.text.slice(span.start, span.end).replace(/\s+/g, ' ');
    ctx.warn(`units: the restructuring "${quote}" is inconsistent: ${check.problems.join('; ')}.`);
  }
  return check;
}
