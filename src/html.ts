/**
 * HTML input (`options.input: 'html'`): the text a reader of the page sees, with an offset map
 * back to the HTML string, the same way src/normalize.ts maps NFC normalisation back.
 *
 * htmlparser2's Parser tokenises (it knows raw-text elements, implied end tags, comments, CDATA
 * and bogus markup) and decodes entities, named and numeric; the offsets of each piece of text
 * (`parser.startIndex` / `parser.endIndex`) say which characters of the HTML it came from.
 *
 * - Tags are dropped; the content of script, style, noscript, template, title, textarea, select,
 *   iframe, object, svg and math is dropped with them. Comments, CDATA sections, processing
 *   instructions and the doctype give no text.
 * - Entities are decoded: `&ecirc;`, `&#7871;`, `&#x1EBF;`, `&amp` without its semicolon (as a
 *   browser does); a malformed one (`&bogus;`) stays as written.
 * - White space collapses as a browser shows it: a run of spaces, tabs and line breaks (and
 *   non-breaking spaces, `&nbsp;` or U+00A0) is one space, none at the start or end of a block.
 *   Inside pre (and listing, xmp) it is kept, a non-breaking space read as a space, but for a
 *   line break right after the start tag.
 * - Block boundaries are line breaks: a blank line around p, div, h1-h6, blockquote, section,
 *   article, table, lists and the like; one line break for br, li, dt, dd, tr; a tab between
 *   table cells (td, th). Two br in a row make a blank line.
 *
 * Each character of the text maps to the HTML range it came from: a character to itself, a
 * decoded entity to the whole entity, a separator (a collapsed space, a line break, a tab) to the
 * markup and white space it stands for. A span of the text maps to the HTML range from its first
 * character's start to its last character's end, so a mention written across tags
 * (`<b>60-NQ/TW</b> ngày 12/4/2025`) or with an entity (`Nguy&ecirc;n`) maps to the HTML that
 * covers it, markup included.
 *
 * Linear in time and memory: one pass of the parser; the map is two Int32Arrays; the text is
 * built from slices joined once.
 */
import { Parser } from 'htmlparser2';
import type { Hit } from './span.js';

export interface Stripped {
  /** The text a reader sees. */
  text: string;
  /** Maps a half-open span of `text` to the span of the HTML it came from. */
  toOriginal(h: Hit): Hit;
}

/** Elements whose content is not text a reader sees. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'title', 'textarea', 'select', 'iframe', 'object', 'svg', 'math']);

/** Separators, weakest first: what stands between two characters when markup or space does. */
const NONE = 0;
const SPACE = 1;
const TAB = 2;
const LINE = 3;
const PARAGRAPH = 4;
const SEPARATOR = ['', ' ', '\t', '\n', '\n\n'] as const;

/** Elements that begin and end a paragraph (a blank line). */
const PARAGRAPH_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'details', 'dialog', 'dir', 'div', 'dl',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul', 'xmp',
]);
/** Elements that begin and end a line. */
const LINE_TAGS = new Set(['dd', 'dt', 'li', 'option', 'tbody', 'tfoot', 'thead', 'tr']);
/** Table cells: a tab between two on one row. */
const CELL_TAGS = new Set(['td', 'th']);
/** Elements whose white space is kept. */
const PRE_TAGS = new Set(['pre', 'listing', 'xmp']);

/** HTML's white space, plus the no-break space that pages use for layout. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c || c === 0xa0;
}

/** Strips `html` to its visible text, with the map back. Never throws on a string. */
export function htmlToText(html: string): Stripped {
  // The text, as pieces joined once at the end. Characters copied from the HTML are kept as a
  // run html[runStart, runEnd) until something else is written, so a paragraph of plain text is
  // one slice, not one per word.
  const parts: string[] = [];
  let runStart = 0;
  let runEnd = 0;
  const endRun = (): void => {
    if (runEnd > runStart) {
      const piece = html.slice(runStart, runEnd);
      parts.push(piece.includes('\u00A0') ? piece.replaceAll('\u00A0', ' ') : piece);
    }
    runStart = runEnd = -1;
  };
  // starts[i], ends[i]: the HTML range the i-th code unit of the text came from. The text is
  // never longer than the HTML (a character for a character, at most two for an entity of three
  // or more, at most two line breaks for a tag of three or more), so this is allocated once.
  let cap = html.length + 16;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let n = 0;
  const reserve = (k: number): void => {
    if (n + k <= cap) return;
    while (n + k > cap) cap *= 2;
    const s = new Int32Array(cap);
    s.set(starts.subarray(0, n));
    starts = s;
    const e = new Int32Array(cap);
    e.set(ends.subarray(0, n));
    ends = e;
  };

  let pending = NONE; // the separator owed before the next character
  let gapStart = 0; // where the markup and space since the last character began
  let skip = 0; // depth inside elements whose content is dropped
  let pre = 0; // depth inside elements whose white space is kept
  let preContentStart = -1; // where the content of the last pre opened begins
  let entityStart = 0; // the HTML range of the last entity, for the second half of a pair
  let entityEnd = 0;

  const owe = (sep: number): void => {
    if (sep > pending) pending = sep;
  };
  /** Writes the separator owed (none at the start of the text) before a character at `at`. */
  const flush = (at: number): void => {
    if (pending !== NONE && n > 0) {
      if (pending === SPACE && gapStart === runEnd && at === gapStart + 1 && html.charCodeAt(gapStart) === 0x20) {
        // one plain space between two words: the HTML as it is, the run goes on
        runEnd = at;
      } else {
        endRun();
        parts.push(SEPARATOR[pending]!);
      }
      const len = SEPARATOR[pending]!.length;
      reserve(len);
      for (let k = 0; k < len; k++) {
        starts[n] = gapStart;
        ends[n] = at;
        n++;
      }
    }
    pending = NONE;
  };
  /** html[s, e), written as is (no-break spaces as spaces), each unit mapped to itself. */
  const raw = (s: number, e: number): void => {
    flush(s);
    if (s !== runEnd) {
      endRun();
      runStart = s;
    }
    runEnd = e;
    reserve(e - s);
    for (let i = s; i < e; i++) {
      starts[n] = i;
      ends[n] = i + 1;
      n++;
    }
    gapStart = e;
  };
  /** Text that stands in the HTML as written: white space collapsed outside pre. */
  const rawText = (s: number, e: number): void => {
    if (pre > 0) {
      // a line break right after <pre> is not shown (it lets the code start on its own line)
      if (s === preContentStart && html.charCodeAt(s) === 0x0a) s++;
      else if (s === preContentStart && html.charCodeAt(s) === 0x0d) s += html.charCodeAt(s + 1) === 0x0a ? 2 : 1;
      if (e > s) raw(s, e);
      return;
    }
    let i = s;
    while (i < e) {
      if (isSpace(html.charCodeAt(i))) {
        owe(SPACE);
        i++;
        continue;
      }
      let j = i + 1;
      while (j < e && !isSpace(html.charCodeAt(j))) j++;
      raw(i, j);
      i = j;
    }
  };
  /** A decoded entity (or half of one) from html[s, e). */
  const entity = (data: string, s: number, e: number): void => {
    const c = data.charCodeAt(0);
    if (data.length === 1 && isSpace(c) && pre === 0) {
      owe(SPACE);
      return;
    }
    flush(s);
    endRun();
    const out = c === 0xa0 && data.length === 1 ? ' ' : data;
    parts.push(out);
    reserve(out.length);
    for (let k = 0; k < out.length; k++) {
      starts[n] = s;
      ends[n] = e;
      n++;
    }
    gapStart = e;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skip++;
        if (PRE_TAGS.has(name)) {
          pre++;
          preContentStart = parser.endIndex + 1;
        }
        if (skip > 0) return;
        if (name === 'br') owe(pending >= LINE ? PARAGRAPH : LINE);
        else if (PARAGRAPH_TAGS.has(name)) owe(PARAGRAPH);
        else if (LINE_TAGS.has(name)) owe(LINE);
        else if (CELL_TAGS.has(name)) owe(TAB);
      },
      onclosetag(name) {
        if (SKIP.has(name) && skip > 0) skip--;
        if (PRE_TAGS.has(name) && pre > 0) pre--;
        if (skip > 0) return;
        if (PARAGRAPH_TAGS.has(name)) owe(PARAGRAPH);
        else if (LINE_TAGS.has(name)) owe(LINE);
      },
      ontext(data) {
        if (skip > 0) return;
        const s = parser.startIndex;
        const e = parser.endIndex + 1;
        // Text as written comes with its own range; a decoded entity is shorter than its
        // source (`&lt` is the shortest, at 3 characters, and decodes to at most 2 units).
        if (data.length === e - s) {
          rawText(s, e);
        } else if (e > s) {
          entityStart = s;
          entityEnd = e;
          entity(data, s, e);
        } else {
          // the second half of an entity decoded in two pieces (`&Afr;`, `&NotEqualTilde;`)
          entity(data, entityStart, entityEnd);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: false },
  );
  parser.write(html);
  parser.end();
  endRun();

  const text = parts.join('');
  const len = n;
  const total = html.length;
  return {
    text,
    toOriginal(h) {
      if (h.end <= h.start) {
        const p = h.start < len ? starts[h.start]! : total;
        return { start: p, end: p };
      }
      return { start: h.start < len ? starts[h.start]! : total, end: h.end - 1 < len ? ends[h.end - 1]! : total };
    },
  };
}
