/**
 * `newsreport align --format html`: the versions of a story side by side, one column per version,
 * every aligned fact highlighted where its group's member spans put it, and each difference marked
 * on every side: on the fact's mentions where the version has it, in a "not in this version" list
 * where it does not. A table of the differences links to each side.
 */
import type { Alignment } from '../align/schema.js';
import { esc, markup, page, table, tip, warningsBox, type Mark } from '../view/markup.js';

const TYPE: Record<string, string> = { document: 'document', date: 'date', person: 'person', unit: 'unit', unitChange: 'change' };
const CSS = `.cols{display:grid;grid-template-columns:repeat(var(--n),minmax(0,1fr));gap:1.2rem}
.diff{outline:2px solid #b91c1c;outline-offset:1px}.diff.sev-medium{outline-style:dashed}.diff.sev-low{outline-style:dotted}
.diff:before{content:"Δ";color:#b91c1c;font-weight:700;font-size:.8em;margin-right:1px}
.missing{border-left:4px solid #b91c1c;padding-left:.6rem}.missing h3{font-size:1rem;margin:.3rem 0}`;

export function formatAlignmentHtml(al: Alignment, texts: readonly string[]): string {
  const labels = al.reports.map((r, i) => r.label ?? `report ${i}`);
  const show = (v: string | number | null | undefined) => (v === null || v === undefined ? '–' : String(v));
  // differences by fact, so that each is drawn on its group's mentions
  const byFact = new Map<string, number[]>();
  al.differences.forEach((d, k) => byFact.set(`${d.type} ${d.key}`, [...(byFact.get(`${d.type} ${d.key}`) ?? []), k]));
  const seen = new Set<number>();
  // anchors[k][i]: the element of version i that marks difference k
  const anchors = al.differences.map(() => labels.map((): string | undefined => undefined));
  const diffLines = (ks: readonly number[]) =>
    ks.map((k) => {
      const d = al.differences[k]!;
      return [`Δ ${d.field} (${d.severity})`, d.values.map((v, i) => `${labels[i]}: ${show(v)}`).join(' · ')] as const;
    });

  const columns = al.reports.map((rep, i) => {
    const marks: Mark[] = [];
    const missing: string[] = [];
    const miss = (k: number) => {
      const d = al.differences[k]!;
      anchors[k]![i] = `v${i}-d${k}`;
      missing.push(`<li id="v${i}-d${k}">${esc(`${d.type} ${d.key}`)}${d.field === 'present' ? '' : ` (${esc(d.field)})`}, in ${esc(labels.filter((_, x) => d.values[x] !== null).join(', '))}</li>`);
    };
    al.groups.forEach((g, j) => {
      const ks = byFact.get(`${g.type} ${g.key}`) ?? [];
      ks.forEach((k) => seen.add(k));
      const m = g.members[i];
      if (!m) return ks.forEach(miss);
      const id = `v${i}-g${j}`;
      ks.forEach((k) => (anchors[k]![i] = id));
      const t = tip(`${g.type} ${g.key}`, [
        ['here', m.key === g.key ? undefined : m.key],
        ['mentions', String(m.mentions)],
        ['in', labels.filter((_, x) => g.members[x]).join(', ')],
        ['confidence', g.confidence < 1 ? `${g.confidence}${g.note ? ` (${g.note})` : ''}` : undefined],
        ...diffLines(ks),
      ]);
      const cls = ks.length ? `diff sev-${al.differences[ks[0]!]!.severity}` : undefined;
      m.spans.forEach((s, n) => marks.push({ start: s.start, end: s.end, type: TYPE[g.type] ?? 'document', id: n ? `${id}-${n}` : id, tip: t, ...(cls ? { cls } : {}) }));
    });
    // a difference no group carries is drawn from its own spans
    al.differences.forEach((d, k) => {
      if (seen.has(k)) return;
      const spans = d.spans[i];
      if (!spans) return miss(k);
      anchors[k]![i] = `v${i}-d${k}`;
      spans.forEach((s, n) => marks.push({ start: s.start, end: s.end, type: TYPE[d.type] ?? 'document', id: n ? `v${i}-d${k}-${n}` : `v${i}-d${k}`, tip: tip(`${d.type} ${d.key}`, diffLines([k])), cls: `diff sev-${d.severity}` }));
    });
    const lang = rep.language === 'und' ? '' : ` lang="${esc(rep.language)}"`;
    return (
      `<section class="col" aria-labelledby="v${i}-h"><h2 id="v${i}-h">${esc(labels[i]!)} (${esc(rep.language)})</h2>` +
      `${missing.length ? `<div class="missing"><h3>Not in this version</h3><ul>${missing.join('')}</ul></div>` : ''}` +
      `<div class="text"${lang}>${markup(texts[i] ?? '', marks)}</div></section>`
    );
  });

  const diffTable = al.differences.length
    ? table(
        ['severity', 'type', 'field', 'key', ...labels],
        al.differences.map((d, k) => [
          esc(d.severity),
          esc(d.type),
          esc(d.field),
          esc(d.key),
          ...d.values.map((v, i) => (anchors[k]![i] ? `<a href="#${anchors[k]![i]}">${esc(show(v))}</a>` : esc(show(v)))),
        ]),
      )
    : '<p>No differences.</p>';
  const legend = Object.values(TYPE)
    .map((t) => `<span class="m t-${t}">${t}</span>`)
    .join(' ');
  const body =
    `<header><h1>Alignment: ${esc(labels.join(' · '))}</h1><p>Similarity ${al.similarity.toFixed(2)}. Highlighted: ${legend}; ` +
    `<span class="m diff">a difference</span> is marked Δ on every version (a red outline, dashed when medium, dotted when low), or listed under "Not in this version". Hover or Tab to a mention for its values.</p></header>` +
    `${warningsBox(al.warnings)}<section aria-labelledby="d-h"><h2 id="d-h">Differences (${al.differences.length})</h2>${diffTable}</section>` +
    `<div class="cols" style="--n:${columns.length}">${columns.join('')}</div>`;
  return page(`Alignment: ${labels.join(' · ')}`, body, CSS);
}
