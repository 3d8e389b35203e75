/**
 * The behaviour every spreadsheet host owes the task pane, as one suite run against each host's fake
 * (test/hosts/contract.test.ts: Excel over FakeExcel, WPS over FakeWps). A world adapts a fake to the
 * few questions the suite asks; everything else goes through the host port.
 */
import { readWorkbookFile } from '../../src/hosts/files/read/node';
import type { WorkbookGrid, SheetGrid } from '../../src/core/grid';
import { a1 } from '../../src/core/grid/address';
import type { Finding } from '../../src/core/model/findings';
import type { OutSheet } from '../../src/core/merge/types';
import type { WorkbookHost } from '../../src/hosts/host';
import { MARK_COLORS as COLORS, hashColor } from '../../src/core/report/colors';
import { RESULT_COLUMNS, RESULT_HEADERS, RESULT_SHEET } from '../../src/core/report/results';
import { DROPDOWN_LISTS } from '../../src/core/report/lists';
import { HEADER_STYLE, type OutSheet as ReportSheet } from '../../src/core/report/sheet';
import { buildFindings, buildPlan } from '../support/excelPlan';
import type { FakeExcel } from '../support/fakeExcel';
import * as path from 'path';

export type CellValue = string | number | boolean;

export interface HostWorld {
  host: WorkbookHost;
  /** The workbook's file name as the host reports it (findings carry it). */
  file: string;
  addSheet(name: string, rows: (CellValue | null)[][], opts?: { formats?: Record<string, string>; merges?: string[] }): void;
  /** Everything about the workbook, comparable with toEqual. */
  snapshot(): unknown;
  sheetNames(): string[];
  /** Cell values by `r,c` (0-based). */
  values(sheet: string): Map<string, unknown>;
  /** Number formats by `r,c`. */
  formats(sheet: string): Map<string, string>;
  /** Cells holding formulas (A1). */
  formulaCells(): string[];
  /** The add-in's colour marks: fill colour (#RRGGBB) and A1 areas. */
  marks(sheet: string): { fill: string; areas: string[] }[];
  /** Notes/comments by A1. */
  notes(sheet: string): Map<string, string>;
  /** The user's own note/comment on a cell. */
  addUserNote(sheet: string, cell: string, text: string): void;
  /** Link targets (`'Sheet'!A1`) by A1 of the cell holding the link. */
  links(sheet: string): Map<string, string>;
  /** Merged areas (A1), sorted. */
  merges(sheet: string): string[];
  /** Column widths in characters by 0-based column. */
  widths(sheet: string): Map<number, number>;
  /** What a cell looks like: bold, fill (#RRGGBB). */
  look(sheet: string, cell: string): { bold: boolean; fill: string | null };
  /** How the sheet prints: orientation, A4, one page wide, rows repeated on every page (`$1:$1`). */
  print(sheet: string): { landscape: boolean; a4: boolean; oneWide: boolean; titleRows: string | null };
  /** Drop-down list sources (`a,b,c` or `=range`). */
  listSources(sheet: string): string[];
  /** The user changes a cell; returns after change callbacks ran. */
  userEdit(sheet: string, cell: string): Promise<void>;
}

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');

/** Puts a grid read from a file into a world (values, number formats, merged areas). */
export function loadGrid(world: HostWorld, grid: WorkbookGrid): void {
  for (const s of grid.sheets) {
    const rows: (CellValue | null)[][] = s.cells.map((r) => (r ?? []).map((c) => (c && c.v !== null && !c.err ? (c.v as CellValue) : null)));
    const formats: Record<string, string> = {};
    s.cells.forEach((r, i) => (r ?? []).forEach((c, j) => c?.fmt && typeof c.v === 'number' && (formats[a1(i, j)] = c.fmt)));
    world.addSheet(s.name, rows, { formats, merges: s.merges.map((m) => `${a1(m.r0, m.c0)}:${a1(m.r1, m.c1)}`) });
  }
}

/** A grid as the reader's comparable content (values, dates, formats of numbers, merges). */
function content(s: SheetGrid) {
  const cells: string[] = [];
  s.cells.forEach((r, i) =>
    (r ?? []).forEach((c, j) => {
      if (c && c.v !== null && !c.err) cells.push(`${a1(i, j)}=${JSON.stringify(c.v)}${typeof c.v === 'number' && c.fmt ? `|${c.fmt}` : ''}${c.date ? '|date' : ''}`);
    }),
  );
  return { name: s.name, cells, merges: [...s.merges].sort((x, y) => x.r0 - y.r0 || x.c0 - y.c0) };
}

const finding = (file: string, over: Partial<Finding>): Finding => ({
  ruleId: 'C-REQUIRED',
  severity: 'error',
  file,
  sheet: '需求表',
  cell: 'C2',
  message: '培训班主题 为空',
  ...over,
});

const hex = (fill: string) => hashColor(fill).toUpperCase();
const MARK_COLORS = COLORS;
const RESULT_HEADER: readonly string[] = RESULT_HEADERS;

/** A snapshot without what differs between two equal runs: object ids the host was given and timestamps. */
function stable(snapshot: unknown): unknown {
  return JSON.parse(
    JSON.stringify(snapshot)
      .replace(/\{[a-z]+-\d{8}\}/g, '{id}')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'T'),
  );
}

export function hostContract(name: string, make: () => HostWorld): void {
  describe(`${name}: the host contract`, () => {
    test.each(['most-online-form.xlsx', 'zj-problems.xlsx', 'zj-clean.xlsx', 'sc-plan.xlsx', 'ce-register.xlsx'])('reads %s as the file reader does (values, date formats, merged areas)', async (file) => {
      const grid = await readWorkbookFile(path.join(EXAMPLES, file));
      const w = make();
      loadGrid(w, grid);
      const [read] = await w.host.readWorkbooks();
      expect(read.sheets.map(content)).toEqual(grid.sheets.map(content));
    });

    test('reads a list plan with merged schedule dates; only the chosen sheets when asked', async () => {
      const w = make();
      buildPlan(w as unknown as FakeExcel, 40);
      const [g] = await w.host.readWorkbooks();
      const sched = g.sheets.find((s) => s.name === '日程表')!;
      expect(sched.cells[1][1]).toEqual({ v: 45200, fmt: 'yyyy-mm-dd', date: true });
      expect(sched.merges).toHaveLength(120);
      expect(sched.merges[0]).toEqual({ r0: 1, c0: 1, r1: 2, c1: 1 });
      expect(g.sheets.find((s) => s.name === '需求表')!.cells[1][15]).toMatchObject({ v: 45000, date: true });
      const [only] = await w.host.readWorkbooks(undefined, { sheets: ['日程表'] });
      expect(only.sheets.find((s) => s.name === '需求表')!.cells).toHaveLength(0);
    });

    test.each([10, 1000])('marks %i findings without changing a value or format; re-marking replaces; clearing restores everything', async (n) => {
      const w = make();
      buildPlan(w as unknown as FakeExcel, 200);
      const before = w.snapshot();
      const values = w.values('需求表');
      const formats = w.formats('需求表');
      const findings = buildFindings(200, n, w.file);
      await w.host.applyMarks(findings, { includeInfo: true });
      expect(w.values('需求表')).toEqual(values);
      expect(w.formats('需求表')).toEqual(formats);
      const marks = w.marks('需求表');
      expect(new Set(marks.map((m) => hex(m.fill)))).toEqual(new Set(Object.values(MARK_COLORS).map((c) => hex(c.fill))));
      expect(w.notes('需求表').size).toBe(Math.min(n, 200 * 16));
      expect(w.notes('需求表').get('A2')).toContain('[ZJ-RATIO-STUDY]');
      const once = stable(w.snapshot());
      await w.host.applyMarks(findings, { includeInfo: true });
      expect(stable(w.snapshot())).toEqual(once);
      await w.host.clearMarks();
      expect(w.snapshot()).toEqual(before);
    });

    test('info is marked only when asked; a cell with the user’s own note keeps it', async () => {
      const w = make();
      buildPlan(w as unknown as FakeExcel, 5);
      w.addUserNote('需求表', 'F3', '用户自己的批注');
      const before = w.snapshot();
      await w.host.applyMarks(
        [finding(w.file, { cell: 'C2' }), finding(w.file, { cell: 'F3', severity: 'warning', ruleId: 'SC-GROUP-SIZE', message: '人数 25 超过 20', clause: '四(三)' }), finding(w.file, { cell: 'G4', severity: 'info' })],
        { includeInfo: false },
      );
      const notes = w.notes('需求表');
      expect(notes.get('C2')).toBe('[C-REQUIRED] 培训班主题 为空');
      expect(notes.get('F3')).toBe('用户自己的批注');
      expect(notes.has('G4')).toBe(false);
      const fills = w.marks('需求表').map((m) => hex(m.fill));
      expect(fills).not.toContain(hex(MARK_COLORS.info.fill));
      await w.host.clearMarks();
      expect(w.snapshot()).toEqual(before);
    });

    test('the 审核结果 sheet lists every finding with a link; text from findings never becomes a formula', async () => {
      const w = make();
      buildPlan(w as unknown as FakeExcel, 20);
      const evil = finding(w.file, { cell: 'D5', message: '=HYPERLINK("http://example.invalid","x")', ruleId: '+SUM(A1)', clause: '@cmd' });
      await w.host.applyMarks([finding(w.file, {}), evil, finding(w.file, { sheet: '不存在', cell: 'A1' })], { includeInfo: true });
      const rs = w.values(RESULT_SHEET);
      expect(RESULT_HEADER.map((_, c) => rs.get(`0,${c}`))).toEqual(RESULT_HEADER);
      // columns and rows as the report model lays them out (core/report/results.ts: sorted, 8 columns)
      const col = (h: string) => (RESULT_HEADER as readonly string[]).indexOf(h);
      const rowOf = (message: string) => [1, 2, 3].find((r) => rs.get(`${r},${col('说明')}`) === message)!;
      const r = rowOf('=HYPERLINK("http://example.invalid","x")');
      expect(r).toBeDefined();
      expect(rs.get(`${r},${col('规则')}`)).toBe('+SUM(A1)');
      expect(rs.get(`${r},${col('条款')}`)).toBe('@cmd');
      expect(w.formulaCells()).toEqual([]);
      const links = w.links(RESULT_SHEET);
      const cellCol = String.fromCharCode(65 + col('单元格'));
      const linkOf = (sheet: string, cell: string) => {
        const row = [1, 2, 3].find((x) => rs.get(`${x},${col('工作表')}`) === sheet && rs.get(`${x},${col('单元格')}`) === cell)!;
        return links.get(`${cellCol}${row + 1}`);
      };
      expect(linkOf('需求表', 'C2')).toBe("'需求表'!C2");
      expect(linkOf('需求表', 'D5')).toBe("'需求表'!D5");
      expect(linkOf('不存在', 'A1')).toBeUndefined();
    });

    test('writeSheets: merge and CE sheets replace same-named ones, text stays text', async () => {
      const w = make();
      w.addSheet('省级汇总', [['旧的']]);
      const sheets: OutSheet[] = [
        { name: '省级汇总', rows: [['单位', '金额', '编号'], ['=cmd|" /c calc"!A1', 12.5, '00123'], ["'引号", -3, '2024-05-01']], headerRows: [0], colWidths: [20, 10, 12], freeze: { rows: 1, cols: 0 } },
        { name: '继续教育学时', rows: [['姓名', '学时'], ['张三', 24]] },
      ];
      const r = await w.host.writeSheets!(sheets, { activate: '省级汇总' });
      expect(r.sheets).toEqual(['省级汇总', '继续教育学时']);
      const v = w.values('省级汇总');
      expect(v.get('0,0')).toBe('单位');
      expect(v.get('1,0')).toBe('=cmd|" /c calc"!A1');
      expect(v.get('1,1')).toBe(12.5);
      expect(v.get('1,2')).toBe('00123');
      expect(v.get('2,0')).toBe("'引号");
      expect(v.get('2,2')).toBe('2024-05-01');
      expect(w.values('继续教育学时').get('1,1')).toBe(24);
      expect(w.formulaCells()).toEqual([]);
      expect(w.sheetNames().filter((n) => n.startsWith('~'))).toEqual([]);
      expect(w.sheetNames().filter((n) => n === '省级汇总')).toHaveLength(1);
    });

    test('writeSheets renders a report-model sheet alike in every host: percentages, date-times, merged cells, widths, header style, print setup', async () => {
      const w = make();
      w.addSheet('S', [['a']]);
      const sheet: ReportSheet = {
        name: '省级汇总',
        headerRows: [0],
        rows: [
          ['单位', '学习天数占比', '报送时间', '经费（万元）'],
          ['某某厅', { value: 0.375, style: { numFmt: '0.0%' } }, { value: 45200.5, style: { numFmt: 'yyyy-mm-dd hh:mm' } }, { value: 12.5, style: { numFmt: '0.00', bold: true } }],
          ['=SUM(A1)', { value: 1, style: { numFmt: '0.0%' } }, { value: '2024-05-01', isDate: true }, { value: 3, isDate: true }],
          [{ value: '合计：全省 2 个单位', style: { bold: true, fill: 'FFEB9C' } }],
        ],
        merges: [{ r0: 3, c0: 0, r1: 3, c1: 3 }],
        colWidths: [20, 12, 18, undefined],
        freeze: { rows: 1 },
        print: { orientation: 'landscape', fitWidth: 1, fitHeight: 0, titleRows: [0, 0] },
      };
      const r = await w.host.writeSheets!([sheet]);
      expect(r.sheets).toEqual(['省级汇总']);
      const v = w.values('省级汇总');
      const f = w.formats('省级汇总');
      expect([v.get('1,1'), f.get('1,1')]).toEqual([0.375, '0.0%']);
      expect([v.get('2,1'), f.get('2,1')]).toEqual([1, '0.0%']);
      expect([v.get('1,2'), f.get('1,2')]).toEqual([45200.5, 'yyyy-mm-dd hh:mm']);
      expect([v.get('1,3'), f.get('1,3')]).toEqual([12.5, '0.00']);
      // a date given as a serial gets yyyy-mm-dd; text stays text (`@`), never a formula, even marked as a date
      expect([v.get('2,3'), f.get('2,3')]).toEqual([3, 'yyyy-mm-dd']);
      expect([v.get('2,2'), f.get('2,2')]).toEqual(['2024-05-01', '@']);
      expect(v.get('2,0')).toBe('=SUM(A1)');
      expect(w.formulaCells()).toEqual([]);
      expect(w.merges('省级汇总')).toEqual(['A4:D4']);
      expect(v.get('3,0')).toBe('合计：全省 2 个单位');
      expect([...w.widths('省级汇总')].sort((a, b) => a[0] - b[0])).toEqual([
        [0, 20],
        [1, 12],
        [2, 18],
      ]);
      expect(w.look('省级汇总', 'B1')).toEqual({ bold: true, fill: hashColor(HEADER_STYLE.fill!) });
      expect(w.look('省级汇总', 'D2')).toEqual({ bold: true, fill: null });
      expect(w.look('省级汇总', 'A4')).toEqual({ bold: true, fill: '#FFEB9C' });
      expect(w.look('省级汇总', 'A2')).toEqual({ bold: false, fill: null });
      expect(w.print('省级汇总')).toEqual({ landscape: true, a4: true, oneWide: true, titleRows: '$1:$1' });
    });

    test('the 审核结果 sheet is the report model’s: widths, header style, sorted rows, print setup', async () => {
      const w = make();
      buildPlan(w as unknown as FakeExcel, 5);
      await w.host.applyMarks([finding(w.file, { severity: 'info', cell: 'A2' }), finding(w.file, { severity: 'warning', cell: 'B2' }), finding(w.file, { cell: 'C3' })], { includeInfo: true });
      const rs = w.values(RESULT_SHEET);
      expect([1, 2, 3].map((r) => rs.get(`${r},${RESULT_HEADER.indexOf('单元格')}`))).toEqual(['C3', 'B2', 'A2']);
      expect([1, 2, 3].map((r) => rs.get(`${r},0`))).toEqual([1, 2, 3]);
      expect([...w.widths(RESULT_SHEET)].sort((a, b) => a[0] - b[0]).map(([, x]) => x)).toEqual(RESULT_COLUMNS.map((c) => c.width));
      expect(w.look(RESULT_SHEET, 'A1')).toEqual({ bold: true, fill: hashColor(HEADER_STYLE.fill!) });
      expect(w.look(RESULT_SHEET, 'B2').fill).toBe(hashColor(COLORS.error.fill));
      expect(w.print(RESULT_SHEET)).toEqual({ landscape: true, a4: true, oneWide: true, titleRows: '$1:$1' });
    });

    test('templates come with their drop-down lists; an existing sheet of the same name is untouched', async () => {
      const w = make();
      w.addSheet('日程表', [['已有']]);
      await w.host.insertTemplate('schedule');
      expect(w.values('日程表').get('0,0')).toBe('已有');
      const s = w.values('日程表 (2)');
      expect(s.get('0,0')).toBe('日期');
      expect(w.formats('日程表 (2)').get('0,0')).toBe('@');
      const sources = w.listSources('日程表 (2)');
      expect(sources).toContain(DROPDOWN_LISTS.daySlot.join(','));
      expect(sources).toContain(DROPDOWN_LISTS.activityType.join(','));
    });

    test('settings round-trip in the workbook; invalid settings are refused in Chinese', async () => {
      const w = make();
      w.addSheet('S', [['a']]);
      const settings = { packs: ['zj2017'], params: { 'zj2017.maxCities': 4 }, suppressions: [], outstandingUnits: ['某某厅'], sheetKinds: { 日程表: 'schedule' } };
      expect(await w.host.loadSettings()).toBeNull();
      await w.host.saveSettings(settings);
      expect(await w.host.loadSettings()).toEqual(settings);
      await expect(w.host.saveSettings({ packs: 5 })).rejects.toThrow(/审核设置无效/);
      const [g] = await w.host.readWorkbooks();
      expect(g.sheets.map((s) => s.name)).toEqual(['S']);
    });

    test('selectCell; a missing sheet is a Chinese error', async () => {
      const w = make();
      buildPlan(w as unknown as FakeExcel, 5);
      await w.host.selectCell(w.file, '日程表', 'C7');
      await expect(w.host.selectCell(w.file, '不存在', 'A1')).rejects.toThrow('找不到工作表“不存在”');
    });

    test('live checking: user edits call back (on sheets added later too), the add-in’s own writes do not; unsubscribing stops it', async () => {
      const w = make();
      buildPlan(w as unknown as FakeExcel, 5);
      const seen: string[] = [];
      const off = await w.host.onChange!((s) => seen.push(s));
      await w.userEdit('需求表', 'C3');
      await w.host.applyMarks([finding(w.file, {})], { includeInfo: false });
      await w.userEdit(RESULT_SHEET, 'A1');
      expect(seen).toEqual(['需求表']);
      await w.host.insertTemplate('participants');
      await w.userEdit('人员名单', 'A2');
      expect(seen).toEqual(['需求表', '人员名单']);
      await Promise.resolve(off());
      await w.userEdit('日程表', 'A2');
      expect(seen).toEqual(['需求表', '人员名单']);
    });
  });
}
