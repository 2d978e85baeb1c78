/** --help text and the one-line hint printed after a usage error. */
import { VERSION } from '../version.js';

export const HINT = "Try 'newsreport --help' for usage.";

export function helpText(): string {
  return `newsreport ${VERSION}
Extract document references, dates, people with their posts and administrative-unit
restructurings from news about Vietnamese governance (English, Russian, Vietnamese).

Usage:
  newsreport [options] [file | directory | -]...
  cat article.txt | newsreport [options]
  newsreport align [options] a.txt b.txt [c.txt ...]

Inputs:
  file         a UTF-8 text file, or UTF-16 LE/BE starting with its byte-order mark; a
               byte-order mark is removed, so spans count from the character after it
  directory    searched recursively for *.txt, *.md, *.html and *.htm files, in sorted
               order; node_modules and directories starting with '.' are skipped
  -            standard input; also read when no input is given and stdin is not a terminal

  *.html and *.htm files are read as HTML: the text the page shows (tags, scripts and styles
  dropped, entities decoded, blocks as line breaks), with spans into the HTML, so a record's
  text is the HTML that covers it. Other files and stdin are text unless --input says.

Options:
  --format <f>        output format, one of json, jsonl, summary, html (default: json)
  --lang <code>       skip language detection: en, ru or vi
  --ref-date <date>   reference date yyyy-mm-dd (e.g. the publication date) used for
                      dates written without a year
  --only <families>   extract only these record families, comma-separated or repeated:
                      documents, dates, people, units (units includes unitChanges);
                      the others stay in the report as empty arrays
  --input <kind>      what every input is, text or html, whatever its name (e.g. html
                      for stdin); by default *.html and *.htm are html, the rest text
  --input jsonl       inputs are JSON lines of articles, { "id", "text", "lang"?, "refDate"?,
                      "input"? } each; writes one line per article, { "id", "report" } or
                      { "id", "error" }, in input order, as each is ready
  --jobs <n>          with --input jsonl: read on n worker threads (default 1)
  --resume <file>     with --input jsonl: skip the ids this earlier output already holds
                      (append the new lines to it: >> file)
  --text-field <f>    with --input jsonl: the field that holds the text (default: text)
  --max-bytes <n>     refuse a file or stdin longer than n bytes, reading no further
                      (default: 67108864, i.e. 64 MiB)
  -h, --help          print this help and exit
  --version           print the version and exit

Formats:
  json      one input (a single file or stdin): the Report object, pretty-printed.
            Several inputs or any directory: a pretty-printed array of
            { "file": path, "report": Report } in input order.
  jsonl     one line per input: {"file": path, "report": Report}; stdin's path is "-".
  summary   a human-readable overview per input: language and confidence, counts,
            documents (key, kind, date), people (name key, first role), unit changes
            ("200 → 75 (−62.5%, consistent)") and warnings. Not meant for parsing.
  html      one input only (a single file or stdin): a self-contained HTML page with the
            text, every mention highlighted by type (tooltips with the normalised fields on
            hover and keyboard focus), a table per record type, the warnings and the
            language (newsreport --format html a.txt > a.html). For several files, run it
            once per file.

align     the versions of one story (e.g. a Vietnamese article and its English and
          Russian renderings), one file each: a table of the facts with one column per
          version (✓ where the version has the fact under the same key) and the
          differences, most serious first (--format summary, the default here), the
          Alignment as JSON (--format json), or an HTML page with the texts side by side,
          one column per version, each difference marked on every version (--format html).
          Each file's language is detected unless --lang is given.

Files that cannot be read (missing, not UTF-8, over --max-bytes, a directory without text
files) are reported on stderr, one line each, and the other inputs are still processed.
Control characters in file names and, with summary, in the text are printed as escapes (\\x1b).
When stdout is closed early (newsreport dir | head -1), reading stops and the command exits
quietly with the exit code so far.

Exit codes:
  0   success
  1   unexpected internal error
  2   bad input: a usage error, an invalid option value, or an input that could not be read
`;
}
