/**
 * A project's field cells, readings and reader notes with their cell's position kept as numbers (sheet
 * name, row, column): the `CellRef` object is made only when `ref` is read (a getter), as ParsedScheduleRow
 * does for schedule rows. Why: every field of a project was a FieldCell and a CellRef (≈ 15 filled fields
 * per project), and all of them survive into the records; findings need the refs of a few.
 *
 * Each is made as an object literal with its class's prototype (V8 keeps a literal's allocation site, and
 * pretenures what nearly always survives). `toJSON` gives the plain record of model/records.ts, key for key
 * in the same order, so JSON output is unchanged. A structured clone would drop the getters: parsed records
 * stay in their thread (the pane's worker sends projects as JSON; the merge sends plain values).
 * Spreading one (`{ ...fc }`) copies own properties only and loses `ref`: use `withText`.
 */
import type { Cell, CellRef } from '../grid';
import type { FieldCell, Reading, ReadNote } from '../model/records';
import type { ValueResult } from '../values/result';

/** A FieldCell as the sheet readers make it (SheetView.field): its position as numbers. */
export class PlacedCell implements FieldCell {
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
    /** undefined for a blank cell (the plain FieldCell has no `cell` then). */
    readonly cell: Cell | undefined,
    readonly text: string,
  ) {}

  get ref(): CellRef {
    return { sheet: this.sheet, row: this.row, col: this.col };
  }

  /** The plain FieldCell (`cell` left out when there is none). */
  toJSON(): FieldCell {
    const ref = this.ref;
    return this.cell ? { ref, cell: this.cell, text: this.text } : { ref, text: this.text };
  }
}

/** PlacedCell's own fields, as placedCell makes them. */
interface PlacedCellFields {
  __proto__: PlacedCell;
  sheet: string;
  row: number;
  col: number;
  cell: Cell | undefined;
  text: string;
}

export function placedCell(sheet: string, row: number, col: number, cell: Cell | undefined, text: string): PlacedCell {
  const fc: PlacedCellFields = { __proto__: PlacedCell.prototype, sheet, row, col, cell, text };
  return fc as unknown as PlacedCell;
}

/** The same cell with another text (a value that is only part of the cell): `{ ...fc, text }` for either kind. */
export function withText(fc: FieldCell, text: string): FieldCell {
  if (fc instanceof PlacedCell) return placedCell(fc.sheet, fc.row, fc.col, fc.cell, text);
  return fc.cell ? { ref: fc.ref, cell: fc.cell, text } : { ref: fc.ref, text };
}

/**
 * A Reading at a field's cell: `ref` is the cell's (`at.ref`, made when read). Own fields: `ok`, `value` or
 * `problem`, `text`, `note` (only when there is one, as in the plain Reading), `at`.
 */
export class CellReading {
  declare readonly ok: boolean;
  declare readonly value: unknown;
  declare readonly problem: 'blank' | 'unreadable' | 'error';
  declare readonly text: string;
  declare readonly note: string | undefined;
  declare readonly at: FieldCell;

  get ref(): CellRef {
    return this.at.ref;
  }

  /** The plain Reading (atRef's shapes: `{ ok, value, ref, text, note? }` or `{ ok, problem, ref, text }`). */
  toJSON(): Reading<unknown> {
    const ref = this.ref;
    if (!this.ok) return { ok: false, problem: this.problem, ref, text: this.text };
    return this.note !== undefined ? { ok: true, value: this.value, ref, text: this.text, note: this.note } : { ok: true, value: this.value, ref, text: this.text };
  }
}

/** Ties a result to a field's cell (atRef with the cell instead of its ref). */
export function readingAt<T>(r: ValueResult<T>, at: FieldCell): Reading<T> {
  // (three literals, one per shape of the plain Reading)
  const out = r.ok
    ? r.note !== undefined
      ? { __proto__: CellReading.prototype, ok: true, value: r.value, text: r.text, note: r.note, at }
      : { __proto__: CellReading.prototype, ok: true, value: r.value, text: r.text, at }
    : { __proto__: CellReading.prototype, ok: false, problem: r.problem, text: r.text, at };
  return out as unknown as Reading<T>;
}

/** A reader's note at a field's cell: `ref` is the cell's. `projectKey` is set in place when keys are given. */
export class CellNote {
  declare readonly at: FieldCell;
  declare readonly message: string;
  declare projectKey: string | undefined;

  get ref(): CellRef {
    return this.at.ref;
  }

  /** The plain ReadNote (`{ ref, message, projectKey? }`). */
  toJSON(): ReadNote {
    const ref = this.ref;
    return this.projectKey !== undefined ? { ref, message: this.message, projectKey: this.projectKey } : { ref, message: this.message };
  }
}

export function noteAt(at: FieldCell, message: string): ReadNote {
  // (projectKey made now, as undefined: set later, it would need a property store of its own per note)
  const n = { __proto__: CellNote.prototype, at, message, projectKey: undefined };
  return n as unknown as ReadNote;
}
