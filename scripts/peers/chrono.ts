/**
 * chrono-node as a peer for dates (bench/dates.ts, scripts/external/dates.ts): its results mapped
 * to the contract's kinds. chrono gives instants and ranges, not the contract's kinds, so:
 * a single result → `date` when the day is certain, else `month` when the month is, else `year`;
 * a range → `period` at the precision both ends are certain of. A time of day or a weekday
 * alone (nothing certain at day, month or year) is dropped.
 */
import * as chrono from 'chrono-node';

export type ChronoLang = 'en' | 'ru' | 'vi';
export interface ChronoDate {
  kind: string;
  value?: string;
  start?: string;
  end?: string;
  /** where chrono found it in the text */
  span: { start: number; end: number };
}

const pad = (n: number) => String(n).padStart(2, '0');
type Comp = chrono.ParsedComponents;
function precision(c: Comp): 'day' | 'month' | 'year' | undefined {
  if (c.isCertain('day') && c.isCertain('month')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return undefined;
}
function iso(c: Comp, p: 'day' | 'month' | 'year'): string {
  const y = String(c.get('year'));
  if (p === 'year') return y;
  if (p === 'month') return `${y}-${pad(c.get('month')!)}`;
  return `${y}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
}
const CHRONO: Record<ChronoLang, chrono.Chrono> = { en: chrono.en.casual, ru: chrono.ru.casual, vi: chrono.vi.casual };

/** chrono's dates in `text`; `ref` (yyyy-mm-dd) is the reference day, noon UTC (2025-06-01 when absent). */
export function chronoDates(text: string, lang: ChronoLang, ref?: string): ChronoDate[] {
  const refDate = ref ? new Date(`${ref}T12:00:00Z`) : new Date('2025-06-01T12:00:00Z');
  const out: ChronoDate[] = [];
  for (const r of CHRONO[lang].parse(text, refDate)) {
    const span = { start: r.index, end: r.index + r.text.length };
    const ps = precision(r.start);
    if (!ps) continue; // a time of day or a weekday alone
    if (r.end) {
      const pe = precision(r.end);
      if (!pe) continue;
      const p = ps === 'day' && pe === 'day' ? 'day' : ps === 'year' || pe === 'year' ? 'year' : 'month';
      out.push({ kind: 'period', start: iso(r.start, p), end: iso(r.end, p), span });
    } else {
      out.push({ kind: ps === 'day' ? 'date' : ps, value: iso(r.start, ps), span });
    }
  }
  return out;
}
