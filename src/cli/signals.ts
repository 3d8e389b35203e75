/**
 * Ctrl-C and kill for the command line (bin/peixun.js). A write (hosts/files/write/safeWrite.ts) is
 * synchronous, so a handler runs only between writes: Ctrl-C during the write of a summary lets it
 * finish — the target is replaced whole or not at all — and then ends the command. Without a handler
 * Node ends the process mid-write and leaves the temporary file beside the user's files. Any temporary
 * file still open (a future asynchronous write) is removed.
 */
import { removePendingTemps } from '../hosts/files/write/safeWrite';

const SIGNALS: readonly (readonly [NodeJS.Signals, number])[] = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
];

export function endOnSignals(proc: NodeJS.Process = process): void {
  for (const [signal, code] of SIGNALS) {
    proc.on(signal, () => {
      const unfinished = removePendingTemps();
      const what = unfinished.length ? `，未写完的${unfinished.map((t) => `“${t}”`).join('、')}已放弃，原有文件未改动` : '';
      proc.stderr.write(`peixun: 已中断${what}。\n`);
      proc.exit(code);
    });
  }
}
