/**
 * The public shape of each record, as data: which fields, in which order, and which nested
 * records they hold. The pipeline copies every draft into this shape (dropping internal fields
 * and undefined values, mapping spans back to the caller's text) without running zod on the hot
 * path; tests/shape.test.ts checks these lists against the zod schemas in src/schema.ts, so the
 * two cannot drift, and the property tests validate whole reports with `ReportSchema`.
 */
type Nested = 'role' | 'unit';
interface Shape {
  readonly keys: readonly string[];
  /** Fields holding a record (or an array of records) of another shape. */
  readonly nested?: Readonly<Record<string, Nested>>;
}

const MENTION = ['text', 'span'] as const;

export const SHAPES = {
  document: {
    keys: [...MENTION, 'kind', 'number', 'code', 'key', 'typeCode', 'issuerCode', 'issuer', 'year', 'date', 'effectiveDate', 'issuerFrom', 'kindFrom', 'fromSourceUrl'],
  },
  date: { keys: [...MENTION, 'kind', 'value', 'start', 'end', 'yearInferred'] },
  role: { keys: [...MENTION, 'title', 'organization', 'position', 'body'] },
  person: {
    keys: [...MENTION, 'name', 'nameKey', 'honorific', 'roles', 'nameKeyAlternatives', 'allRoles'],
    nested: { roles: 'role', allRoles: 'role' },
  },
  unit: { keys: [...MENTION, 'count', 'units', 'level', 'noun'] },
  unitChange: {
    keys: [...MENTION, 'from', 'to', 'breakdown', 'statedReductionPercent', 'computedReductionPercent', 'consistent'],
    nested: { from: 'unit', to: 'unit', breakdown: 'unit' },
  },
} as const satisfies Record<string, Shape>;

export type ShapeName = keyof typeof SHAPES;

interface Span {
  start: number;
  end: number;
}

/**
 * A copy of `draft` in the public shape `name`: its fields in order, undefined ones left out,
 * arrays copied, `span` mapped through `toOriginal` and `text` taken from `input` at that span.
 */
export function toRecord(name: ShapeName, draft: Record<string, unknown>, input: string, toOriginal: (h: Span) => Span): Record<string, unknown> {
  const shape: Shape = SHAPES[name];
  const out: Record<string, unknown> = {};
  for (const k of shape.keys) {
    if (k === 'text') continue;
    const v = draft[k];
    if (k === 'span') {
      const s = toOriginal(v as Span);
      out.text = input.slice(s.start, s.end);
      out.span = { start: s.start, end: s.end };
      continue;
    }
    if (v === undefined) continue;
    const inner = shape.nested?.[k];
    if (inner) {
      out[k] = Array.isArray(v)
        ? v.map((x) => toRecord(inner, x as Record<string, unknown>, input, toOriginal))
        : toRecord(inner, v as Record<string, unknown>, input, toOriginal);
    } else {
      out[k] = Array.isArray(v) ? [...v] : v;
    }
  }
  return out;
}
