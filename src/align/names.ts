/**
 * A looser name key for people across scripts: the spellings a Russian transcription or an
 * English rendering of one Vietnamese syllable is known to drift between fold together:
 * tr/ch (Ч is both), d/gi/z (Зунг and Дунг for Dũng), th/t (Тхан for Thanh), kh/k, i/y, and a
 * final nh/n or ng/n (Тхан for Тхань). Keys are toneless already. Used only to join people that
 * no report has under both keys, with a lower confidence.
 */
const ONSETS: readonly (readonly [string, string])[] = [
  ['ngh', 'ng'],
  ['gi', 'd'],
  ['tr', 'ch'],
  ['th', 't'],
  ['kh', 'k'],
  ['z', 'd'],
  // ch stays ch (tr has become ch); a lone c is k
  ['ch', 'ch'],
  ['c', 'k'],
  ['q', 'k'],
];

function looseSyllable(s: string): string {
  let out = s;
  for (const [from, to] of ONSETS) {
    if (out.startsWith(from)) {
      out = to + out.slice(from.length);
      break;
    }
  }
  out = out.replace(/y/g, 'i');
  if (out.endsWith('nh') || out.endsWith('ng')) out = out.slice(0, -1);
  return out;
}

export function looseNameKey(key: string): string {
  return key.split(' ').map(looseSyllable).join(' ');
}
