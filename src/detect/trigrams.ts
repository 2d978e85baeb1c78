/**
 * franc's trigram ranking (https://github.com/wooorm/franc, MIT) over our own subset of its
 * profiles (trigrams.data.ts): the same distance (sum over the sample's trigrams of the rank
 * difference, 300 for a trigram the profile lacks) and the same normalisation to 0..1, best
 * first. The caller says which script's profiles to use; detection has decided the script.
 */
import { asTuples } from 'trigram-utils';
import { TRIGRAMS } from './trigrams.data.js';

const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

type Script = keyof typeof TRIGRAMS;
let models: Record<Script, [string, Map<string, number>][]> | undefined;

/** The profiles as rank maps, built on first use. */
function profiles(): Record<Script, [string, Map<string, number>][]> {
  if (models) return models;
  const build = (s: Script) =>
    Object.entries(TRIGRAMS[s]).map(([lang, p]) => [lang, new Map(p.split('|').map((t, i) => [t, i]))] as [string, Map<string, number>]);
  models = { Cyrillic: build('Cyrillic'), Latin: build('Latin') };
  return models;
}

/** `[language, score]` pairs, best first, scores 0..1 (1 for the best), as francAll gives them. */
export function rankLanguages(value: string, script: Script, only?: readonly string[]): [string, number][] {
  const sample = value.slice(0, MAX_LENGTH);
  if (!sample) return [['und', 1]];
  const trigrams = asTuples(sample);
  const out: [string, number][] = [];
  for (const [lang, model] of profiles()[script]) {
    if (only && !only.includes(lang)) continue;
    let distance = 0;
    for (const [t, n] of trigrams) {
      const r = model.get(t);
      distance += r === undefined ? MAX_DIFFERENCE : Math.abs(n - r - 1);
    }
    out.push([lang, distance]);
  }
  if (!out.length) return [['und', 1]];
  out.sort((a, b) => a[1] - b[1]);
  const min = out[0]![1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const d of out) d[1] = 1 - (d[1] - min) / max || 0;
  return out;
}
