// The terminal writer: redraws the watch screen in place on a TTY (erasing only its own lines), and reads single keys.
import { terminalText } from '../text/sanitize.js';

export interface Screen {
  /** Replace what was drawn last with these lines. */
  draw(lines: readonly string[]): void;
  /** Erase what was drawn (before a draft's interview takes the terminal). */
  clear(): void;
  bell(): void;
  /** Columns now (the terminal may have been resized). */
  width(): number;
  /** Called when the terminal is resized; returns the unsubscribe. */
  onResize(f: () => void): () => void;
  /** Show the cursor again and stop drawing. */
  close(): void;
}

interface TtyStream {
  write(s: string): boolean;
  columns?: number;
  rows?: number;
  on(event: 'resize', f: () => void): unknown;
  off(event: 'resize', f: () => void): unknown;
}

const ESC = '\x1b[';

/**
 * A screen on a TTY stream. Lines are made safe here (outside text may carry escapes) and never wrap: render cuts them
 * to the width.
 */
export function ttyScreen(stream: TtyStream): Screen {
  let drawn = 0;
  let hidden = false;
  const erase = () => (drawn ? `${ESC}${drawn}F${ESC}J` : '');
  return {
    draw(lines) {
      // A screen taller than the terminal cannot be reached by moving up: the bottom rows are dropped instead.
      const rows = Math.max(1, (stream.rows ?? 50) - 1);
      const shown = lines.slice(0, rows).map((l) => terminalText(l.replace(/[\r\n\t]/g, ' ')));
      stream.write(`${hidden ? '' : `${ESC}?25l`}${erase()}${shown.map((l) => `${l}${ESC}K\n`).join('')}`);
      hidden = true;
      drawn = shown.length;
    },
    clear() {
      if (drawn) stream.write(erase());
      drawn = 0;
      if (hidden) stream.write(`${ESC}?25h`);
      hidden = false;
    },
    bell() {
      stream.write('\x07');
    },
    width: () => Math.max(20, stream.columns ?? 80),
    onResize(f) {
      stream.on('resize', f);
      return () => void stream.off('resize', f);
    },
    close() {
      if (hidden) stream.write(`${ESC}?25h`);
      hidden = false;
    },
  };
}

interface KeyInput {
  isTTY?: boolean;
  setRawMode?(on: boolean): unknown;
  on(event: 'data', f: (d: Buffer | string) => void): unknown;
  off(event: 'data', f: (d: Buffer | string) => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

/** Single keys from a terminal in raw mode; `pause` hands the terminal back (to a draft's interview). */
export function keyReader(input: KeyInput, onKey: (key: string) => void): { pause(): void; resume(): void } {
  const listener = (d: Buffer | string) => {
    for (const ch of String(d)) onKey(ch);
  };
  let on = false;
  const resume = () => {
    if (on) return;
    input.setRawMode?.(true);
    input.on('data', listener);
    input.resume();
    on = true;
  };
  resume();
  return {
    pause() {
      if (!on) return;
      input.off('data', listener);
      input.setRawMode?.(false);
      input.pause();
      on = false;
    },
    resume,
  };
}
