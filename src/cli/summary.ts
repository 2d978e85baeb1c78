/**
 * `--format summary`: a short human-readable table per file. Not a stable format; scripts
 * should use json or jsonl.
 */
import type { RecordType } from '../schema.js';
import type { Report, UnitChange } from '../index.js';
import { escapeControls } from './escape.js';

const MINUS = '\u2212';

/** 62.5 → "62.5", 33.333 → "33.33", 10 → "10". */
function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** "200 → 75 (−62.5%, consistent)", with the stated percentage when it differs. */
export function formatUnitChange(c: UnitChange): string {
  const pct = c.computedReductionPercent;
  const signed = pct > 0 ? `${MINUS}${num(pct)}%` : pct < 0 ? `+${num(-pct)}%` : '0%';
  const parts = [signed];
  if (c.statedReductionPercent !== undefined && Math.abs(c.statedReductionPercent - pct) > 0.1) {
    parts.push(`stated ${MINUS}${num(c.statedReductionPercent)}%`);
  }
  parts.push(c.consistent ? 'consistent' : 'inconsistent');
  return `${c.from.count} → ${c.to.count} (${parts.join(', ')})`;
}

/** "commune-level administrative units → communes and wards", or one noun when they agree. */
function nouns(c: UnitChange): string {
  const from = c.from.noun.trim();
  const to = c.to.noun.trim();
  if (!from || !to || from === to) return from || to;
  return `${from} → ${to}`;
}

function width(s: string): number {
  return [...s].length;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

/**
 * Rows of cells → lines with left-aligned columns (the last column is not padded). Cells are
 * escaped first so that the columns line up as printed.
 */
export function table(cells: string[][]): string[] {
  const rows = cells.map((r) => r.map(escapeControls));
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** One document per key: kind and date of its first mention that has them, and a mention count. */
function documentRows(report: Report): string[][] {
  const byKey = new Map<string, { kind: string; date?: string; n: number }>();
  for (const d of report.documents) {
    const row = byKey.get(d.key);
    if (!row) byKey.set(d.key, { kind: d.kind, ...(d.date ? { date: d.date } : {}), n: 1 });
    else {
      row.n++;
      if (!row.date && d.date) row.date = d.date;
    }
  }
  return [...byKey].map(([key, r]) => [key, r.kind, r.date ?? '', r.n > 1 ? `×${r.n}` : '']);
}

/** One person per nameKey with the first role the text gives them anywhere. */
function peopleRows(report: Report): string[][] {
  const byKey = new Map<string, { role?: string; n: number }>();
  for (const p of report.people) {
    const first = p.roles[0];
    const role = first ? (first.organization ? `${first.title}, ${first.organization}` : first.title) : undefined;
    const row = byKey.get(p.nameKey);
    if (!row) byKey.set(p.nameKey, { ...(role ? { role } : {}), n: 1 });
    else {
      row.n++;
      if (!row.role && role) row.role = role;
    }
  }
  return [...byKey].map(([key, r]) => [key, r.role ?? '', r.n > 1 ? `×${r.n}` : '']);
}

/**
 * Label column, then the first line of a block beside it and the rest indented under it. Every
 * line is escaped (escaping twice changes nothing), so no control character from the text
 * reaches the terminal.
 */
function section(label: string, lines: string[], labelWidth: number): string[] {
  return lines.map((l, i) => `  ${pad(i === 0 ? label : '', labelWidth)}  ${escapeControls(l)}`.trimEnd());
}

/**
 * The summary of one report. `families` are those that were extracted (--only); the others are
 * left out rather than shown as zero.
 */
export function formatSummary(file: string, report: Report, families: readonly RecordType[]): string {
  const has = (f: RecordType): boolean => families.includes(f);
  const counts: string[] = [];
  if (has('documents')) counts.push(`documents ${report.documents.length}`);
  if (has('dates')) counts.push(`dates ${report.dates.length}`);
  if (has('people')) counts.push(`people ${report.people.length}`);
  if (has('units')) counts.push(`units ${report.units.length}`, `unitChanges ${report.unitChanges.length}`);

  const blocks: [string, string[]][] = [
    ['language', [`${report.language.code} (confidence ${report.language.confidence.toFixed(2)})`]],
  ];
  if (report.source) blocks.push(['source', [report.source.url]]);
  blocks.push(['counts', [counts.join(' · ')]]);
  if (has('documents') && report.documents.length) blocks.push(['documents', table(documentRows(report))]);
  if (has('people') && report.people.length) blocks.push(['people', table(peopleRows(report))]);
  if (has('units') && report.unitChanges.length) {
    blocks.push([
      'unit changes',
      table(report.unitChanges.map((c) => [formatUnitChange(c), nouns(c)])),
    ]);
  }
  if (report.warnings.length) blocks.push(['warnings', report.warnings]);

  const labelWidth = Math.max(...blocks.map(([l]) => width(l)));
  const lines = [file === '-' ? '(stdin)' : escapeControls(file)];
  for (const [label, body] of blocks) lines.push(...section(label, body, labelWidth));
  return lines.join('\n') + '\n';
}
