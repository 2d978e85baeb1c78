/**
 * Makes text from an input (or a file name) safe to print on a terminal: control characters
 * that could move the cursor, clear the screen or reorder the line become visible escapes.
 */

/** C0 (newline and tab included), DEL, C1, and the bidi embeddings, overrides and isolates. */
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** "a\x1b[2Jb" → "a\\x1b[2Jb", "\u202e" → "\\u202e"; other characters unchanged. */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
