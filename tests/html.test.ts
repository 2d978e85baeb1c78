/**
 * HTML input (issue 15): `input: 'html'` reads the text a page shows, and every span is an offset
 * into the HTML string, so `html.slice(span.start, span.end) === text` for every record, markup
 * and entities included. The HTML here is written by the tests themselves: the fixture articles
 * are wrapped in markup of our own.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  extractDates,
  extractDocuments,
  extractPeople,
  extractUnits,
  parseReport,
  ReportSchema,
  type Report,
} from '../src/index.js';
import { htmlToText } from '../src/html.js';
import { expectSpansSlice, ROOT } from './helpers.js';

type Lang = 'en' | 'ru' | 'vi';

/** A record without its `text` and `span` (nested roles, counts and parts too). */
function strip(o: unknown): unknown {
  if (Array.isArray(o)) return o.map(strip);
  if (o && typeof o === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) if (k !== 'text' && k !== 'span') out[k] = strip(v);
    return out;
  }
  return o;
}

/**
 * Every record, role, count and part slices the HTML to its `text`; the source's span covers
 * the URL, which is given as the page shows it (markup dropped, entities decoded).
 */
function expectHtmlSpans(html: string, r: Report): void {
  expectSpansSlice(html, { ...r, source: undefined });
  if (r.source) expect(htmlToText(html.slice(r.source.span.start, r.source.span.end)).text).toBe(r.source.url);
}

/** Warnings with their offsets blanked: an offset counts in the HTML for HTML input. */
const warningsOf = (r: Report) => r.warnings.map((w) => w.replace(/ at \d+ /, ' at N '));

/** Entities the pages of this genre use, one character each. */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  ê: '&ecirc;',
  ế: '&#7871;',
  ô: '&ocirc;',
  ă: '&#x103;',
  Đ: '&#272;',
  đ: '&dstrok;',
  é: '&eacute;',
  и: '&#1080;',
  о: '&#x43E;',
  '"': '&quot;',
  "'": '&#39;',
};

/** One word with markup: an entity for some characters, a tag around it or through it. */
function word(w: string, i: number): string {
  let out = '';
  let k = 0;
  for (const ch of w) {
    const e = ENTITIES[ch];
    // '&', '<' and '>' must be escaped; the others are, every other time
    out += e && ('&<>'.includes(ch) || (i + k) % 2 === 0) ? e : ch;
    k++;
  }
  if (i % 7 === 3) return `<b>${out}</b>`;
  if (i % 11 === 5) return `<a href="https://example.org/page?id=${i}&amp;lang=x">${out}</a>`;
  if (i % 13 === 8 && w.length >= 4 && !/[&<>"']/.test(w)) {
    // a tag through the middle of the word ("60-<i>NQ</i>/TW" in spirit)
    const mid = Math.floor(w.length / 2);
    return `${word(w.slice(0, mid), 0)}<span class="k">${word(w.slice(mid), 0)}</span>`;
  }
  return out;
}

/** The spaces between words: mostly plain, some &nbsp;, some a line break and indentation. */
function space(i: number): string {
  if (i % 5 === 2) return '&nbsp;';
  if (i % 9 === 4) return '\n      ';
  if (i % 17 === 10) return ' <!-- 1-NQ/TW ngày 1/1/2020 --> ';
  return ' ';
}

const JUNK_HEAD =
  '<!DOCTYPE html>\n<html lang="x">\n<head>\n<meta charset="utf-8">\n<title>Nghị quyết 99-NQ/TW ngày 9/9/2019</title>\n' +
  '<style>p { margin: 0 } /* Decision No. 77/QD-TTg dated May 5, 2011 */ .a::before { content: "<p>" }</style>\n' +
  '<script>var junk = "Resolution No. 88-NQ/TW dated March 3, 2012 </p> Ông Nguyễn Văn Junk, Bí thư Tỉnh ủy"; if (a < b && c > d) {}</script>\n' +
  '</head>\n<body>\n<article>\n';
const JUNK_TAIL =
  '<noscript>Chỉ thị số 55-CT/TW ngày 5/5/2015</noscript>\n<template><p>Kết luận số 66-KL/TW</p></template>\n' +
  '</article>\n<script type="application/ld+json">{"headline": "Заключение № 44-КЛ/TW от 4 апреля 2014 г."}</script>\n</body>\n</html>\n';

/**
 * The article as a page: each line a paragraph (the first a heading), a line cut inside a code
 * ("60-" then "NQ/TW") joined by <br>, words and spaces marked up as above, a script and a
 * style with text of the same genre in the middle.
 */
function toHtml(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [JUNK_HEAD];
  let w = 0;
  let para = 0;
  let open = false;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!.trim();
    if (line === '') continue;
    if (!open) {
      out.push(para === 0 ? '<h1 class="title">' : para % 4 === 3 ? '<div class="para">' : '<p>');
      open = true;
    }
    const words = line.split(' ');
    out.push(words.map((x, j) => (j === 0 ? '' : space(w + j)) + word(x, w + j)).join(''));
    w += words.length;
    // a line cut inside a code goes on after a <br>, in the same paragraph
    if (/[-/]$/.test(line) && li + 1 < lines.length) {
      out.push('<br>\n');
      continue;
    }
    out.push(para === 0 ? '</h1>\n' : para % 4 === 3 ? '</div>\n' : '</p>\n');
    open = false;
    if (para === 1) out.push('<script>document.write("<p>Quyết định số 12/QĐ-TTg ngày 1/2/2003</p>");</script>\n');
    if (para === 2) out.push('<style>.x { font: 12px/1.5 serif }</style>\n');
    para++;
  }
  out.push(JUNK_TAIL);
  return out.join('');
}

const fixtures: { name: string; lang: Lang; text: string }[] = [];
for (const lang of ['en', 'ru', 'vi'] as const) {
  const dir = resolve(ROOT, 'fixtures', lang);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    fixtures.push({ name: f, lang, text: readFileSync(resolve(dir, f), 'utf8') });
  }
}

describe('fixture articles as HTML give the records of the text', () => {
  it('has fixtures in every language', () => {
    for (const lang of ['en', 'ru', 'vi']) expect(fixtures.filter((f) => f.lang === lang).length).toBeGreaterThanOrEqual(5);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const html = toHtml(f.text);
    const fromText = parseReport(f.text, { language: f.lang });
    const fromHtml = parseReport(html, { input: 'html', language: f.lang });
    expect(ReportSchema.safeParse(fromHtml).success).toBe(true);
    for (const k of ['documents', 'dates', 'people', 'units', 'unitChanges'] as const) {
      expect(fromHtml[k].length, k).toBe(fromText[k].length);
      expect(strip(fromHtml[k]), k).toEqual(strip(fromText[k]));
    }
    expect(fromText.documents.length + fromText.people.length).toBeGreaterThan(0);
    expect(warningsOf(fromHtml)).toEqual(warningsOf(fromText));
    expect(fromHtml.source?.url).toBe(fromText.source?.url);
    expect(fromHtml.source?.host).toBe(fromText.source?.host);
    // every record, role, count and part slices the HTML to its text
    expectHtmlSpans(html, fromHtml);
    // nothing from the script, style, noscript, template, title or comments
    const keys = fromHtml.documents.map((d) => d.key);
    for (const junk of ['99-NQ/TW', '77/QD-TTG', '88-NQ/TW', '55-CT/TW', '66-KL/TW', '44-KL/TW', '12/QD-TTG', '1-NQ/TW']) expect(keys).not.toContain(junk);
    expect(fromHtml.people.map((p) => p.nameKey)).not.toContain('nguyen van junk');
    // and the language is found without being told
    expect(parseReport(html, { input: 'html' }).language.code).toBe(f.lang);
  });

  it('a warning about an impossible date gives its offset in the HTML', () => {
    const html = '<p>Ngày <b>31/4/2025</b>, Bộ Nội vụ họp.</p>';
    const r = parseReport(html, { input: 'html', language: 'vi' });
    const m = / at (\d+) /.exec(r.warnings.find((w) => w.includes('impossible date')) ?? '');
    expect(m).not.toBeNull();
    expect(html.slice(Number(m![1]))).toMatch(/^31\/4\/2025/);
  });
});

describe('the reported bug: HTML read as text', () => {
  // a Vietnamese article as some CMSs write it: every letter with a diacritic as an entity
  const encoded = (s: string) => [...s].map((c) => (c.charCodeAt(0) > 0x7f ? `&#${c.codePointAt(0)};` : c)).join('');
  const article = [
    'Ngày 12/4/2025, Ban Chấp hành Trung ương Đảng ban hành Nghị quyết số 60-NQ/TW về sắp xếp đơn vị hành chính.',
    'Đồng chí Nguyễn Văn An, Phó Bí thư Thường trực Tỉnh ủy, điều hành hội nghị.',
    'Tỉnh sẽ sắp xếp 171 đơn vị hành chính cấp xã thành 54 đơn vị, giảm 68,4%.',
  ];
  const html = `<html><body>${article.map((p) => `<p>${encoded(p)}</p>`).join('\n')}</body></html>`;

  it('as text it is not recognised, and nothing is extracted', () => {
    const r = parseReport(html);
    expect(r.language.code).toBe('und');
    expect(r.documents).toEqual([]);
  });

  it("with input: 'html' it is Vietnamese, with its records, spans into the HTML", () => {
    const r = parseReport(html, { input: 'html' });
    expect(r.language.code).toBe('vi');
    expect(r.documents.map((d) => d.key)).toEqual(['60-NQ/TW']);
    expect(r.people.map((p) => [p.nameKey, p.name])).toEqual([['nguyen van an', 'Nguyễn Văn An']]);
    expect(r.people[0]!.text).toBe(encoded('Nguyễn Văn An'));
    expect(r.people[0]!.roles[0]?.position).toBe('standing-deputy-secretary');
    expect(r.unitChanges.map((c) => [c.from.count, c.to.count])).toEqual([[171, 54]]);
    expectHtmlSpans(html, r);
    // the same records as the plain text
    const plain = parseReport(article.join('\n\n'));
    for (const k of ['documents', 'dates', 'people', 'units', 'unitChanges'] as const) expect(strip(r[k])).toEqual(strip(plain[k]));
  });

  it.each([
    ['<p>Nghị quyết số <b>60-NQ/TW</b> <i>ngày 12/4/2025</i> của Ban Chấp hành Trung ương Đảng.</p>', '60-NQ/TW'],
    ['<p>Nghị quyết số <strong>60-NQ/TW</strong>&nbsp;ngày&nbsp;12/4/2025 của Ban Chấp hành Trung ương Đảng.</p>', '60-NQ/TW'],
    ['<p>Nghị quyết số 60-NQ/TW\n<span class="date">ngày 12/4/2025</span></p>', '60-NQ/TW'],
    ['<p>Nghị quyết số <b>60</b>-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng.</p>', '60</b>-NQ/TW'],
    ['<p>Nghị quyết số 60-<b>NQ/TW</b> ngày <b>12/4/2025</b> của Ban Chấp hành Trung ương Đảng.</p>', '60-<b>NQ/TW'],
  ])('markup around a code no longer keeps its date from it: %s', (html2, text) => {
    const asText = parseReport(html2, { language: 'vi' }).documents;
    expect(asText.filter((d) => d.key === '60-NQ/TW' && d.date === '2025-04-12')).toEqual([]);
    const r = parseReport(html2, { input: 'html', language: 'vi' });
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0]).toMatchObject({ key: '60-NQ/TW', date: '2025-04-12', text });
    expect(r.dates.map((d) => d.value)).toEqual(['2025-04-12']);
    expectHtmlSpans(html2, r);
  });

  it('a mention across tags or with an entity slices the HTML, markup included', () => {
    const html3 = '<p>Theo Chỉ thị số <i>45</i>-CT/<b>TW</b>, ông Ph&#7841;m Minh Ch&iacute;nh ph&aacute;t biểu.</p>';
    const r = parseReport(html3, { input: 'html', language: 'vi' });
    expect(r.documents.map((d) => [d.key, d.text])).toEqual([['45-CT/TW', '45</i>-CT/<b>TW']]);
    expect(r.people.map((p) => [p.name, p.text])).toEqual([['Phạm Minh Chính', 'Ph&#7841;m Minh Ch&iacute;nh']]);
    expectHtmlSpans(html3, r);
  });
});

describe('the per-family entry points read HTML too', () => {
  const html =
    '<div><p>Conclusion No. <b>150-KL/TW</b>, dated April&nbsp;14, 2025 of the Politburo.</p>' +
    '<p>Mr. Tran Van Nam, Secretary of the Provincial Party Committee, said the province would merge 171 communes into 54.</p></div>';
  it.each([
    ['extractDocuments', () => extractDocuments(html, { input: 'html' })],
    ['extractDates', () => extractDates(html, { input: 'html' })],
    ['extractPeople', () => extractPeople(html, { input: 'html' })],
    ['extractUnits', () => extractUnits(html, { input: 'html' }).units],
  ] as const)('%s', (_name, f) => {
    const records = f();
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(html.slice(r.span.start, r.span.end)).toBe(r.text);
  });
  it('gives the families parseReport gives', () => {
    const r = parseReport(html, { input: 'html' });
    expect(extractDocuments(html, { input: 'html' })).toEqual(r.documents);
    expect(extractDates(html, { input: 'html' })).toEqual(r.dates);
    expect(extractPeople(html, { input: 'html' })).toEqual(r.people);
    expect(extractUnits(html, { input: 'html' })).toEqual({ units: r.units, unitChanges: r.unitChanges });
    expect(r.documents[0]).toMatchObject({ key: '150-KL/TW', date: '2025-04-14' });
    expect(r.dates.map((d) => d.text)).toContain('April&nbsp;14, 2025');
  });
});

describe('options.input', () => {
  it("'text' and absent read the string as text", () => {
    const s = '<p>Nghị quyết số 60-NQ/TW</p>';
    expect(parseReport(s, { input: 'text' })).toEqual(parseReport(s));
  });
  it.each([['bogus'], [1], [null], ['HTML']])('%j is a TypeError naming options.input', (v) => {
    expect(() => parseReport('x', { input: v } as never)).toThrow(TypeError);
    expect(() => parseReport('x', { input: v } as never)).toThrow(/options\.input/);
    expect(() => extractDates('x', { input: v } as never)).toThrow(/^extractDates: .*options\.input/);
  });
});

/** Text and map of htmlToText, with the map's invariants checked. */
function strip2(html: string): { text: string; at: (i: number) => string } {
  const s = htmlToText(html);
  let prev = 0;
  for (let i = 0; i < s.text.length; i++) {
    const h = s.toOriginal({ start: i, end: i + 1 });
    expect(h.start).toBeGreaterThanOrEqual(prev);
    expect(h.end).toBeGreaterThanOrEqual(h.start);
    expect(h.end).toBeLessThanOrEqual(html.length);
    // a character copied from the HTML maps to itself (text and map stay aligned)
    if (h.end - h.start === 1 && !/[\s\u00A0]/.test(html[h.start]!)) expect(html[h.start]).toBe(s.text[i]);
    prev = h.start;
  }
  return { text: s.text, at: (i) => html.slice(s.toOriginal({ start: i, end: i + 1 }).start, s.toOriginal({ start: i, end: i + 1 }).end) };
}

describe('htmlToText', () => {
  it.each([
    ['', ''],
    ['plain text', 'plain text'],
    ['<p></p><div><span></span></div><br><hr>', ''],
    ['<html><head><title>T</title></head><body></body></html>', ''],
    ['<p>a</p><p>b</p>', 'a\n\nb'],
    ['<h1>Title</h1>Body', 'Title\n\nBody'],
    ['a<br>b', 'a\nb'],
    ['a<br><br>b', 'a\n\nb'],
    ['a<br/><br /><br>b', 'a\n\nb'],
    ['<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>', 'a\tb\nc\td'],
    ['  a \n\t b  ', 'a b'],
    ['<p>\n  Nghị quyết\n  số 60\n</p>', 'Nghị quyết số 60'],
    ['<pre>a  b\n c</pre>after', 'a  b\n c\n\nafter'],
    ['x<pre>\n  if (a) {\n    b();\n  }\n</pre>', 'x\n\n  if (a) {\n    b();\n  }\n'],
    ['<pre>\r\nA&nbsp;B\u00A0C</pre>', 'A B C'],
    ['a&nbsp;&nbsp;b\u00A0c', 'a b c'],
    ['<b>60</b>-NQ/<i>TW</i>', '60-NQ/TW'],
    ['x<script>var a = "<p>y</p>";</script>z', 'xz'],
    ['x<style>p{}</style><noscript>n</noscript><template>t</template><textarea>ta</textarea>z', 'xz'],
    ['x<svg><text>s</text><title>t</title></svg><math><mi>m</mi></math>z', 'xz'],
    ['x<!-- comment <p>y</p> -->z', 'xz'],
    ['x<![CDATA[ cdata ]]>z', 'xz'],
    ['<?xml version="1.0"?><!DOCTYPE html>x', 'x'],
    ['&amp;&lt;&gt;&quot;&#39;&apos;', '&<>"\'\''],
    ['Nguy&ecirc;n &#7871; &#x1EBF; &#X1ebf;', 'Nguyên ế ế ế'],
    ['&amp x &lt y', '& x < y'],
    ['&bogus; & &; &#; &#x; &#xZZ;', '&bogus; & &; &#; &#x; &#xZZ;'],
    ['&#0;&#xD800;&#1114112;', '\uFFFD\uFFFD\uFFFD'],
    ['&Afr;&NotEqualTilde;', '\u{1D504}\u2242\u0338'],
    ['<p>unclosed <b>bold <i>italic', 'unclosed bold italic'],
    ['</p></div></b>stray', 'stray'],
    ['<p class="a>b', ''],
    ['a <', 'a <'],
    ['<<>>', '<<>>'],
    ['<div>a<div>b</div>c</div>', 'a\n\nb\n\nc'],
  ])('%j', (html, text) => {
    expect(strip2(html).text).toBe(text);
  });

  it('maps characters, entities and separators back to the HTML they came from', () => {
    const html = '<p>Nguy&ecirc;n</p>\n<p>An&Afr;</p>';
    const s = strip2(html);
    expect(s.text).toBe('Nguyên\n\nAn\u{1D504}');
    expect(s.at(0)).toBe('N');
    expect(s.at(4)).toBe('&ecirc;');
    expect(s.at(6)).toBe('</p>\n<p>');
    expect(s.at(7)).toBe('</p>\n<p>');
    expect(s.at(10)).toBe('&Afr;');
    expect(s.at(11)).toBe('&Afr;');
    const m = htmlToText(html);
    expect(m.toOriginal({ start: 0, end: 6 })).toEqual({ start: 3, end: 15 });
    expect(m.toOriginal({ start: 3, end: 3 })).toEqual({ start: 6, end: 6 });
    expect(m.toOriginal({ start: m.text.length, end: m.text.length })).toEqual({ start: html.length, end: html.length });
  });

  it('is linear: a 1 MB page in well under a few seconds, text and map of its size', () => {
    const para =
      '<p class="body">Ban Chấp hành Trung ương ban hành Nghị quyết số <a href="/x?a=1&amp;b=2">60-NQ/TW</a> ngày <b>12/4/2025</b> &ndash; ông Nguy&#7877;n V&#259;n An ph&aacute;t biểu.</p>\n' +
      '<script>var x = "<p>junk</p>";</script><!-- c -->\n';
    const html = para.repeat(Math.ceil(1_000_000 / para.length));
    const t0 = performance.now();
    const s = htmlToText(html);
    const t1 = performance.now();
    expect(t1 - t0).toBeLessThan(3000);
    expect(s.text.length).toBeLessThan(html.length);
    expect(s.text).not.toContain('junk');
    const r = parseReport(html, { input: 'html', language: 'vi', only: ['documents'] });
    expect(performance.now() - t1).toBeLessThan(20000);
    expect(r.documents.length).toBe(Math.ceil(1_000_000 / para.length));
    const last = r.documents[r.documents.length - 1]!;
    expect(html.slice(last.span.start, last.span.end)).toBe(last.text);
    expect(last.date).toBe('2025-04-12');
  });
});

describe('malformed HTML never throws', () => {
  const cases: [string, string][] = [
    ...[
      '',
      '<',
      '<p',
      '<p><b><i><u>',
      '</',
      '<!--',
      '<!-- unclosed comment Nghị quyết số 60-NQ/TW',
      '<![CDATA[',
      '<script>never closed 60-NQ/TW ngày 12/4/2025',
      '&',
      '&#',
      '&#x',
      '&#99999999999999999999;',
      '\u0000<p>\uD800</p>\uDC00',
    ].map((h): [string, string] => [JSON.stringify(h), h]),
    ['an entity name 10,000 letters long', `&${'a'.repeat(10_000)}`],
    ['a tag of 5,000 attributes never closed', `<${'p '.repeat(5_000)}`],
    ['20,000 nested divs', '<div>'.repeat(20_000)],
  ];
  it.each(cases)('%s', (_label, html) => {
    const r = parseReport(html, { input: 'html' });
    expect(ReportSchema.safeParse(r).success).toBe(true);
    expectHtmlSpans(html, r);
  });

  it('an unclosed script hides what follows, as a browser does', () => {
    expect(parseReport('<script>Nghị quyết số 60-NQ/TW ngày 12/4/2025', { input: 'html', language: 'vi' }).documents).toEqual([]);
  });

  it('text only tags and white space says nothing and warns nothing', () => {
    const r = parseReport('<html>\n  <body>\n   <div> </div>\n  </body>\n</html>', { input: 'html' });
    expect(r.language.code).toBe('und');
    expect(r.warnings).toEqual([]);
  });
});

describe('any HTML-ish string', () => {
  const pieces = fc.constantFrom(
    '<p>', '</p>', '<b>', '</b>', '<br>', '<div class="a">', '</div>', '<script>', '</script>', '<style>', '<!--', '-->',
    '<![CDATA[', ']]>', '<pre>', '</pre>', '<td>', '<tr>', '<', '>', '&', '&amp;', '&nbsp;', '&ecirc;', '&#7871;', '&#x1EBF;',
    '&Afr;', '&bogus;', '&#', ';', '"', "'", ' ', '\n', '\t', '\u00A0', '\uD800', '\u0301', 'Nghị quyết số ', '60-NQ/TW',
    ' ngày 12/4/2025', 'Nguy&#7877;n Văn An', ', Phó Bí thư Tỉnh ủy', 'Conclusion No. 150-KL/TW', 'dated April 14, 2025',
    'Заключение № 150-КЛ/TW', '200 communes into 75', 'Source: https://x.vn/a?b=1&amp;c=2',
  );
  it('never throws; records pass their schema and slice the HTML', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.constantFrom('en', 'ru', 'vi', undefined), (parts, lang) => {
        const html = parts.join('');
        strip2(html); // the map stays aligned with the text
        const r = parseReport(html, lang ? { input: 'html', language: lang as Lang } : { input: 'html' });
        expect(ReportSchema.safeParse(r).success).toBe(true);
        expectHtmlSpans(html, r);
        for (let k = 1; k < r.documents.length; k++) expect(r.documents[k]!.span.start).toBeGreaterThanOrEqual(r.documents[k - 1]!.span.start);
      }),
      { numRuns: 300 },
    );
  });
  it('arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (html) => {
        strip2(html);
        const r = parseReport(html, { input: 'html' });
        expect(ReportSchema.safeParse(r).success).toBe(true);
        expectHtmlSpans(html, r);
      }),
      { numRuns: 200 },
    );
  });
});
