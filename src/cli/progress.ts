/** A progress bar on stderr, only when stderr is a terminal (never in pipes, logs or CI). */
import type { CliIo } from './io';

export interface ProgressBar {
  tick(label?: string): void;
  done(): void;
}

export function progressBar(io: CliIo, total: number, title: string): ProgressBar {
  if (!io.isTTY || total < 2) return { tick() {}, done() {} };
  let n = 0;
  let last = 0;
  const width = 28;
  const draw = (label: string) => {
    const filled = Math.round((n / total) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const name = label.length > 40 ? '…' + label.slice(-39) : label;
    io.stderr.write(`\r\x1b[2K${title} ${bar} ${n}/${total} ${name}`);
  };
  return {
    tick(label = '') {
      n++;
      const now = Date.now();
      if (now - last > 50 || n === total) {
        last = now;
        draw(label);
      }
    },
    done() {
      io.stderr.write('\r\x1b[2K');
    },
  };
}
