/**
 * What the HTML views share (renderHtml, and the CLI's alignment view): escaping, the text with
 * its mentions as nested `<mark>` elements, and the page around it with its inline style.
 */

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value as HTML: `<script>` stays text. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITY[c]!);

/** A highlighted range of the text. */
export interface Mark {
  start: number;
  end: number;
  /** The mention's type, a class `t-<type>` whose style draws it and labels it. */
  type: string;
  /** Element id, unique in the page; links and `aria-describedby` use it. */
  id: string;
  /** Tooltip content, already HTML. */
  tip: string;
  /** More classes. */
  cls?: string;
}

/**
 * The text as HTML with every mark a `<mark>`: a boundary sweep over the sorted starts and ends
 * keeps a stack of open marks, so marks nest (a restructuring around its counts) and a mark that
 * crosses another's end is closed there and reopened as a continuation piece (`cont`, same
 * `data-m`). The first piece of each mark is focusable and carries the tooltip. Cost: the sort,
 * then each boundary pops and pushes only the marks it closes or crosses. Empty ranges are not drawn.
 */
export function markup(text: string, marks: readonly Mark[]): string {
  const sorted = marks.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const ends = sorted.map((m) => m.end).sort((a, b) => a - b);
  const out: string[] = [];
  const stack: { m: Mark; first: boolean }[] = [];
  const open = (m: Mark, first: boolean): void => {
    const a = first ? ` id="${m.id}" tabindex="0" aria-describedby="${m.id}-tip"` : '';
    out.push(`<mark class="m t-${m.type}${m.cls ? ` ${m.cls}` : ''}${first ? '' : ' cont'}" data-m="${m.id}"${a}>`);
    stack.push({ m, first });
  };
  let pos = 0;
  let si = 0;
  let ei = 0;
  while (ei < ends.length) {
    const b = Math.min(sorted[si]?.start ?? Infinity, ends[ei]!);
    out.push(esc(text.slice(pos, b)));
    pos = b;
    while (ends[ei] === b) ei++;
    const low = stack.findIndex((p) => p.m.end === b);
    if (low >= 0) {
      const reopen: Mark[] = [];
      while (stack.length > low) {
        const p = stack.pop()!;
        out.push(`${p.first ? `<span class="tip" role="tooltip" id="${p.m.id}-tip">${p.m.tip}</span>` : ''}</mark>`);
        if (p.m.end > b) reopen.push(p.m);
      }
      for (let k = reopen.length - 1; k >= 0; k--) open(reopen[k]!, false);
    }
    while (sorted[si]?.start === b) open(sorted[si++]!, true);
  }
  out.push(esc(text.slice(pos)));
  return out.join('');
}

/** A tooltip: the type in bold, then one line per field that has a value. */
export const tip = (title: string, fields: readonly (readonly [string, string | undefined])[]): string =>
  `<b>${esc(title)}</b>${fields.map(([k, v]) => (v === undefined ? '' : `<br>${esc(k)}: ${esc(v)}`)).join('')}`;

/** A table: a header row, then rows of cells that are already HTML. */
export const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  `<table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

/** Warnings: a box announced as an alert, or a quiet line when there are none. */
export const warningsBox = (warnings: readonly string[]): string =>
  warnings.length
    ? `<section class="warnings" role="alert" aria-labelledby="warnings-h"><h2 id="warnings-h">⚠ ${warnings.length} warning${warnings.length > 1 ? 's' : ''}</h2><ul>${warnings
        .map((w) => `<li>${esc(w)}</li>`)
        .join('')}</ul></section>`
    : '<p class="ok">No warnings.</p>';

/**
 * Each type has a colour, a border style and a visible label (colour is not the only cue); the
 * tooltip shows on hover and on keyboard focus.
 */
const CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;padding:0 1.5rem 2rem;color:#1b1b1b;background:#fff}
h1{font-size:1.4rem;margin:1rem 0 .3rem}h2{font-size:1.1rem;margin:1.2rem 0 .4rem}
.grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem}
@media(max-width:900px){.grid{grid-template-columns:minmax(0,1fr)}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.1}
.m{position:relative;color:inherit;background:var(--c);border-bottom:2px var(--s) var(--b);border-radius:2px;padding:0 1px}
.m:after{content:var(--l);font:600 .62em/1 system-ui,sans-serif;margin-left:2px;color:var(--b);text-transform:uppercase}
.m.cont:after{content:none}
.m:focus{outline:3px solid #1d4ed8;outline-offset:1px}
.tip{display:none;position:absolute;left:0;top:100%;z-index:9;width:max-content;max-width:24rem;white-space:normal;background:#1b1b1b;color:#fff;font:13px/1.4 system-ui,sans-serif;padding:.4rem .6rem;border-radius:4px}
.m:focus>.tip,.m:hover:not(:has(.m:hover))>.tip{display:block}
.t-document{--c:#dbeafe;--b:#1e40af;--s:solid;--l:"doc"}
.t-date{--c:#dcfce7;--b:#166534;--s:dashed;--l:"date"}
.t-person{--c:#fef3c7;--b:#92400e;--s:double;--l:"person";border-bottom-width:3px}
.t-post{--c:#fce7f3;--b:#9d174d;--s:dotted;--l:"post"}
.t-unit{--c:#ede9fe;--b:#5b21b6;--s:solid;--l:"units"}
.t-change{--c:transparent;--b:#0f766e;--s:solid;--l:"change";border:1px solid var(--b)}
.t-source{--c:#f1f5f9;--b:#334155;--s:dotted;--l:"source"}
.legend .m{padding:0 .3em}
.warnings{border:2px solid #b91c1c;background:#fef2f2;border-radius:4px;padding:0 1rem;margin:1rem 0}
.warnings h2{color:#991b1b}.ok{color:#166534}
table{border-collapse:collapse;font-size:13px;width:100%}th,td{border:1px solid #d4d4d4;padding:2px 6px;text-align:left;vertical-align:top;white-space:nowrap}th{background:#f5f5f5}
td:first-child{white-space:normal;min-width:9em}.side{overflow-x:auto}`;

/** The page: inline style, no script, no external URL. */
export const page = (title: string, body: string, css = ''): string =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title><style>${CSS}${css}</style></head><body>${body}</body></html>\n`;
