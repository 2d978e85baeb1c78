/**
 * Posts on factRuEval-2016 (factrueval2016-ru), test part: recall of Occupation facts — a fact is
 * recalled when a person from extractPeople(text, { language: 'ru' }) overlaps a mention of the
 * Who person and one of its roles (roles or allRoles) overlaps the Job/Position span or one of its
 * alternatives; person-mention recall and person precision beside it. An informative row gives the
 * share of test job spans whose head word (first word, lowercased) is in the library's Russian
 * post vocabulary; the notes list the dev part's job heads missing from it, to grow the vocabulary
 * from dev only. newsreport targets Vietnamese names, so on this Russian news about mostly
 * non-Vietnamese people low figures are expected.
 */
import { extractPeople, type PersonMention } from '../../src/index.js';
import { RU_HONORIFICS, RU_TITLES } from '../../src/locales/ru/people.lexicon.js';
import { readJsonl, type Row, type Section } from './common.js';

interface Mention {
  start: number;
  end: number;
  text: string;
}
interface JobArg extends Partial<Mention> {
  ref: string;
  value: string;
  alternatives?: Mention[];
}
interface Doc {
  id: string;
  split: 'dev' | 'test';
  text: string;
  persons: { id: string; name: Record<string, unknown>; mentions: Mention[] }[];
  job_spans: { span: string; start: number; end: number; text: string }[];
  occupations: { id: string; type: string; args: { Who?: { ref: string; value: string }[]; Job?: JobArg[]; Position?: JobArg[] } }[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');
/** Head word of a job span: its first word, lowercased, ё folded. */
export const jobHead = (s: string) => fold(s.match(/[\p{L}][\p{L}-]*/u)?.[0] ?? '');
/** First words of every post title the ru lexicon spells out (all case forms). */
const VOCAB = new Set(RU_TITLES.map((t) => fold(t.split(/\s+/)[0]!)));
const HONORIFICS = new Set(RU_HONORIFICS.map((t) => fold(t.split(/\s+/)[0]!)));

const ctx = (text: string, s: { start: number; end: number }, w = 50) =>
  `…${text.slice(Math.max(0, s.start - w), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + w)}…`.replace(/\s+/g, ' ');

/** The first note of each of the first `k` texts (notes start with the text id). */
const firstPerDoc = (xs: string[], k: number) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const id = x.split(/[ :]/)[0]!;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  }).slice(0, k);
};
/** Adjective-like words (agreeing modifiers) a job span may open with: "бывший", "российского". */
const ADJ = /(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ой|ую|юю|ых|их|ыми|ими)$/u;
/** The first word of a job span that does not look like an agreeing adjective (its noun head). */
const nounHead = (s: string) => (s.match(/[\p{L}][\p{L}-]*/gu) ?? []).map(fold).find((w) => w.length > 2 && (!ADJ.test(w) || VOCAB.has(w))) ?? '';

export function posts(): Section {
  const docs = readJsonl<Doc>('factrueval2016-ru/factrueval2016_ru.jsonl');
  const test = docs.filter((d) => d.split === 'test');
  const notes: string[] = [];

  let facts = 0;
  let factsNoJob = 0;
  let factHit = 0;
  let factRoleOnly = 0;
  let factHeadKnown = 0;
  let goldMentions = 0;
  let goldHit = 0;
  let predicted = 0;
  let predictedOk = 0;
  const missed: string[] = [];
  const falsePeople: string[] = [];
  for (const d of test) {
    const people: PersonMention[] = extractPeople(d.text, { language: 'ru' });
    const gold = d.persons.flatMap((p) => p.mentions);
    goldMentions += gold.length;
    for (const g of gold) if (people.some((p) => overlaps(p.span, g))) goldHit++;
    for (const p of people) {
      predicted++;
      if (gold.some((g) => overlaps(p.span, g))) predictedOk++;
      else falsePeople.push(`${d.id}: ${ctx(d.text, p.span)}${p.roles.length ? ` roles: ${p.roles.map((r) => r.text).join('; ')}` : ''}`);
    }
    const byId = new Map(d.persons.map((p) => [p.id, p.mentions]));
    for (const f of d.occupations) {
      if (f.type !== 'Occupation') continue;
      const jobs = [...(f.args.Job ?? []), ...(f.args.Position ?? [])];
      const spans = jobs.flatMap((j) => [...(j.start !== undefined && j.end !== undefined ? [{ start: j.start, end: j.end }] : []), ...(j.alternatives ?? [])]);
      if (!spans.length) {
        factsNoJob++;
        continue;
      }
      facts++;
      if (jobs.some((j) => VOCAB.has(jobHead(j.text ?? j.value)))) factHeadKnown++;
      const who = (f.args.Who ?? []).flatMap((w) => byId.get(w.ref) ?? []);
      const roles = (p: PersonMention) => [...p.roles, ...(p.allRoles ?? [])];
      const hit = people.some((p) => who.some((m) => overlaps(p.span, m)) && roles(p).some((r) => spans.some((s) => overlaps(r.span, s))));
      if (hit) factHit++;
      else {
        const job = jobs[0]!;
        const at = job.start ?? 0;
        const near = who.reduce<Mention | undefined>((b, m) => (b && Math.abs(b.start - at) <= Math.abs(m.start - at) ? b : m), undefined);
        missed.push(`${d.id} ${f.id}: ${f.args.Who?.map((w) => w.value).join('/')} (nearest mention "${near?.text ?? '?'}") — ${job.start !== undefined ? ctx(d.text, { start: at, end: job.end ?? at }, 30) : job.value}`);
      }
      if (people.some((p) => roles(p).some((r) => spans.some((s) => overlaps(r.span, s))))) factRoleOnly++;
    }
  }

  const rows: Row[] = [
    { corpus: 'factrueval2016-ru', measure: 'test: Occupation facts recalled (person + post overlap)', n: facts, ours: facts ? factHit / facts : undefined },
    { corpus: 'factrueval2016-ru', measure: 'test: Occupation job spans overlapped by any predicted role', n: facts, ours: facts ? factRoleOnly / facts : undefined },
    { corpus: 'factrueval2016-ru', measure: 'test: gold person mentions found (overlap)', n: goldMentions, ours: goldMentions ? goldHit / goldMentions : undefined },
    { corpus: 'factrueval2016-ru', measure: 'test: predicted people overlapping a gold person (precision)', n: predicted, ours: predicted ? predictedOk / predicted : undefined },
  ];

  // vocabulary coverage of the test job heads (informative); dev heads missing, to grow it
  const testHeads = test.flatMap((d) => d.job_spans.map((j) => jobHead(j.text))).filter(Boolean);
  const inVocab = testHeads.filter((h) => VOCAB.has(h)).length;
  rows.push({ corpus: 'factrueval2016-ru', measure: 'test: job span head words in the ru post vocabulary', n: testHeads.length, ours: testHeads.length ? inVocab / testHeads.length : undefined });
  const devMissing = new Map<string, number>();
  let devHeads = 0;
  const devNounMissing = new Map<string, number>();
  for (const d of docs) {
    if (d.split !== 'dev') continue;
    for (const j of d.job_spans) {
      const h = jobHead(j.text);
      if (!h) continue;
      devHeads++;
      if (!VOCAB.has(h)) devMissing.set(h, (devMissing.get(h) ?? 0) + 1);
      const n = nounHead(j.text);
      if (n && !VOCAB.has(n)) devNounMissing.set(n, (devNounMissing.get(n) ?? 0) + 1);
    }
  }
  const byCount = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ru')).slice(0, k);
  const top = byCount(devMissing, 40);

  notes.push(
    `posts: ${facts} test Occupation facts with a Job/Position span (${factsNoJob} without one are not scored); ${factHit} recalled. newsreport finds people by Vietnamese family names (and their Russian transcriptions) or after an honorific/post it knows, so Russian and Western names ("Александр Налбандов", "Виторио Сандали") are not people to it: low recall is expected here, and the figure measures the Russian post vocabulary and linking only where a name is found.`,
    `posts: ${factHeadKnown} of the ${facts} facts have a post whose head word is in the ru vocabulary (e.g. "генсеком ООН Паном Ги Муном", "главе ведомства Александру Коновалову"): a post the library knows is followed by a name it does not take as a person, since ru names must be Vietnamese transcriptions.`,
    `posts: ${predicted} people predicted on ${test.length} test texts, ${predictedOk} overlapping a gold person; ${goldHit}/${goldMentions} gold person mentions found.`,
    `posts: missed facts (${missed.length}; the first of each of 10 texts): ${firstPerDoc(missed, 10).join(' ‖ ')}`,
    `posts: false people (${falsePeople.length}; the first of each of 10 texts): ${falsePeople.length ? firstPerDoc(falsePeople, 10).join(' ‖ ') : 'none'}`,
    `posts: test job heads in the vocabulary: ${inVocab}/${testHeads.length}; the vocabulary is the set of first words of the ru lexicon's RU_TITLES (all case forms).`,
    `posts: DEV job heads not in the ru post vocabulary (top 40 of ${devMissing.size} distinct, ${[...devMissing.values()].reduce((a, b) => a + b, 0)} of ${devHeads} dev job spans; † = a ru honorific, not a post): ${top.map(([h, c]) => `${h}${HONORIFICS.has(h) ? '†' : ''} ${c}`).join(', ')}`,
    `posts: DEV job noun heads (first word not shaped like an agreeing adjective, so "бывший министр" counts under "министр") not in the vocabulary, top 40 of ${devNounMissing.size}: ${byCount(devNounMissing, 40).map(([h, c]) => `${h}${HONORIFICS.has(h) ? '†' : ''} ${c}`).join(', ')}`,
  );
  return { title: 'Posts (factrueval2016-ru): Occupation facts and people on the test part, reported', rows, notes };
}
