/**
 * Writing the merge's sheets into the open workbook through the recording fake: syncs that do not grow with
 * the rows beyond chunking, formula-looking text written as text, the chart's source range, replacing
 * same-named sheets only at the end, reading only some sheets, and CE shortfall marks that clear to the
 * workbook as it was.
 */
import { COL, mergeToTables, readExistingSummary, type OutSheet, type OutValue } from '../../../src/core/merge';
import { createExcelHost } from '../../../src/hosts/excel';
import { ROWS_PER_REQUEST } from '../../../src/hosts/excel/sheets';
import { excelCell } from '../../../src/hosts/common/cells';
import { DEFAULT_BUDGET } from '../../../src/hosts/excel/batcher';
import { FakeExcel } from '../../support/fakeExcel';
import { runCe, shortfallFindings } from '../../../src/taskpane/ce';
import { countryChart } from '../../../src/taskpane/merge';
import { demandFormSheet } from '../../../src/core/report/demandForm';
import { cellOf } from '../../../src/core/report/sheet';
import { serialToDateTime } from '../../../src/core/report/time';
import { source, T0 } from '../../core/merge/helpers';

const NASTY = ['=1+1', '+SUM(A1:A2)', '-2+3', '@SUM(1)', '=HYPERLINK("http://evil.example","点我")', "'已加引号", '2024-05-01', '00123', '1/3'];

function setup(api = '1.18', budget?: { maxBytes: number; maxOps: number }) {
  const fake = new FakeExcel({ api });
  fake.addSheet('说明', [['本工作簿汇总各单位报回的计划']]);
  const host = createExcelHost({ env: fake.env(), budget });
  return { fake, host };
}

/** A 省级汇总-like sheet of `n` rows × `cols` columns of ordinary text and numbers. */
function bigSheet(n: number, cols = 40): OutSheet {
  const header = Array.from({ length: cols }, (_, c) => `列${c + 1}`);
  const rows: OutValue[][] = [header];
  for (let r = 0; r < n; r++) rows.push(header.map((_, c) => (c % 3 === 0 ? r * 40 + c : `第${r + 1}行第${c + 1}列的文字`)));
  return { name: '省级汇总', rows, headerRows: [0], freeze: { rows: 1, cols: 0 }, colWidths: header.map(() => 12) };
}

/** Stored values of a fake sheet as rows (what Excel would show). */
function storedRows(fake: FakeExcel, name: string): (string | number | boolean | null)[][] {
  const s = fake.sheet(name);
  let rows = 0;
  let cols = 0;
  for (const k of s.values.keys()) {
    const [r, c] = k.split(',').map(Number);
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  }
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => s.values.get(`${r},${c}`) ?? null));
}

describe('summary write: syncs', () => {
  it('2 000 rows take as many syncs as 10 while the data fits one budget (1 list + 1 batch)', async () => {
    const small = setup();
    await small.host.writeSheets([bigSheet(10, 20)]);
    const big = setup();
    await big.host.writeSheets([bigSheet(2000, 20)]);
    expect(small.fake.syncCount).toBe(2);
    expect(big.fake.syncCount).toBe(small.fake.syncCount);
    // Rows go in requests of ROWS_PER_REQUEST: 2 001 rows → 3 values requests, not one per row.
    expect(big.fake.callCounts.get('Range.values')).toBe(Math.ceil(2001 / ROWS_PER_REQUEST));
    expect(storedRows(big.fake, '省级汇总')).toHaveLength(2001);
  });

  it('a 2 000 × 40 summary over the 2 MB budget adds one sync per budget of bytes, every sync under 5 MB', async () => {
    const small = setup();
    await small.host.writeSheets([bigSheet(10)]);
    const big = setup();
    await big.host.writeSheets([bigSheet(2000)]);
    const bytes = big.fake.syncs.reduce((n, x) => n + x.requestBytes, 0);
    expect(big.fake.syncCount).toBeGreaterThan(small.fake.syncCount);
    expect(big.fake.syncCount - small.fake.syncCount).toBeLessThanOrEqual(Math.ceil(bytes / DEFAULT_BUDGET.maxBytes));
    expect(big.fake.maxPayload).toBeLessThan(5 * 1024 * 1024);
  });

  it('beyond the budget, syncs grow with chunks of data only', async () => {
    const budget = { maxBytes: 400_000, maxOps: 10_000 };
    const a = setup('1.18', budget);
    await a.host.writeSheets([bigSheet(2000)]);
    const payload = a.fake.syncs.reduce((n, s) => n + s.requestBytes, 0);
    // More than 2, but bounded by the bytes written (one sync per budget's worth), not by 2 000 rows.
    expect(a.fake.syncCount).toBeGreaterThan(2);
    expect(a.fake.syncCount).toBeLessThanOrEqual(2 + Math.ceil(payload / budget.maxBytes) + 1);
    expect(a.fake.syncCount).toBeLessThan(20);
  });
});

describe('summary write: text never becomes a formula', () => {
  it('excelCell prefixes formula-looking text and puts other text in @ cells', () => {
    expect(excelCell('=1+1')).toEqual({ value: "'=1+1", format: 'General' });
    expect(excelCell('-2+3')).toEqual({ value: "'-2+3", format: 'General' });
    expect(excelCell("'x")).toEqual({ value: "''x", format: 'General' });
    expect(excelCell('2024-05-01')).toEqual({ value: '2024-05-01', format: '@' });
    expect(excelCell('甲单位')).toEqual({ value: '甲单位', format: '@' });
    expect(excelCell(-5)).toEqual({ value: -5, format: 'General' });
    expect(excelCell(null)).toEqual({ value: '', format: 'General' });
  });

  it('a merged summary with units’ formula-looking text is stored as the same text, no formula', async () => {
    const { fake, host } = setup();
    const src = source('a.xlsx', NASTY.map((t, i) => ({ unit: '甲单位', theme: t, id: `ID-${i}`, extras: { 备注: t } })));
    const { sheets } = mergeToTables([src], { importedAt: T0 });
    await host.writeSheets(sheets);
    for (const s of ['省级汇总', '单位汇总', '导入记录']) expect(fake.sheet(s).formulas.size).toBe(0);
    // As sent: no string starts with = + - @ unless it carries the apostrophe, and then its cell is General.
    const summaryWrites = fake.valueWrites.filter((w) => ['省级汇总', '单位汇总', '导入记录'].includes(w.sheet.replace(/^~/, '')));
    expect(summaryWrites.length).toBeGreaterThan(0);
    for (const w of summaryWrites)
      w.values.forEach((row, i) =>
        row.forEach((v, j) => {
          if (typeof v !== 'string') return;
          expect(v).not.toMatch(/^[=+\-@]/);
          if (v.startsWith("'")) expect(w.formats[i][j]).toBe('General');
          else if (v !== '') expect(w.formats[i][j]).toBe('@');
        }),
      );
    // Read back through the host's own reader: the same texts, and a re-merge would see them.
    const [grid] = await host.readWorkbooks(undefined, { sheets: ['省级汇总', '导入记录'] });
    const summary = readExistingSummary(grid);
    expect(summary.rows.map((r) => r.values[COL.theme])).toEqual(NASTY);
    expect(summary.rows.map((r) => r.values['备注'])).toEqual(NASTY);
  });

  it('the same text written without the writer would have become formulas (the check can fail)', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S', [[]]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 4).values = [['=1+1', '+SUM(A1)', '-2+3', '@SUM(1)']];
    });
    expect(fake.sheet('S').formulas.size).toBe(4);
  });
});

describe('summary write: chart and replacement', () => {
  const units = () =>
    mergeToTables(
      [
        source('a.xlsx', [
          { unit: '甲单位', theme: '智能制造研修', country: '德国', people: 10, budget: 30 },
          { unit: '甲单位', theme: '职业教育研修', country: '德国、瑞士', people: 8, budget: 40 },
        ]),
        source('b.xlsx', [{ unit: '乙单位', theme: '农业技术培训', country: '荷兰', people: 12, budget: 25 }]),
      ],
      { importedAt: T0 },
    ).sheets;

  it('adds a clustered column chart over the country table with the right source range', async () => {
    const { fake, host } = setup('1.18');
    const sheets = units();
    const chart = countryChart(sheets, '按国家（地区）的经费预算与人数');
    expect(chart).not.toBeNull();
    expect(chart!.categories).toEqual(['德国', '瑞士', '荷兰']);
    expect(chart!.series.map((s) => [s.name, s.values])).toEqual([
      ['经费预算（万元）', [70, 40, 25]],
      ['人数', [18, 8, 12]],
    ]);
    const report = await host.writeSheets(sheets, { chart: chart!, activate: '省级汇总' });
    const unitSheet = sheets.find((s) => s.name === '单位汇总')!;
    const width = Math.max(...unitSheet.rows.map((r) => r.length));
    // The data table starts one blank column right of the sheet's cells: 4 rows (header + 3) × 3 columns.
    const col = (n: number) => String.fromCharCode(65 + n);
    expect(report.chartSource).toBe(`${col(width + 1)}1:${col(width + 3)}4`);
    const charts = fake.sheet('单位汇总').charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ type: 'ColumnClustered', source: report.chartSource, seriesBy: 'Columns', title: '按国家（地区）的经费预算与人数' });
    expect(charts[0].series[1]).toEqual({ chartType: 'Line', axisGroup: 'Secondary' });
    expect(storedRows(fake, '单位汇总').map((r) => r.slice(width + 1, width + 4)).slice(0, 4)).toEqual([
      ['国家（地区）', '经费预算（万元）', '人数'],
      ['德国', 70, 18],
      ['瑞士', 40, 8],
      ['荷兰', 25, 12],
    ]);
    expect(fake.sheets.map((s) => s.name)).toEqual(['说明', '省级汇总', '单位汇总', '导入记录']);
    expect(fake.activeSheetId).toBe(fake.sheet('省级汇总').id);
  });

  it('on ExcelApi 1.7 the chart is drawn without a secondary axis (set 1.8)', async () => {
    const { fake, host } = setup('1.7');
    const sheets = units();
    await host.writeSheets(sheets, { chart: countryChart(sheets, '图')! });
    expect(fake.sheet('单位汇总').charts).toHaveLength(1);
    expect(fake.sheet('单位汇总').charts[0].series).toEqual({});
  });

  it('the report model as Excel shows it: percentages, a Beijing date-time, header style, print setup (1.9), the chart without being asked', async () => {
    const { fake, host } = setup('1.18');
    const sheets = units();
    await host.writeSheets(sheets);
    const s = fake.sheet('省级汇总');
    const header = sheets[0].rows[0] as string[];
    const share = header.indexOf(COL.studyShare);
    const at = header.indexOf(COL.importedAt);
    expect(s.numberFormats.get(`1,${share}`)).toBe('0.0%');
    expect(s.values.get(`1,${share}`)).toBeCloseTo(0.8);
    expect(s.numberFormats.get(`1,${at}`)).toBe('yyyy-mm-dd hh:mm:ss');
    expect(serialToDateTime(s.values.get(`1,${at}`) as number)).toBe('2024-11-01 09:00:00');
    expect(s.bold.get('0,0')).toBe(true);
    expect(s.pageLayout).toEqual({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$1:$1' });
    // 单位汇总 carries its chart from the model even when the pane passes none.
    expect(fake.sheet('单位汇总').charts).toHaveLength(1);
    expect(fake.sheet('单位汇总').charts[0].title).toBe('按国家（地区）经费预算与人数');
  });

  it('below ExcelApi 1.9 no print setup is asked for (worksheet.pageLayout would be refused)', async () => {
    const { fake, host } = setup('1.8');
    await host.writeSheets(units());
    expect(fake.sheet('省级汇总').pageLayout).toEqual({});
  });

  it('a 需求表 renders as a bordered form: borders on label and value cells, merged values, row heights, one page', async () => {
    const { fake, host } = setup('1.18');
    const form = demandFormSheet({ values: { [COL.theme]: '智能制造研修班', [COL.unit]: '甲单位', 是否有境外资助: '否' } }, '需求表001');
    await host.writeSheets([form]);
    const s = fake.sheet('需求表001');
    const themeRow = form.rows.findIndex((r) => cellOf(r?.[0])?.value === COL.theme);
    expect(s.values.get(`${themeRow},1`)).toBe('智能制造研修班');
    expect(s.merges).toContainEqual({ r0: themeRow, c0: 1, r1: themeRow, c1: 5 });
    expect(s.styles.get(`${themeRow},0`)).toMatchObject({ 'border.EdgeTop': 'Continuous', 'border.EdgeLeft': 'Continuous' });
    expect(s.styles.get(`${themeRow},3`)).toMatchObject({ 'border.EdgeBottom': 'Continuous' });
    expect(s.styles.get(`${themeRow},0`)?.rowHeight).toBe(form.rowHeights![themeRow]);
    expect([...s.values.values()]).toContain('有☐（资助方_____）　否☑');
    expect(s.pageLayout).toMatchObject({ orientation: 'Portrait', zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 }, centerHorizontally: true });
  });

  it('replaces same-named sheets; other sheets are untouched', async () => {
    const { fake, host } = setup();
    fake.addSheet('省级汇总', [['旧的'], ['内容']]);
    const other = JSON.stringify(fake.sheet('说明').values.get('0,0'));
    await host.writeSheets([{ name: '省级汇总', rows: [['培训班主题', '组团单位'], ['新', '甲']] }]);
    expect(fake.sheets.filter((s) => s.name === '省级汇总')).toHaveLength(1);
    expect(storedRows(fake, '省级汇总')).toEqual([
      ['培训班主题', '组团单位'],
      ['新', '甲'],
    ]);
    expect(fake.sheets.some((s) => s.name.startsWith('~'))).toBe(false);
    expect(JSON.stringify(fake.sheet('说明').values.get('0,0'))).toBe(other);
  });

  it('when Excel refuses part of the write, the old sheet is still there with its values', async () => {
    const { fake, host } = setup();
    fake.addSheet('省级汇总', [['旧的']]);
    // Overlapping merges: the fake refuses the second one, as Excel does.
    const bad: OutSheet = { name: '省级汇总', rows: [['a', 'b', 'c']], merges: [{ r0: 0, c0: 0, r1: 0, c1: 1 }, { r0: 0, c0: 1, r1: 0, c1: 2 }] };
    await expect(host.writeSheets([bad])).rejects.toThrow(/写入工作表/);
    expect(fake.sheet('省级汇总').values.get('0,0')).toBe('旧的');
  });

  it('readWorkbooks({ sheets }) reads only those sheets', async () => {
    const { fake, host } = setup();
    fake.addSheet('大表', [['x', 'y'], [1, 2]]);
    const [grid] = await host.readWorkbooks(undefined, { sheets: ['说明'] });
    expect(grid.sheets.map((s) => s.name)).toEqual(['说明', '大表']);
    expect(grid.sheets[0].cells.length).toBe(1);
    expect(grid.sheets[1].cells.length).toBe(0);
  });
});

describe('CE shortfall marks', () => {
  const HEADER = ['姓名', '身份证号', '单位', '年度', '科目类别', '形式', '学时'];
  const rows = [
    HEADER,
    ['张三', '330102199001011234', '某所', 2024, '专业科目', '面授', 40],
    ['李四', '330102199001015678', '某所', 2024, '专业科目', '面授', 72],
    ['张三', '330102199001011234', '某所', 2024, '公需科目', '面授', 31.5],
  ];

  it('colour the person’s rows across the register, and 清除标记 leaves the workbook as it was', async () => {
    const fake = new FakeExcel({ api: '1.18' });
    fake.addSheet('学时登记', rows, { formats: { 'G2:G4': '0.0' } });
    fake.sheet('学时登记').fills.set('0,0', '#FFFF00'); // the user's own fill stays
    const host = createExcelHost({ env: fake.env() });
    const before = fake.snapshot();
    const grids = await host.readWorkbooks();
    const run = runCe(grids, { packs: ['ce2007'], year: null });
    const zhang = run.persons.find((p) => p.name === '张三')!;
    // RULES.md rev. 2: every public hour counts unless ce2007.capPublicHours
    expect(zhang).toMatchObject({ professional: 40, publicRecorded: 31.5, publicCounted: 31.5, total: 71.5, shortfall: 0.5 });
    const findings = shortfallFindings(run);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'CE-ANNUAL-HOURS', sheet: '学时登记', cell: 'A2' });
    expect(findings[0].related?.map((r) => r.cell)).toEqual(expect.arrayContaining(['A2:G2', 'A4:G4']));

    await host.applyMarks(findings, { includeInfo: false });
    const cfs = fake.sheet('学时登记').cfs;
    const marked = cfs.flatMap((c) => c.areas);
    // Both of 张三's rows, all seven columns; 李四's row (72 hours) is not marked.
    for (const r of [1, 3]) expect(marked.some((a) => a.r0 <= r && a.r1 >= r && a.c0 === 0 && a.c1 === 6)).toBe(true);
    expect(marked.some((a) => a.r0 <= 2 && a.r1 >= 2)).toBe(false);
    expect(fake.sheet('学时登记').values.get('1,6')).toBe(40);

    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });
});
