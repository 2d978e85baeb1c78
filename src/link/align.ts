/**
 * alignReports: the same facts across reports in different languages. Documents group by `key`,
 * people by `nameKey`, dates by value, unit counts by count and units; each group says which
 * reports have it and which values disagree (a document's date in one report and not another).
 */
import { describe } from '../describe.js';
import type { Alignment, Report } from '../schema.js';

type Group = Alignment['groups'][number];

const FAMILIES = ['documents', 'people', 'dates', 'units'] as const;

export function alignReports(reports: Report[]): Alignment {
  if (!Array.isArray(reports)) throw new TypeError(`alignReports: reports must be an array of Report, got ${describe(reports)}`);
  // every slot, holes included ([, r] has a hole at 0): a hole or a non-report is the caller's error
  for (let i = 0; i < reports.length; i++) {
    const r: unknown = reports[i];
    const bad = !r || typeof r !== 'object' ? describe(r) : FAMILIES.find((f) => !Array.isArray((r as Record<string, unknown>)[f]));
    if (bad !== undefined) {
      throw new TypeError(
        `alignReports: reports[${i}] is not a Report (${!r || typeof r !== 'object' ? `got ${bad}` : `its ${bad} is not an array`})`,
      );
    }
  }
  const groups = new Map<string, Group>();
  const values = new Map<string, Map<string, (string | null)[]>>();
  const add = (type: Group['type'], key: string, i: number, fields: Record<string, string | undefined>) => {
    const id = `${type}\u0000${key}`;
    let g = groups.get(id);
    if (!g) {
      g = { type, key, present: Array.from(reports, () => false), conflicts: [] };
      groups.set(id, g);
      values.set(id, new Map());
    }
    g.present[i] = true;
    const vs = values.get(id)!;
    for (const [f, v] of Object.entries(fields)) {
      let arr = vs.get(f);
      if (!arr) vs.set(f, (arr = Array.from(reports, () => null)));
      if (v !== undefined && arr[i] === null) arr[i] = v;
    }
  };
  reports.forEach((r, i) => {
    for (const d of r.documents) add('document', d.key, i, { kind: d.kind, date: d.date });
    for (const p of r.people) add('person', p.nameKey, i, {});
    for (const d of r.dates) add('date', `${d.kind}:${d.value ?? `${d.start}..${d.end}`}`, i, {});
    for (const u of r.units) add('unit', `${u.count}:${[...u.units].sort().join('+')}:${u.level ?? ''}`, i, {});
  });
  for (const [id, g] of groups) {
    for (const [field, arr] of values.get(id)!) {
      const seen = new Set(arr.filter((v, i) => v !== null && g.present[i]));
      if (seen.size > 1) g.conflicts.push({ field, values: arr });
    }
  }
  return { groups: [...groups.values()] };
}
