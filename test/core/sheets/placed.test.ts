/**
 * The demand readers' field cells, readings and notes keep their cell as numbers and make the ref when read
 * (sheets/placed.ts): checked against the plain records they replace — the same JSON, key for key, and the
 * same ref (deep) — for generated cells, results and sheets.
 */
import fc from 'fast-check';
import { sheetFromRows, type Cell, type CellRef, type MergeArea } from '../../../src/core/grid';
import type { FieldCell, ReadNote } from '../../../src/core/model/records';
import { parseWorkbook } from '../../../src/core/sheets';
import { CellNote, CellReading, noteAt, PlacedCell, placedCell, readingAt, withText } from '../../../src/core/sheets/placed';
import { SheetView } from '../../../src/core/sheets/view';
import { atRef, type ValueResult } from '../../../src/core/values/result';

const sheetName = fc.constantFrom('需求表', 'Sheet1', '计划 表', '');
const cellArb: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ v: fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null)) }),
  fc.constant({ v: null, err: '#N/A' } as Cell),
  fc.constant({ v: 45000, date: true, fmt: 'yyyy-mm-dd' } as Cell),
);
const place = fc.record({ sheet: sheetName, row: fc.nat(70000), col: fc.nat(300), cell: cellArb, text: fc.string() });

/** The FieldCell as SheetView.field made it before (ref first, `cell` only when there is one). */
function plainField(p: { sheet: string; row: number; col: number; cell: Cell | undefined; text: string }): FieldCell {
  const ref = { sheet: p.sheet, row: p.row, col: p.col };
  return p.cell ? { ref, cell: p.cell, text: p.text } : { ref, text: p.text };
}

const result: fc.Arbitrary<ValueResult<unknown>> = fc.oneof(
  fc.record({ ok: fc.constant(true as const), value: fc.oneof(fc.integer(), fc.string(), fc.array(fc.string()), fc.boolean(), fc.record({ from: fc.string(), to: fc.string() })), text: fc.string() }),
  fc.record({ ok: fc.constant(true as const), value: fc.integer(), text: fc.string(), note: fc.string() }),
  fc.record({ ok: fc.constant(false as const), problem: fc.constantFrom('blank' as const, 'unreadable' as const, 'error' as const), text: fc.string() }),
);

describe('PlacedCell, CellReading, CellNote', () => {
  test('a placed cell serialises as the plain FieldCell and its ref equals the plain ref', () => {
    fc.assert(
      fc.property(place, (p) => {
        const lazy = placedCell(p.sheet, p.row, p.col, p.cell, p.text);
        const plain = plainField(p);
        expect(lazy).toBeInstanceOf(PlacedCell);
        expect(JSON.stringify(lazy)).toBe(JSON.stringify(plain));
        expect(lazy.ref).toEqual(plain.ref);
        expect(lazy.text).toBe(plain.text);
        expect(lazy.cell).toBe(plain.cell);
      }),
    );
  });

  test('withText is the spread `{ ...fc, text }` for a placed and for a plain FieldCell', () => {
    fc.assert(
      fc.property(place, fc.string(), (p, text) => {
        const spread = { ...plainField(p), text };
        const fromPlaced = withText(placedCell(p.sheet, p.row, p.col, p.cell, p.text), text);
        const fromPlain = withText(plainField(p), text);
        expect(fromPlaced).toBeInstanceOf(PlacedCell);
        expect(JSON.stringify(fromPlaced)).toBe(JSON.stringify(spread));
        expect(JSON.stringify(fromPlain)).toBe(JSON.stringify(spread));
        expect(fromPlaced.ref).toEqual(spread.ref);
        expect(fromPlaced.cell).toBe(spread.cell);
      }),
    );
  });

  test('a reading at a cell serialises as atRef at its ref, and its ref is the cell’s', () => {
    fc.assert(
      fc.property(place, result, fc.boolean(), (p, r, placed) => {
        const at = placed ? placedCell(p.sheet, p.row, p.col, p.cell, p.text) : plainField(p);
        const lazy = readingAt(r, at);
        const plain = atRef(r, plainField(p).ref);
        expect(lazy).toBeInstanceOf(CellReading);
        expect(JSON.stringify(lazy)).toBe(JSON.stringify(plain));
        expect(lazy.ref).toEqual(plain.ref);
        // the fields a rule reads
        expect(lazy.ok).toBe(plain.ok);
        expect(lazy.text).toBe(plain.text);
        if (lazy.ok && plain.ok) {
          expect(lazy.value).toBe(plain.value);
          expect(lazy.note).toBe(plain.note);
          expect('note' in lazy).toBe('note' in plain);
        }
        if (!lazy.ok && !plain.ok) expect(lazy.problem).toBe(plain.problem);
      }),
    );
  });

  test('a note at a cell serialises as `{ ref, message, projectKey? }`, before and after its key is set', () => {
    fc.assert(
      fc.property(place, fc.string(), fc.option(fc.string(), { nil: undefined }), (p, message, key) => {
        const lazy = noteAt(placedCell(p.sheet, p.row, p.col, p.cell, p.text), message);
        const plain: ReadNote = { ref: plainField(p).ref, message };
        expect(lazy).toBeInstanceOf(CellNote);
        expect(JSON.stringify(lazy)).toBe(JSON.stringify(plain));
        if (key !== undefined) {
          lazy.projectKey = key;
          plain.projectKey = key;
        }
        expect(JSON.stringify(lazy)).toBe(JSON.stringify(plain));
        expect(lazy.ref).toEqual(plain.ref);
        expect(lazy.message).toBe(message);
        expect(lazy.projectKey).toBe(plain.projectKey);
      }),
    );
  });

  test('SheetView.field is the plain FieldCell of the merge’s top-left cell (JSON and ref)', () => {
    const value = fc.oneof(fc.constant(null), fc.string({ maxLength: 4 }), fc.constantFrom(' 12 ', '  ', '人数'), fc.integer({ min: -5, max: 500 }));
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        fc.option(fc.tuple(fc.nat(3), fc.nat(3), fc.nat(2), fc.nat(2)), { nil: undefined }),
        fc.nat(5),
        fc.nat(5),
        (rows, m, r, c) => {
          const merges: MergeArea[] = m ? [{ r0: m[0], c0: m[1], r1: m[0] + m[2], c1: m[1] + m[3] }] : [];
          const v = new SheetView(sheetFromRows('表', rows, merges));
          const a = v.anchor(r, c);
          const cell = v.cell(a.row, a.col);
          const ref: CellRef = { sheet: '表', row: a.row, col: a.col };
          const plain: FieldCell = cell ? { ref, cell, text: v.text(a.row, a.col) } : { ref, text: '' };
          const lazy = v.field(r, c);
          expect(JSON.stringify(lazy)).toBe(JSON.stringify(plain));
          expect(lazy.ref).toEqual(plain.ref);
          expect(lazy.cell).toBe(plain.cell);
        },
      ),
    );
  });

  test('a parsed project’s fields, readings and notes point at the same cells, and serialise with their refs', () => {
    const rows = [
      ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '经费预算（元）', '出发日期', '是否纳入因公出国（境）经费预算'],
      [1, '数字经济研修班', '甲单位', '德国,荷兰', '１５人', 10, '300,000元', '2023年5月6日', '是'],
      [2, '乙班', '乙单位', '火星', '待定', '十', null, '2023.13.40', '不知道'],
    ];
    const wb = parseWorkbook({ file: 'x.xlsx', sheets: [sheetFromRows('计划表', rows)] });
    expect(wb.projects).toHaveLength(2);
    const json = JSON.parse(JSON.stringify(wb)) as typeof wb;
    for (const [i, p] of wb.projects.entries()) {
      const q = json.projects[i];
      for (const [f, cell] of Object.entries(p.fields) as [keyof typeof p.fields, FieldCell][]) {
        expect(cell).toBeInstanceOf(PlacedCell);
        expect(q.fields[f]).toEqual(cell.cell ? { ref: cell.ref, cell: cell.cell, text: cell.text } : { ref: cell.ref, text: cell.text });
      }
      for (const k of ['people', 'days', 'budgetWan', 'countries', 'departDate', 'inBudget'] as const) {
        const r = p[k];
        const f = p.fields[k === 'budgetWan' ? 'budget' : k];
        if (!f) {
          expect(r).toBeUndefined(); // (a blank cell: no field, no reading)
          continue;
        }
        expect(r).toBeInstanceOf(CellReading);
        expect(r!.ref).toEqual(f.ref);
        expect(q[k]!.ref).toEqual(f.ref);
      }
    }
    const own = wb.notes.filter((n) => n instanceof CellNote);
    expect(own.length).toBeGreaterThan(3);
    for (const [i, n] of wb.notes.entries()) expect(json.notes[i]).toEqual(n.projectKey !== undefined ? { ref: n.ref, message: n.message, projectKey: n.projectKey } : { ref: n.ref, message: n.message });
    // key order as the plain records had it
    expect(Object.keys(json.projects[0].fields.theme!)).toEqual(['ref', 'cell', 'text']);
    expect(Object.keys(json.projects[0].people!)).toEqual(['ok', 'value', 'ref', 'text', 'note']);
    expect(Object.keys(json.projects[1].people!)).toEqual(['ok', 'problem', 'ref', 'text']);
    expect(Object.keys(json.notes[0])).toEqual(['ref', 'message', 'projectKey']);
  });
});
