/**
 * Unit counts and restructurings, shared by the three locales.
 *
 * A locale gives a `UnitsLexicon` (data: unit nouns with every written form, level phrases,
 * number words, change verbs and connectors); `unitsExtractor` turns it into one extractor.
 *
 * Stages, in order, one module each:
 * 1. counts (`counts.ts`): NUMBER + noun phrase ("200 commune-level administrative units",
 *    "8 районов", "16 xã, thị trấn"); coordinated nouns without a second number are one count.
 * 2. parts (`counts.ts`): counts inside parentheses right after a count are its parts; a district
 *    noun that breaks down commune-level units is `ward`, a "town" under a district-level total
 *    is `town`.
 * 3. changes (`changes.ts`): "from A ... to B" and "A ... into B" (with a change verb), a target
 *    or source that drops the noun takes the other side's units and level; a stated percentage
 *    after them.
 * 4. arithmetic (`src/link/units.ts`): computed reduction, parts sum, stated vs computed;
 *    inconsistencies warn. It runs inside the extractor, per change: whether an increase is
 *    stated reads the locale's growth verbs around the change, which a linker would not have.
 *
 * The lexicon's shape, the patterns compiled from it and the reading of numbers are in
 * `lexicon.ts`; sentence bounds in `sentences.ts`.
 */
import { checkRestructuring } from '../../link/units.js';
import type { Context, Extractor, UnitChangeDraft, UnitDraft } from '../../types.js';
import { findChanges, statedPercent } from './changes.js';
import { applyListRules, applyPartRules, applySizeRule, findCounts, partsAfter, type CountHit, type Parts } from './counts.js';
import { compile, type UnitsLexicon } from './lexicon.js';
import { sentenceStart } from './sentences.js';

// ---------------------------------------------------------------------------------------------
// Drafts

function draft(h: CountHit): UnitDraft {
  const d: UnitDraft = { span: { start: h.start, end: h.end }, count: h.count, units: [...h.units], noun: h.noun };
  if (h.level) d.level = h.level;
  return d;
}

/** Runs every stage on `ctx.text`. Never throws on any input (bounded windows, linear patterns). */
export function extractUnitsWith(lex: UnitsLexicon, ctx: Context): { units: UnitDraft[]; unitChanges: UnitChangeDraft[] } {
  const c = compile(lex);
  const text = ctx.text;
  const counts = findCounts(c, text);
  applyListRules(c, text, counts);
  for (const h of counts) applySizeRule([h]);
  // parts of counts that are totals (with or without a change)
  const partsOf = new Map<CountHit, Parts>();
  const isPart = new Set<CountHit>();
  for (let i = 0; i < counts.length; i++) {
    const h = counts[i]!;
    if (isPart.has(h)) continue;
    const p = partsAfter(text, h.end, counts, i + 1, h.count);
    if (p) {
      applyPartRules(h, p.hits);
      partsOf.set(h, p);
      for (const x of p.hits) isPart.add(x);
    }
  }
  const changes = findChanges(c, text, counts);
  const unitChanges: UnitChangeDraft[] = [];
  const extra: CountHit[] = [];
  const inCounts = new Set(counts);
  const extraAt = new Set<string>();
  let nextIdx = 0;
  for (let i = 0; i < changes.length; i++) {
    const ch = changes[i]!;
    applySizeRule([ch.from, ch.to]);
    for (const side of [ch.from, ch.to]) {
      side.used = true;
      const at = `${side.start}:${side.end}`;
      if (!inCounts.has(side) && !extraAt.has(at)) {
        extraAt.add(at);
        extra.push(side);
      }
    }
    let end = ch.to.end;
    let parts = partsOf.get(ch.to);
    if (!parts) {
      parts = partsAfter(text, ch.to.end, counts, nextIdx, ch.to.count);
      if (parts) applyPartRules(ch.to, parts.hits);
    } else {
      applyPartRules(ch.to, parts.hits);
    }
    if (parts) end = parts.end;
    const next = changes[i + 1]?.start ?? text.length;
    while (nextIdx < counts.length && counts[nextIdx]!.start < end) nextIdx++;
    const nextCount = counts[nextIdx]?.start ?? text.length;
    const pct = statedPercent(c, text, end, Math.min(next, nextCount));
    if (pct) end = pct.end;
    // "split 1 district into 2", "increased from 2 to 3 wards": an increase the text states
    const grew = ch.to.count <= ch.from.count || (c.growth?.test(text.slice(sentenceStart(text, ch.start, 200), end)) ?? true);
    const span = { start: ch.start, end };
    const check = checkRestructuring(ctx, span, ch.from.count, ch.to.count, parts?.hits.map((p) => p.count), pct?.pct, grew);
    const d: UnitChangeDraft = {
      span,
      from: draft(ch.from),
      to: draft(ch.to),
      computedReductionPercent: check.computedReductionPercent,
      consistent: check.consistent,
    };
    if (parts) d.breakdown = parts.hits.map(draft);
    if (pct) d.statedReductionPercent = pct.pct;
    unitChanges.push(d);
  }
  for (const p of partsOf.values()) for (const h of p.hits) h.used = true;
  const units = [...counts, ...extra].filter((h) => h.used || !h.weak || h.level).map(draft);
  return { units, unitChanges };
}

/** One extractor for a locale's unit counts and restructurings. */
export function unitsExtractor(name: string, lex: UnitsLexicon): Extractor {
  return {
    name,
    family: 'units',
    keywords: compile(lex).keywords,
    run: (ctx) => extractUnitsWith(lex, ctx),
  };
}
