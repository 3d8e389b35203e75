/**
 * ParsedScheduleRow keeps its cells' rows packed in one integer (a far merged top in the sheet's map) and
 * its date as the shared result of reading the cell, making the Reading when asked (the last one kept per
 * sheet). Property: on random schedules — merges of every height in every column, blanks, serial, text and
 * unreadable dates — every getter gives what the plain reading of the sheet gives, whatever order the rows
 * are asked in, and JSON is that plain row.
 */
import fc from 'fast-check';
import { findScheduleHeader, parseScheduleRows, ParsedScheduleRow } from '../../../src/core/sheets/schedule';
import { SheetView } from '../../../src/core/sheets/view';
import { readDate } from '../../../src/core/values/dates';
import { atRef } from '../../../src/core/values/result';
import type { CellRef, CellValue, MergeArea } from '../../../src/core/grid';
import type { Reading, ScheduleRow } from '../../../src/core/model/records';
import { dateCell, mg, sheet } from './helpers';

/** Rows whose cell rows did not fit the packed integer (the property must reach that way too). */
const WIDE_SEEN = { n: 0 };
const HEADER = ['日期', '星期', '时段', '城市', '国家', '内容', '类型'];
const [DATE, WEEKDAY, SLOT, CITY, COUNTRY, CONTENT, TYPE] = [0, 1, 2, 3, 4, 5, 6];
const SLOTS = ['上午', '下午', '全天', '晚上', '午后'];
const TYPES = ['专题培训', '交通', '休整', '考察实践', null];
const CITIES = ['柏林', '德国·慕尼黑', '巴黎（法国）', '东京'];

/** One random schedule: per row the date kind and which cells are blank; merges down one column. */
const scheduleArb = fc.record({
  rows: fc.array(
    fc.record({
      date: fc.constantFrom('serial', 'text', 'bad', 'blank', 'blank', 'same'),
      day: fc.integer({ min: 0, max: 40 }),
      blanks: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
      slot: fc.integer({ min: 0, max: SLOTS.length - 1 }),
      type: fc.integer({ min: 0, max: TYPES.length - 1 }),
      city: fc.integer({ min: 0, max: CITIES.length - 1 }),
    }),
    { minLength: 1, maxLength: 40, size: 'max' },
  ),
  merges: fc.array(
    fc.record({ col: fc.integer({ min: 0, max: 6 }), top: fc.integer({ min: 0, max: 44 }), height: fc.integer({ min: 2, max: 24 }) }),
    { maxLength: 6 },
  ),
});

type Spec = typeof scheduleArb extends fc.Arbitrary<infer T> ? T : never;

function build(spec: Spec, name: string) {
  const n = spec.rows.length;
  const grid: CellValue[][] = [HEADER];
  const cells: [number, number, object][] = [];
  spec.rows.forEach((x, i) => {
    const r = i + 1;
    const iso = `2023-05-${String(1 + (x.day % 28)).padStart(2, '0')}`;
    const row: CellValue[] = [
      null,
      `W${r}`,
      SLOTS[x.slot],
      `${CITIES[x.city]}${r}`,
      x.blanks[4] ? null : '法国',
      `内容${r}`,
      TYPES[x.type],
    ];
    if (x.date === 'text') row[DATE] = `2023年5月${1 + (x.day % 28)}日`;
    else if (x.date === 'bad') row[DATE] = `某日${r}`;
    else if (x.date === 'serial') cells.push([r, DATE, dateCell(iso)]);
    else if (x.date === 'same' && i > 0) cells.push([r, DATE, dateCell('2023-05-01')]);
    for (let c = 1; c < 7; c++) if (c !== COUNTRY && x.blanks[c]) row[c] = null;
    grid.push(row);
  });
  // merges that do not overlap (first come first kept), each down one column below the header
  const taken = new Set<string>();
  const merges: MergeArea[] = [];
  for (const m of spec.merges) {
    const r0 = 1 + (m.top % n);
    const r1 = Math.min(n, r0 + m.height - 1);
    if (r1 <= r0) continue;
    const keys: string[] = [];
    for (let r = r0; r <= r1; r++) keys.push(`${r},${m.col}`);
    if (keys.some((k) => taken.has(k))) continue;
    keys.forEach((k) => taken.add(k));
    merges.push(mg(r0, m.col, r1, m.col));
  }
  return sheet(name, grid, merges, cells);
}

/** The row whose cell shows (r, c): the cell, a merged area's top below the header, or -1 inside another's. */
function valueRow(v: SheetView, r: number, c: number): number {
  const m = v.merge(r, c);
  if (m && (m.r0 !== r || m.c0 !== c)) return m.c0 === c && m.r0 > 0 ? m.r0 : -1;
  return r;
}

/** The plain reading of each row's cells, row by row (no packing, a Reading per date cell). */
function plainRows(v: SheetView, rows: readonly ScheduleRow[]) {
  const out: {
    date: Reading<string> | null;
    slotRef: CellRef;
    typeRef: CellRef;
    city: number;
    content: number;
    country: CellRef | null;
  }[] = [];
  let prevDateRow = -1;
  let prevDate: Reading<string> | null = null;
  for (const row of rows) {
    const r = row.row;
    const ref = (rr: number, c: number) => ({ sheet: v.name, row: rr, col: c });
    const own = (c: number) => (valueRow(v, r, c) < 0 ? r : valueRow(v, r, c));
    const texted = (c: number) => (valueRow(v, r, c) >= 0 && v.text(valueRow(v, r, c), c) !== '' ? valueRow(v, r, c) : -1);
    const dv = valueRow(v, r, DATE);
    const dText = dv < 0 ? '' : v.text(dv, DATE);
    let date: Reading<string> | null;
    if (dText !== '' && !(prevDate && prevDateRow === dv)) {
      date = atRef(readDate(v.cell(dv, DATE)), ref(dv, DATE));
      prevDateRow = dv;
    } else if (prevDate) {
      date = prevDate;
    } else {
      date = { ok: false, problem: 'blank', ref: ref(dv < 0 ? r : dv, DATE), text: '' };
      prevDateRow = dv < 0 ? r : dv;
    }
    prevDate = date;
    const countryRow = texted(COUNTRY);
    const cityRow = texted(CITY);
    const country = countryRow >= 0 ? ref(countryRow, COUNTRY) : row.countries.length > 0 && cityRow >= 0 ? ref(cityRow, CITY) : null;
    out.push({ date, slotRef: ref(own(SLOT), SLOT), typeRef: ref(own(TYPE), TYPE), city: cityRow, content: texted(CONTENT), country });
  }
  return out;
}

function parse(spec: Spec, name: string) {
  const v = new SheetView(build(spec, name));
  const header = findScheduleHeader(v);
  if (!header) throw new Error('no header');
  const rows = parseScheduleRows(v, header, { yearFor: () => 2023 }).groups.flatMap((g) => g.rows);
  return { v, rows };
}

describe('ParsedScheduleRow: packed cell rows and the date made when asked, against the plain reading', () => {
  test('every getter, rows asked in any order, two sheets interleaved', () => {
    fc.assert(
      fc.property(scheduleArb, scheduleArb, fc.integer(), (a, b, seed) => {
        const sheets = [parse(a, '日程A'), parse(b, '日程B')];
        const asks: [number, number][] = [];
        sheets.forEach((s, k) => s.rows.forEach((_, i) => asks.push([k, i])));
        // a shuffle by the seed: the sheet's last date Reading must never answer for another cell
        let x = seed >>> 0;
        for (let i = asks.length - 1; i > 0; i--) {
          x = (Math.imul(x, 1103515245) + 12345) >>> 0;
          const j = x % (i + 1);
          [asks[i], asks[j]] = [asks[j], asks[i]];
        }
        const plain = sheets.map((s) => plainRows(s.v, s.rows));
        for (const s of sheets)
          for (const r of s.rows) if (((r as unknown as { cellRows: number }).cellRows & (1 << 29)) !== 0) WIDE_SEEN.n++;
        for (const [k, i] of asks) {
          const { v, rows } = sheets[k];
          const row = rows[i];
          const p = plain[k][i];
          expect(row).toBeInstanceOf(ParsedScheduleRow);
          expect(row.date).toEqual(p.date);
          expect(row.date).toBe(row.date); // asked twice in a row: one object
          expect(row.slotRef).toEqual(p.slotRef);
          expect(row.typeRef).toEqual(p.typeRef);
          expect(row.countryRef).toEqual(p.country);
          expect(row.city).toEqual(
            p.city < 0 ? null : { ref: { sheet: v.name, row: p.city, col: CITY }, cell: v.cell(p.city, CITY), text: v.text(p.city, CITY) },
          );
          expect(row.content).toEqual(
            p.content < 0
              ? null
              : {
                  ref: { sheet: v.name, row: p.content, col: CONTENT },
                  cell: v.cell(p.content, CONTENT),
                  text: v.text(p.content, CONTENT),
                },
          );
          // 星期 (carried down a day): the cell it points at shows the text the row keeps, at or above the row
          const wk = row.weekday;
          const text = (row as ParsedScheduleRow).weekdayText;
          if (text === '') expect(wk).toBeNull();
          else
            expect(wk && wk.ref.row <= row.row && v.text(wk.ref.row, WEEKDAY) === text && wk.text === text && wk.ref.col === WEEKDAY).toBe(
              true,
            );
          const cols = [row.date?.ref, wk?.ref, row.slotRef, row.city?.ref, row.countryRef, row.content?.ref, row.typeRef]
            .filter((r) => r)
            .map((r) => r!.col);
          expect((row as ParsedScheduleRow).maxCol()).toBe(cols.length ? Math.max(...cols) : -1);
          expect(JSON.parse(JSON.stringify(row))).toEqual(
            JSON.parse(
              JSON.stringify({
                row: row.row,
                date: p.date,
                dayNumber: row.dayNumber,
                weekday: wk,
                slot: row.slot,
                slotRef: p.slotRef,
                city: row.city,
                cities: row.cities,
                countries: row.countries,
                countryRef: p.country,
                content: row.content,
                type: row.type,
                typeInferred: row.typeInferred,
                typeRef: p.typeRef,
                share: row.share,
              }),
            ),
          );
        }
      }),
      { numRuns: 300 },
    );
    expect(WIDE_SEEN.n).toBeGreaterThan(0);
  });

  test('a cell merged 14 rows above its row is packed, 15 and more are kept aside: both read back', () => {
    for (const height of [14, 15, 16, 30]) {
      const rows: CellValue[][] = [HEADER];
      for (let r = 1; r <= height + 1; r++)
        rows.push([r === 1 ? '2023-05-08' : null, null, '上午', r === 1 ? '柏林' : null, null, `内容${r}`, '专题培训']);
      const v = new SheetView(sheet('日程', rows, [mg(1, CITY, height + 1, CITY), mg(1, DATE, height + 1, DATE)]));
      const header = findScheduleHeader(v)!;
      const all = parseScheduleRows(v, header).groups.flatMap((g) => g.rows);
      const last = all[all.length - 1];
      expect(last.row).toBe(height + 1);
      expect(last.city?.ref).toEqual({ sheet: '日程', row: 1, col: CITY });
      expect(last.countryRef).toEqual({ sheet: '日程', row: 1, col: CITY });
      expect(last.date?.ref).toEqual({ sheet: '日程', row: 1, col: DATE });
      expect(last.content?.ref).toEqual({ sheet: '日程', row: height + 1, col: CONTENT });
    }
  });
});
