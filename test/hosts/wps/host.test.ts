/** WPS host specifics beyond the shared contract: call counts, merged-area search, store sheet, failures. */
import { createWpsHost, RECORD_KEY, SETTINGS_KEY, STORE_SHEET } from '../../../src/hosts/wps';
import { findMerges, readWorkbook } from '../../../src/hosts/wps/read';
import { readStore } from '../../../src/hosts/wps/store';
import { buildFindings, buildPlan } from '../../support/excelPlan';
import type { FakeExcel } from '../../support/fakeExcel';
import type { Finding } from '../../../src/core/model/findings';
import { FakeWps, type Rect } from '../../support/fakeWps';

function plan(projects: number) {
  const fake = new FakeWps();
  buildPlan(fake as unknown as FakeExcel, projects);
  return { fake, host: createWpsHost({ app: fake.app }) };
}

const sortRects = (rs: Rect[]) => [...rs].sort((x, y) => x.r0 - y.r0 || x.c0 - y.c0);

describe('object-model calls', () => {
  test('reading a 2 000-project plan (14 000 rows, 6 000 merged dates) takes under 150 calls, about as many as 1 000 projects', async () => {
    const big = plan(2000);
    await big.host.readWorkbooks();
    const small = plan(1000);
    await small.host.readWorkbooks();
    expect(big.fake.calls).toBeLessThan(150);
    expect(big.fake.calls - small.fake.calls).toBeLessThan(30);
    expect(big.fake.byMember.get('Range.Value2')).toBeLessThanOrEqual(8);
  });

  test('colour marks grow with address chunks, not findings; comments and links are one call pair each', async () => {
    const counts: Record<number, { fc: number; total: number; comments: number; links: number }> = {};
    for (const n of [10, 1000]) {
      const { fake, host } = plan(2000);
      fake.resetCounters();
      await host.applyMarks(buildFindings(2000, n, fake.name), { includeInfo: true });
      counts[n] = {
        fc: fake.byMember.get('FormatConditions.Add') ?? 0,
        total: fake.calls,
        comments: fake.byMember.get('Range.AddComment') ?? 0,
        links: fake.byMember.get('Hyperlinks.Add') ?? 0,
      };
    }
    expect(counts[10].fc).toBe(3);
    expect(counts[1000].fc).toBeLessThanOrEqual(30);
    expect(counts[1000].comments).toBe(1000);
    expect(counts[1000].links).toBe(1000);
    // beyond one comment and one link per finding (two calls each), marking costs a few hundred calls at most
    expect(counts[1000].total - 4 * 1000).toBeLessThan(400);
  });
});

describe('merged areas', () => {
  const cases: [string, (string | number | null)[][], string[]][] = [
    ['vertical pairs beside vertical pairs (two columns merged per day)', [['日期', '城市'], [45200, '柏林'], [null, null], [45201, '巴黎'], [null, null]], ['A2:A3', 'B2:B3', 'A4:A5', 'B4:B5']],
    ['three-row areas and an empty top-left', [['日期', 'x'], [45200, 1], [null, 2], [null, 3], [null, 4], [null, 5], ['x', 6]], ['A2:A4', 'A5:A6']],
    ['horizontal labels and a 2×2 block', [['培训班主题', null, null, 'v'], ['a', 'b', null, null], ['c', 'd', null, null]], ['A1:C1', 'C2:D3']],
    ['none at all (dense list)', [['a', 'b'], [1, 2], [3, 4]], []],
    ['empty cells that are not merged', [['a', null], [null, 2], [3, null], [null, null], [5, 6]], []],
  ];
  test.each(cases)('%s', (_name, rows, merges) => {
    const fake = new FakeWps();
    fake.addSheet('S', rows, { merges });
    for (const blockCells of [1, 3, 20_000]) {
      const grid = readWorkbook(fake.app.ActiveWorkbook!, { blockCells });
      expect(sortRects(grid.sheets[0].merges)).toEqual(sortRects(fake.sheet('S').merges));
    }
  });

  test('the same answer as the fake holds, for a long schedule with areas of every kind', () => {
    const fake = new FakeWps();
    const rows: (string | number | null)[][] = [['日期', '时段', '城市']];
    const merges: string[] = [];
    for (let d = 0; d < 300; d++) {
      const r = rows.length + 1;
      const span = 2 + (d % 3); // 2, 3 or 4 rows a day
      for (let k = 0; k < span; k++) rows.push([k === 0 ? 45200 + d : null, `时段${k}`, k === 0 || d % 5 ? '柏林' : null]);
      merges.push(`A${r}:A${r + span - 1}`);
      if (d % 5 === 0) merges.push(`C${r}:C${r + span - 1}`);
    }
    fake.addSheet('日程表', rows, { merges, formats: { [`A2:A${rows.length}`]: 'yyyy-mm-dd' } });
    fake.resetCounters();
    const grid = readWorkbook(fake.app.ActiveWorkbook!, {});
    expect(sortRects(grid.sheets[0].merges)).toEqual(sortRects(fake.sheet('日程表').merges));
    expect(grid.sheets[0].cells[1][0]).toEqual({ v: 45200, fmt: 'yyyy-mm-dd', date: true });
    // areas of more than two rows are read one by one: a few calls each
    expect(fake.calls).toBeLessThan(300 * 8);
  });

  test('thousands of empty merged areas (blank input fields) are found without deep recursion', () => {
    const fake = new FakeWps();
    const rows: (string | null)[][] = [['标签', null]];
    const merges: string[] = [];
    for (let i = 0; i < 3000; i++) {
      rows.push([`第${i}项`, null], [null, null]);
      merges.push(`B${2 * i + 2}:B${2 * i + 3}`);
    }
    rows.push(['末行', 'x']);
    fake.addSheet('S', rows, { merges });
    const grid = readWorkbook(fake.app.ActiveWorkbook!, {});
    expect(sortRects(grid.sheets[0].merges)).toEqual(sortRects(fake.sheet('S').merges));
  });

  test('findMerges finds nothing without merged cells, in one call per column with empty runs', () => {
    const fake = new FakeWps();
    fake.addSheet('S', [['a', 'b'], ['x', null], ['y', null], ['z', 'w']]);
    const ws = fake.app.ActiveWorkbook!.Worksheets.Item(1);
    fake.resetCounters();
    expect(findMerges(ws, [['a', 'b'], ['x', undefined], ['y', undefined], ['z', 'w']], { r0: 0, c0: 0, rows: 4, cols: 2 })).toEqual([]);
    expect(fake.byMember.get('Range.MergeCells')).toBe(1);
  });
});

describe('number formats', () => {
  test('a column mixing dates and plain numbers is read cell-accurately, with few format calls', () => {
    const fake = new FakeWps();
    const rows: (string | number)[][] = [['值']];
    const formats: Record<string, string> = {};
    for (let i = 0; i < 400; i++) {
      rows.push([45000 + i]);
      if (i % 100 === 7) formats[`A${i + 2}`] = 'yyyy"年"m"月"d"日"';
      if (i % 100 === 50) formats[`A${i + 2}`] = '0.00';
    }
    fake.addSheet('S', rows, { formats });
    fake.resetCounters();
    const grid = readWorkbook(fake.app.ActiveWorkbook!, {});
    const cells = grid.sheets[0].cells;
    expect(cells[8][0]).toEqual({ v: 45007, fmt: 'yyyy"年"m"月"d"日"', date: true });
    expect(cells[51][0]).toEqual({ v: 45050, fmt: '0.00' });
    expect(cells[9][0]).toEqual({ v: 45008 });
    expect(cells[308][0]).toEqual({ v: 45307, fmt: 'yyyy"年"m"月"d"日"', date: true });
    // 8 odd cells among 400: each costs about 2·log2(400) halvings, not one call per cell
    expect(fake.byMember.get('Range.NumberFormat')).toBeLessThan(8 * 2 * 9 + 5);
  });
});

describe('marks', () => {
  test('no prompt, screen updating and the active sheet restored', async () => {
    const { fake, host } = plan(50);
    fake.active = 1;
    await host.applyMarks(buildFindings(50, 30, fake.name), { includeInfo: false });
    await host.applyMarks(buildFindings(50, 30, fake.name), { includeInfo: false });
    await host.clearMarks();
    expect(fake.alertsShown).toBe(0);
    expect(fake.screenUpdating).toBe(true);
    expect(fake.activeSheet?.name).toBe('日程表');
  });

  test('the cells’ own fills and fonts are never set: colour comes from conditional formats', async () => {
    const { fake, host } = plan(50);
    await host.applyMarks(buildFindings(50, 100, fake.name), { includeInfo: true });
    expect(fake.sheet('需求表').styles.size).toBe(0);
    expect(fake.sheet('需求表').cfs.every((cf) => cf.type === 2 && cf.formula === '=ISTEXT("peixun-review-mark")')).toBe(true);
  });

  test('a failure half-way leaves a record that 清除标记 uses to restore the workbook', async () => {
    const { fake, host } = plan(50);
    const before = fake.snapshot();
    let n = 0;
    const orig = fake.rec.bind(fake);
    fake.rec = (m: string) => {
      if (m === 'Range.AddComment' && ++n === 5) throw new Error('COM 错误 0x800A03EC');
      orig(m);
    };
    await expect(host.applyMarks(buildFindings(50, 20, fake.name), { includeInfo: true })).rejects.toThrow(/^WPS 表格拒绝了操作：标记审核结果。/);
    fake.rec = orig;
    expect(fake.sheet('需求表').comments.size).toBe(4);
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  test('a mark the user copied to another sheet is cleared too', async () => {
    const { fake, host } = plan(5);
    const before = fake.snapshot();
    await host.applyMarks([{ ruleId: 'X', severity: 'error', file: fake.name, sheet: '需求表', cell: 'B2', message: 'm' } as Finding], { includeInfo: false });
    const copy = { ...fake.sheet('需求表').cfs[0], id: 999, areas: [{ r0: 3, c0: 3, r1: 3, c1: 3 }] };
    fake.sheet('日程表').cfs.push(copy);
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  test('a conditional format of the user’s own stays', async () => {
    const { fake, host } = plan(5);
    const own = { id: 500, type: 2, areas: [{ r0: 1, c0: 1, r1: 4, c1: 1 }], formula: '=B2>10', interior: 255, font: null };
    fake.sheet('需求表').cfs.push(own);
    await host.applyMarks([{ ruleId: 'X', severity: 'error', file: fake.name, sheet: '需求表', cell: 'B2', message: 'm' } as Finding], { includeInfo: false });
    await host.clearMarks();
    expect(fake.sheet('需求表').cfs).toEqual([own]);
  });
});

describe('the store sheet (settings and the record of marks)', () => {
  test('very hidden, never read as data, removed when it holds nothing', async () => {
    const { fake, host } = plan(5);
    await host.applyMarks(buildFindings(5, 3, fake.name), { includeInfo: false });
    expect(fake.sheet(STORE_SHEET).visible).toBe(2);
    expect(fake.sheet(STORE_SHEET).formats.get('0,0')).toBe('@');
    expect(readStore(fake.app.ActiveWorkbook!).has(RECORD_KEY)).toBe(true);
    const [g] = await host.readWorkbooks();
    expect(g.sheets.map((s) => s.name)).not.toContain(STORE_SHEET);
    await host.clearMarks();
    expect(fake.sheets.map((s) => s.name)).not.toContain(STORE_SHEET);
  });

  test('settings survive clearing marks; long settings are split over cells', async () => {
    const { fake, host } = plan(5);
    const settings = { packs: ['zj2017'], params: {}, suppressions: Array.from({ length: 900 }, (_, i) => ({ ruleId: 'ZJ-RATIO-STUDY', sheet: '需求表', cell: `B${i + 2}`, reason: `已核实${i}`.padEnd(30, '。'), at: '2026-12-01' })), outstandingUnits: [], sheetKinds: {} };
    await host.saveSettings(settings);
    const raw = readStore(fake.app.ActiveWorkbook!).get(SETTINGS_KEY)!;
    expect(raw.length).toBeGreaterThan(30_000);
    await host.applyMarks(buildFindings(5, 3, fake.name), { includeInfo: false });
    await host.clearMarks();
    expect(fake.sheets.map((s) => s.name)).toContain(STORE_SHEET);
    expect(await host.loadSettings()).toEqual(settings);
  });

  test('damaged settings give one Chinese line', async () => {
    const { fake, host } = plan(1);
    fake.addSheet(STORE_SHEET, [[SETTINGS_KEY, '1', '{not json']], { visible: 2 });
    await expect(host.loadSettings()).rejects.toThrow('工作簿中保存的审核设置已损坏（不是有效的 JSON），请重新保存设置。');
  });
});

describe('the rest of the port', () => {
  test('selectCell activates the sheet and selects the cell', async () => {
    const { fake, host } = plan(5);
    await host.selectCell(fake.name, '日程表', 'C7');
    expect(fake.activeSheet?.name).toBe('日程表');
    expect(fake.selection).toEqual({ sheet: '日程表', address: 'C7' });
  });

  test('without ApiEvent: no live checking, said in Chinese', async () => {
    const { fake, host } = plan(1);
    fake.hasEvents = false;
    expect((await host.capabilities()).changeEvents).toBe(false);
    await expect(host.onChange!(() => undefined)).rejects.toThrow('不能实时检查');
  });

  test('no workbook open, or outside WPS: one Chinese line', async () => {
    const fake = new FakeWps();
    Object.defineProperty(fake.app, 'ActiveWorkbook', { get: () => null });
    await expect(createWpsHost({ app: fake.app }).readWorkbooks()).rejects.toThrow('WPS 表格中没有打开的工作簿：请先打开要审核的工作簿。');
    await expect(createWpsHost().readWorkbooks()).rejects.toThrow(/^未检测到 WPS 表格/);
  });

  test('writeSheets failing half-way leaves the old sheets untouched', async () => {
    const fake = new FakeWps();
    fake.addSheet('省级汇总', [['旧的']]);
    const host = createWpsHost({ app: fake.app });
    const before = fake.sheet('省级汇总');
    const orig = fake.rec.bind(fake);
    let writes = 0;
    fake.rec = (m: string) => {
      if (m === 'Range.Value2=' && ++writes === 2) throw new Error('磁盘已满');
      orig(m);
    };
    await expect(host.writeSheets([{ name: '省级汇总', rows: [['新']] }, { name: '单位汇总', rows: [['x']] }])).rejects.toThrow(/写入工作表/);
    fake.rec = orig;
    expect(fake.sheet('省级汇总')).toBe(before);
    expect(fake.value('省级汇总', 'A1')).toBe('旧的');
  });

  test('a chart request is reported as not drawn', async () => {
    const fake = new FakeWps();
    fake.addSheet('S', [['a']]);
    const r = await createWpsHost({ app: fake.app }).writeSheets([{ name: '省级汇总', rows: [['a']] }], {
      chart: { sheet: '省级汇总', title: 't', categoryLabel: 'c', categories: ['x'], series: [{ name: 's', values: [1] }] },
    });
    expect(r.notices.join('')).toContain('图表');
  });

  test('without a printer (PageSetup refused) the sheets are written all the same, and the print setup left out is named', async () => {
    const fake = new FakeWps();
    fake.addSheet('S', [['a']]);
    fake.pageSetupFails = true;
    const r = await createWpsHost({ app: fake.app }).writeSheets([
      { name: '省级汇总', rows: [['a', { value: 0.5, style: { numFmt: '0%' } }]] },
      { name: '单位汇总', rows: [['b']] },
    ]);
    expect(r.sheets).toEqual(['省级汇总', '单位汇总']);
    expect(fake.sheet('省级汇总').formats.get('0,1')).toBe('0%');
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatch(/打印设置.*“省级汇总”、“单位汇总”/);
    fake.pageSetupFails = false;
    const ok = await createWpsHost({ app: fake.app }).writeSheets([{ name: '省级汇总', rows: [['a']] }]);
    expect(ok.notices).toEqual([]);
    expect(fake.sheet('省级汇总').page).toMatchObject({ Orientation: 1, PaperSize: 9, Zoom: false, FitToPagesWide: 1, FitToPagesTall: false });
  });

  test('a report sheet is written in blocks: values and formats cost calls per format and chunk, not per row', async () => {
    const calls: Record<number, number> = {};
    for (const n of [100, 2000]) {
      const fake = new FakeWps();
      fake.addSheet('S', [['a']]);
      const rows = [['单位', '占比', '时间'], ...Array.from({ length: n }, (_, i) => [`单位${i}`, { value: i / n, style: { numFmt: '0.0%' } }, { value: 45200 + i / 24, style: { numFmt: 'yyyy-mm-dd hh:mm' } }])];
      fake.resetCounters();
      await createWpsHost({ app: fake.app }).writeSheets([{ name: '省级汇总', rows, headerRows: [0], colWidths: [20, 10, 18] }]);
      calls[n] = fake.calls;
      expect(fake.byMember.get('Range.Value2=')).toBe(1);
    }
    expect(calls[2000]).toBe(calls[100]);
    expect(calls[2000]).toBeLessThan(80);
  });

  test('templates: frozen header, column widths, prompts on drop-downs, comments for instructions', async () => {
    const fake = new FakeWps();
    fake.addSheet('S', [['a']]);
    const host = createWpsHost({ app: fake.app });
    await host.insertTemplate('demand-list');
    const s = fake.sheet('需求汇总表');
    expect(s.frozen).toEqual({ rows: 1, cols: 0 });
    expect(s.colWidths.size).toBeGreaterThan(5);
    expect(s.validations.length).toBeGreaterThan(2);
    expect(s.validations.every((v) => v.type === 3 && v.inCellDropdown)).toBe(true);
    expect(fake.activeSheet?.name).toBe('需求汇总表');
    await host.insertTemplate('standards');
    expect(fake.sheet('汇率').comments.size).toBeGreaterThan(0);
    expect(fake.alertsShown).toBe(0);
  });
});
