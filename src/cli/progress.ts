/**
 * "[3/12] path" on stderr, redrawn in place with \r. Drawn only when stderr is a terminal and
 * there is more than one input; cleared before any message and at the end.
 */
import { escapeControls } from './escape.js';

const CLEAR_LINE = '\r\x1b[K';

export interface ProgressIo {
  stderr: (s: string) => void;
  stderrIsTTY: boolean;
  columns?: number;
}

export class Progress {
  total = 0;
  private drawn = false;

  constructor(private readonly io: ProgressIo) {}

  private get enabled(): boolean {
    return this.io.stderrIsTTY && this.total > 1;
  }

  show(n: number, path: string): void {
    if (!this.enabled) return;
    const prefix = `[${n}/${this.total}] `;
    // Stay on one line: a wrapped line cannot be overwritten with \r.
    const room = Math.max(10, (this.io.columns && this.io.columns > 0 ? this.io.columns : 80) - 1 - prefix.length);
    const safe = escapeControls(path);
    const chars = [...safe];
    const shown = chars.length > room ? `…${chars.slice(chars.length - room + 1).join('')}` : safe;
    this.io.stderr(`${CLEAR_LINE}${prefix}${shown}`);
    this.drawn = true;
  }

  clear(): void {
    if (!this.drawn) return;
    this.io.stderr(CLEAR_LINE);
    this.drawn = false;
  }
}
