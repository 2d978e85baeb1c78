/** How a bad argument is named in a TypeError: "null", "an array", "an object" or its typeof. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : typeof v;
}
