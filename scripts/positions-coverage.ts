/**
 * Coverage of the neutral posts and bodies (issue 14): over the fixtures (fixtures/{en,ru,vi}) and
 * the real-news texts (../shared/corpora/real-news/{en,ru,vi}/*.txt), each text parsed in its
 * language, the share of roles (every person mention's `roles`) that got a `position` and a
 * `body`, and the titles and organisations most often left without one.
 *
 *   npx tsx scripts/positions-coverage.ts [--top N]
 *
 * Coverage is not accuracy: a role whose title or organisation is not in the vocabulary is
 * counted as uncovered, and one the vocabulary reads wrongly is counted as covered. Read the
 * lists to extend the vocabulary only where it is clearly right.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../src/index.js';

type Lang = 'en' | 'ru' | 'vi';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const topArg = process.argv.indexOf('--top');
const TOP = topArg > 0 ? Number(process.argv[topArg + 1]) : 15;

function texts(lang: Lang): string[] {
  const dirs = [join(ROOT, 'fixtures', lang), join(ROOT, '..', 'shared', 'corpora', 'real-news', lang)];
  const out: string[] = [];
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) if (f.endsWith('.txt')) out.push(readFileSync(join(d, f), 'utf8'));
  }
  return out;
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '-').padStart(5);
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const top = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP)
    .map(([k, n]) => `      ${String(n).padStart(3)}  ${k}`)
    .join('\n');

console.log('lang  texts  roles  position        body  body|org  (share of roles; body|org: of the roles with an organisation)');
const lists: string[] = [];
for (const lang of ['en', 'ru', 'vi'] as const) {
  const all = texts(lang);
  let roles = 0;
  let withPos = 0;
  let withBody = 0;
  let withOrg = 0;
  let orgBody = 0;
  const noPos = new Map<string, number>();
  const noBody = new Map<string, number>();
  for (const t of all) {
    const r = parseReport(t, { language: lang });
    for (const p of r.people) {
      for (const role of p.roles) {
        roles++;
        if (role.position) withPos++;
        else bump(noPos, role.title);
        if (role.body) withBody++;
        if (role.organization) {
          withOrg++;
          if (role.body) orgBody++;
          else bump(noBody, role.organization);
        }
      }
    }
  }
  console.log(
    `${lang.padEnd(4)}  ${String(all.length).padStart(5)}  ${String(roles).padStart(5)}  ${pct(withPos, roles)}% ${String(withPos).padStart(4)}  ${pct(withBody, roles)}% ${String(withBody).padStart(4)}  ${pct(orgBody, withOrg)}% ${String(orgBody).padStart(4)}/${withOrg}`,
  );
  lists.push(`${lang}: titles without a position\n${top(noPos) || '      (none)'}\n${lang}: organisations without a body\n${top(noBody) || '      (none)'}`);
}
console.log(`\n${lists.join('\n\n')}`);
