/** The outcome of reading one cell as a value of some kind, before it is tied to its cell reference. */
import type { Cell, CellRef } from '../grid';
import type { Reading } from '../model/records';

export type ValueProblem = 'blank' | 'unreadable' | 'error';

/**
 * ok: the value, with `note` (Chinese) when it was understood only after a conversion (→ C-NORMALISED).
 * not ok: blank, unreadable text (never 0), or an Excel error value.
 * `text` is the cell's text as a person sees it (trimmed).
 */
export type ValueResult<T> =
  | { ok: true; value: T; text: string; note?: string }
  | { ok: false; problem: ValueProblem; text: string };

/** Ties a result to its cell: the Reading the records carry. */
export function atRef<T>(r: ValueResult<T>, ref: CellRef): Reading<T> {
  return r.ok
    ? r.note !== undefined
      ? { ok: true, value: r.value, ref, text: r.text, note: r.note }
      : { ok: true, value: r.value, ref, text: r.text }
    : { ok: false, problem: r.problem, ref, text: r.text };
}

/** What a cell says before interpretation: blank, an Excel error, or a raw value with its text. */
export function rawOf(cell: Cell | undefined):
  | { kind: 'blank'; text: '' }
  | { kind: 'error'; text: string }
  | { kind: 'value'; v: string | number | boolean; text: string } {
  if (!cell) return { kind: 'blank', text: '' };
  if (cell.err) return { kind: 'error', text: cell.err };
  const v = cell.v;
  if (v === null || v === undefined) return { kind: 'blank', text: '' };
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? { kind: 'blank', text: '' } : { kind: 'value', v, text: t };
  }
  return { kind: 'value', v, text: String(v) };
}

/** Quotes a cell's text for a note: “20人”. Long texts are shortened. */
export function quote(text: string): string {
  const t = text.length > 40 ? text.slice(0, 39) + '…' : text;
  return `“${t}”`;
}

/** noteMessage's messages, by label (a few dozen field names) and note. */
const NOTE_MESSAGES = new Map<string, Map<string, string>>();

/**
 * A reader's note message, `${label}：${note}`, remembered by the two: 49 000 notes of the units set say
 * one of about 1 900 messages (the same date text, the same unit stripped), and a message made afresh per
 * note is a young string that every note keeps alive, copied by two scavenges each (the notes themselves
 * are allocated old). The notes are shared by the results' caches, so the lookup hashes no new text.
 */
export function noteMessage(label: string, note: string): string {
  let byNote = NOTE_MESSAGES.get(label);
  if (byNote === undefined) NOTE_MESSAGES.set(label, (byNote = new Map()));
  let message = byNote.get(note);
  if (message === undefined) {
    if (byNote.size >= 5000) byNote.clear();
    message = `${label}：${note}`;
    byNote.set(note, message);
  }
  return message;
}
