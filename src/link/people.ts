/**
 * People linker: mentions with the same nameKey are one person. Every mention is kept as it was
 * written (its own roles). The person's merged posts, `allRoles` (the union of the posts of all
 * its mentions, each post once: same title and organisation, ignoring case, in text order), are
 * kept once per person, on its first mention, so the report grows linearly with the text
 * (a copy on every mention made it quadratic: 1,000 mentions gave 1,000,000 roles).
 */
import type { Context, Drafts, RoleDraft } from '../types.js';

const roleKey = (r: RoleDraft) => `${r.title}\u0000${r.organization ?? ''}`.toLowerCase().replace(/\s+/g, ' ');

export function linkPeople(_ctx: Context, d: Drafts): void {
  const byKey = new Map<string, Drafts['people']>();
  for (const p of d.people) {
    const list = byKey.get(p.nameKey);
    if (list) list.push(p);
    else byKey.set(p.nameKey, [p]);
  }
  for (const mentions of byKey.values()) {
    if (mentions.length < 2) continue;
    const seen = new Set<string>();
    const all: RoleDraft[] = [];
    const roles: RoleDraft[] = [];
    for (const m of mentions) for (const r of m.roles) roles.push(r);
    roles.sort((a, b) => a.span.start - b.span.start);
    for (const r of roles) {
      const k = roleKey(r);
      if (seen.has(k)) continue;
      seen.add(k);
      all.push({ ...r, span: { ...r.span } });
    }
    const first = mentions.reduce((a, b) => (b.span.start < a.span.start ? b : a));
    first.allRoles = all;
  }
}
