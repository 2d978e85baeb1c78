/**
 * The shapes of Vietnamese syllables, toneless and in ASCII ("ngoai", "khong", "nguyen"): onset,
 * vowel nucleus (with a glide) and coda as Vietnamese spelling allows them. Used by language
 * detection to tell a Vietnamese word written with marks other languages share ("ngoài",
 * "không", "trình") from a French or Portuguese one.
 */
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
/** Nuclei with their optional glide, in ASCII (ă â → a, ê → e, ô ơ → o, ư → u). */
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'y', 'ai', 'ao', 'au', 'ay', 'eo', 'eu', 'ia', 'iu', 'ie', 'ieu', 'oa', 'oai', 'oao', 'oay', 'oe', 'oeo', 'oi', 'ua', 'uay', 'ue', 'ui', 'uo', 'uoi', 'uou', 'uu', 'uy', 'uya', 'uye', 'uyu', 'ya', 'ye', 'yeu'];
const CODAS = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
/** Nuclei that end in a glide take no coda. */
const OPEN_ONLY = new Set(['ai', 'ao', 'au', 'ay', 'eo', 'eu', 'ia', 'iu', 'ieu', 'oai', 'oao', 'oay', 'oeo', 'oi', 'ua', 'uay', 'ui', 'uoi', 'uou', 'uu', 'uya', 'uyu', 'ya', 'yeu']);
/** Nuclei that need a coda. */
const CLOSED_ONLY = new Set(['ie', 'uo', 'ye', 'uye']);

const front = (v: string) => /^[iey]/.test(v);

export const VI_SYLLABLES_ASCII: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const o of ONSETS)
    for (const v of NUCLEI) {
      if (['k', 'gh', 'ngh'].includes(o) ? !front(v) : ['c', 'g', 'ng'].includes(o) && front(v)) continue;
      if (o === 'qu' && v.startsWith('u')) continue;
      for (const c of CODAS) {
        if (c && OPEN_ONLY.has(v)) continue;
        if (!c && CLOSED_ONLY.has(v)) continue;
        out.add(o + v + c);
      }
    }
  return out;
})();
