/**
 * compromise's `people()` as a peer for the English person scores in `npm run eval`: each name it
 * proposes becomes a nameKey the way ours are made (honorifics and ranks stripped, diacritics
 * folded, lowercase ASCII), so both are scored against the same gold by the same rule.
 */
import nlp from 'compromise';
import { EN_HONORIFICS } from '../src/locales/en/people.lexicon.js';

const HONORIFIC = new RegExp(
  `^(?:(?:${[...EN_HONORIFICS].sort((a, b) => b.length - a.length).map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+)+`,
  'i',
);

export function foldKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** nameKeys of the people compromise finds in `text`. */
export function compromisePeople(text: string): string[] {
  const out = new Set<string>();
  for (const name of nlp(text).people().out('array') as string[]) {
    const key = foldKey(name.replace(HONORIFIC, ''));
    if (key) out.add(key);
  }
  return [...out];
}
