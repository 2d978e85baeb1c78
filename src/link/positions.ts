/**
 * Positions linker: every role of every person (and of `allRoles`) gets its language-neutral
 * `position` and `body` (src/common/positions.ts), read from its title, its organisation and the
 * word written right before it ("Russian Foreign Minister": another country's ministry). Runs once
 * per language pass, on that pass's people; a field the vocabulary cannot fill is left out.
 */
import { isCyrillic, isLatinSyllable, isRuSyllable, ruFamilyKey } from '../common/name-keys.js';
import { neutralPost } from '../common/positions.js';
import type { Context, Drafts, RoleDraft } from '../types.js';

const WORD_CHAR = /[\p{L}\p{M}.'’-]/u;

/**
 * The word right before a role, after one to three spaces: "Russian" in "Russian Foreign
 * Minister". Walked back by characters, at most 40 of them.
 */
function wordBefore(text: string, at: number): string | undefined {
  let k = at;
  while (k > 0 && at - k < 3 && (text[k - 1] === ' ' || text[k - 1] === '\u00A0')) k--;
  if (k === at) return undefined;
  const end = k;
  while (k > 0 && end - k < 40 && WORD_CHAR.test(text[k - 1]!)) k--;
  return k < end ? text.slice(k, end) : undefined;
}

/** Ede and Jarai names open with "Y" (men) or "H'" (women): "Y Khoa Mlô" is Vietnamese. */
const HIGHLAND_NAME = /^(?:Y[ \u00A0]|H['’])/u;

/**
 * A name with a word that is no Vietnamese syllable ("Phonesavanh Keomanivong", "Anthony Loke",
 * "Владимир Путин"): a foreign official, whose bodies are his country's, not the vocabulary's.
 */
function foreignName(name: string): boolean {
  if (HIGHLAND_NAME.test(name)) return false;
  // a family name in one of its Russian renderings ("Тран", "Труонг") counts as Vietnamese
  return name.split(/[ \u00A0]+/u).some((w) => (isCyrillic(w) ? !isRuSyllable(w, true) && ruFamilyKey(w) === undefined : !isLatinSyllable(w)));
}

function fill(ctx: Context, r: RoleDraft, foreign: boolean): void {
  const np = neutralPost(ctx.language, r.title, r.organization, wordBefore(ctx.text, r.span.start));
  if (np.position) r.position = np.position;
  else delete r.position;
  if (np.body && !foreign) r.body = np.body;
  else delete r.body;
}

export function linkPositions(ctx: Context, d: Drafts): void {
  for (const p of d.people) {
    const foreign = foreignName(p.name);
    for (const r of p.roles) fill(ctx, r, foreign);
    if (p.allRoles) for (const r of p.allRoles) fill(ctx, r, foreign);
  }
}
