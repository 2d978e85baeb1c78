/**
 * People linker: mentions with the same nameKey are one person. Every mention is kept as it was
 * written (its own roles), and each gets `allRoles`: the union of the posts of all its mentions,
 * each post once (same title and organisation, ignoring case), in text order.
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
    for (const r of mentions.flatMap((m) => m.roles).sort((a, b) => a.span.start - b.span.start)) {
      const k = roleKey(r);
      if (seen.has(k)) continue;
      seen.add(k);
      all.push(r);
    }
    for (const m of mentions) m.allRoles = all.map((r) => ({ ...r, span: { ...r.span } }));
  }
}
