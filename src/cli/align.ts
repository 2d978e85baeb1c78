/**
 * `newsreport align a.txt b.txt [c.txt ...]`: the versions of one story side by side. Each file
 * is parsed (its language detected unless --lang is given), then aligned; `--format json` prints
 * the Alignment, `summary` (the default here) a table of facts with one column per version and
 * the differences, most serious first, `html` a page with the texts side by side (align-html.ts).
 */
import { alignReports, parseReport, type Alignment, type Report } from '../index.js';
import type { CliArgs } from './args.js';
import { escapeControls } from './escape.js';
import { DecodeError, decodeText, expandInputs, fsReason, optionsFor, readFileBounded, TooLargeError } from './files.js';
import { formatAlignmentHtml } from './align-html.js';
import { writeJson } from './json.js';
import type { Io } from './main.js';
import { table } from './summary.js';

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;

export async function runAlign(args: CliArgs, io: Io, hint: string): Promise<number> {
  const bad = (msg: string, withHint = false): number => {
    io.stderr(`newsreport align: ${escapeControls(msg)}\n${withHint ? `${hint}\n` : ''}`);
    return EXIT_BAD_INPUT;
  };
  if (args.format === 'jsonl') return bad('--format must be summary, json or html', true);
  const expanded = expandInputs(args.inputs, io.cwd);
  if (expanded.sawDirectory) return bad('give files, not directories: one file per version of the story', true);
  const files = expanded.items;
  if (files.length < 2) return bad(`needs at least two files (the versions of one story), got ${files.length}`, true);
  const reports: Report[] = [];
  const texts: string[] = [];
  const labels: string[] = [];
  for (const input of files) {
    if (input.kind === 'error') return bad(input.message);
    if (input.kind === 'stdin') return bad('standard input cannot be one of the versions: give files');
    let text: string;
    try {
      text = decodeText(readFileBounded(input.abs, args.maxBytes));
    } catch (e) {
      const known = e instanceof DecodeError || e instanceof TooLargeError;
      return bad(`${input.display}: ${known ? (e as Error).message : fsReason(e)}`);
    }
    reports.push(parseReport(text, optionsFor(input, args.options)));
    texts.push(text);
    labels.push(input.display);
  }
  // "dir/en.txt", "dir/ru.txt": the shared directory says nothing in a column head
  const cut = labels.every((l) => l.includes('/')) ? commonDirLength(labels) : 0;
  for (let i = 0; i < labels.length; i++) if (labels[i]!.length > cut) labels[i] = labels[i]!.slice(cut);
  const al = alignReports(reports, { labels });
  if (args.format === 'summary') io.stdout(formatAlignment(al));
  else if (args.format === 'html') io.stdout(formatAlignmentHtml(al, texts));
  else writeJson(al, true, io.stdout, { tail: '\n' });
  return EXIT_OK;
}

const show = (v: string | number | null | undefined) => (v === null || v === undefined ? '–' : String(v));

/** The aligned facts, one column per version, then the differences, most serious first. */
export function formatAlignment(al: Alignment): string {
  const head = ['type', 'key', ...al.reports.map((r, i) => `${r.label ?? `report ${i}`} (${r.language})`)];
  const rows = al.groups.map((g) => [
    g.type,
    g.key,
    ...g.members.map((m) => (m ? `${m.key === g.key ? '✓' : m.key}${m.mentions > 1 ? ` ×${m.mentions}` : ''}` : '–')),
  ]);
  const lines = [`similarity ${al.similarity.toFixed(2)}`, ...al.warnings.map((w) => `warning: ${w}`), '', ...table([head, ...rows]), ''];
  if (!al.differences.length) lines.push('no differences');
  else {
    lines.push(`differences (${al.differences.length}):`);
    lines.push(
      ...table([
        ['severity', 'type', 'field', 'key', ...al.reports.map((r, i) => r.label ?? `report ${i}`)],
        ...al.differences.map((d) => [d.severity, d.type, d.field, d.key, ...d.values.map(show)]),
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Length of the directory prefix ("a/b/") that every label shares. */
function commonDirLength(labels: readonly string[]): number {
  let prefix = labels[0]!.slice(0, labels[0]!.lastIndexOf('/') + 1);
  for (const l of labels) while (prefix && !l.startsWith(prefix)) prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf('/') + 1);
  return prefix.length;
}
