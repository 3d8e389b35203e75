import { createExcelHost } from '../../../src/hosts/excel';
import { joinMerges, toCell } from '../../../src/hosts/excel/read';
import { FakeExcel, PAYLOAD_LIMIT } from '../../support/fakeExcel';
import { buildPlan } from '../../support/excelPlan';

describe('readWorkbooks', () => {
  test('values, number formats, dates, errors, hidden sheets, offsets and merges', async () => {
    const fake = new FakeExcel({ api: '1.13', name: '计划.xlsx' });
    fake.addSheet(
      '日程表',
      [
        ['日期', '时段', '内容', '经费'],
        [45292, '上午', '讲座', 1.5],
        [null, '下午', '考察', true],
        [null, null, '#N/A', 0],
      ],
      { formats: { A2: 'yyyy"年"m"月"d"日"', D2: '0.00', C1: '@' }, merges: ['A2:A3'], errors: ['C4'], offset: { row: 2, col: 1 } },
    );
    fake.addSheet('说明', [['内部']], { hidden: true });
    fake.addSheet('空表', []);
    const host = createExcelHost({ env: fake.env() });
    const [wb] = await host.readWorkbooks();
    expect(wb.file).toBe('计划.xlsx');
    expect(wb.sheets.map((s) => [s.name, !!s.hidden])).toEqual([
      ['日程表', false],
      ['说明', true],
      ['空表', false],
    ]);
    const s = wb.sheets[0];
    // offset by 2 rows and 1 column: absolute positions
    expect(s.cells[2][1]).toEqual({ v: '日期' });
    expect(s.cells[2][3]).toEqual({ v: '内容', fmt: '@' });
    expect(s.cells[3][1]).toEqual({ v: 45292, fmt: 'yyyy"年"m"月"d"日"', date: true });
    expect(s.cells[3][4]).toEqual({ v: 1.5, fmt: '0.00' });
    expect(s.cells[4][4]).toEqual({ v: true });
    expect(s.cells[5][3]).toEqual({ v: null, err: '#N/A' });
    expect(s.cells[5][4]).toEqual({ v: 0 });
    expect(s.cells[4][1]).toBeUndefined();
    expect(s.cells[0]).toBeUndefined();
    expect(s.cells.length).toBe(6);
    expect(s.merges).toEqual([{ r0: 3, c0: 1, r1: 4, c1: 1 }]);
    expect(wb.sheets[2].cells).toEqual([]);
    expect(host.lastReadNotices()).toEqual([]);
  });

  test('below ExcelApi 1.13 merged areas are not read, and the reader says so', async () => {
    const fake = new FakeExcel({ api: '1.10' });
    fake.addSheet('日程表', [['a'], ['b']], { merges: ['A1:A2'] });
    const host = createExcelHost({ env: fake.env() });
    const [wb] = await host.readWorkbooks();
    expect(wb.sheets[0].merges).toEqual([]);
    expect(host.lastReadNotices().join('')).toContain('合并单元格');
    expect(fake.callCounts.get('Range.getMergedAreasOrNullObject')).toBeUndefined();
  });

  test('below ExcelApi 1.7 the reader refuses with the notice', async () => {
    const fake = new FakeExcel({ api: '1.6' });
    fake.addSheet('S', [['a']]);
    const host = createExcelHost({ env: fake.env() });
    await expect(host.readWorkbooks()).rejects.toThrow(/1\.7/);
  });

  test('syncs grow with chunks of cells, not rows; every response stays under 5 MB', async () => {
    const counts: number[] = [];
    for (const n of [100, 2000, 10000]) {
      const fake = new FakeExcel();
      buildPlan(fake, n);
      const host = createExcelHost({ env: fake.env() });
      const [wb] = await host.readWorkbooks();
      expect(wb.sheets[0].cells.length).toBe(n + 1);
      expect(wb.sheets[1].merges).toHaveLength(3 * n); // merged date cells, joined across blocks
      expect(fake.maxPayload).toBeLessThan(PAYLOAD_LIMIT);
      counts.push(fake.syncCount);
    }
    console.log(`read syncs for 100 / 2 000 / 10 000 projects: ${counts.join(' / ')}`);
    // 100 projects (≈ 5 200 cells): sheets + used ranges + the 5 000-cell first sync + the rest
    expect(counts[0]).toBe(4);
    // 10 000 projects (≈ 260 000 cells) need a handful more, far fewer than rows / 500
    expect(counts[2]).toBeGreaterThan(counts[0]);
    expect(counts[2]).toBeLessThanOrEqual(15);
  });

  test('long texts shrink the cells per sync (adaptive budget keeps responses under the target)', async () => {
    const fake = new FakeExcel();
    const long = '很长的培训主要内容和必要性说明'.repeat(20); // ~ 900 bytes a cell
    fake.addSheet('需求表', Array.from({ length: 3000 }, (_, r) => Array.from({ length: 10 }, () => long + r)));
    const host = createExcelHost({ env: fake.env() });
    const [wb] = await host.readWorkbooks();
    expect(wb.sheets[0].cells[2999][9]).toEqual({ v: long + 2999 });
    expect(fake.failedSyncs).toBe(0);
    expect(fake.maxPayload).toBeLessThan(PAYLOAD_LIMIT);
    // after the first block (5 000 cells, sized before any cell was seen) each sync is sized to ~2 MB
    const later = fake.syncs.slice(3).map((s) => s.responseBytes);
    expect(Math.max(...later)).toBeLessThan(2.5e6);
    expect(fake.syncCount).toBeGreaterThan(10);
  });

  test('a sync Excel refuses for its size is planned again with fewer cells', async () => {
    const fake = new FakeExcel();
    const huge = '超长文本'.repeat(500); // ~ 6 000 bytes a cell: the first 5 000-cell sync is refused
    fake.addSheet('需求表', Array.from({ length: 1000 }, () => Array.from({ length: 5 }, () => huge)));
    const host = createExcelHost({ env: fake.env() });
    const [wb] = await host.readWorkbooks();
    expect(wb.sheets[0].cells.length).toBe(1000);
    expect(fake.failedSyncs).toBeGreaterThanOrEqual(1);
    expect(fake.maxPayload).toBeLessThan(PAYLOAD_LIMIT);
  });

  test('more than 512 merged areas in one request: retried in smaller pieces, nothing lost', async () => {
    const fake = new FakeExcel({ api: '1.13' });
    const rows = Array.from({ length: 100 }, (_, r) => Array.from({ length: 24 }, (_, c) => `${r},${c}`));
    const merges: string[] = [];
    for (let r = 0; r < 100; r++) for (let c = 0; c < 24; c += 2) merges.push(`${String.fromCharCode(65 + c)}${r + 1}:${String.fromCharCode(66 + c)}${r + 1}`);
    fake.addSheet('密集', rows, { merges });
    const host = createExcelHost({ env: fake.env() });
    const [wb] = await host.readWorkbooks();
    expect(merges.length).toBeGreaterThan(512);
    expect(wb.sheets[0].merges).toHaveLength(merges.length);
  });

  test('progress is reported from 0 to 1', async () => {
    const fake = new FakeExcel();
    buildPlan(fake, 200);
    const host = createExcelHost({ env: fake.env() });
    const seen: (number | null)[] = [];
    await host.readWorkbooks((p) => seen.push(p.fraction));
    expect(seen[0]).toBeNull();
    expect(seen[seen.length - 1]).toBe(1);
  });
});

describe('toCell', () => {
  test('types and formats', () => {
    expect(toCell('', 'Empty', 'General')).toBeUndefined();
    expect(toCell('#DIV/0!', 'Error', 'General')).toEqual({ v: null, err: '#DIV/0!' });
    expect(toCell(45000, 'Double', 'yyyy-mm-dd')).toEqual({ v: 45000, fmt: 'yyyy-mm-dd', date: true });
    expect(toCell(45000, 'Double', '0.00')).toEqual({ v: 45000, fmt: '0.00' });
    expect(toCell(0.5, 'Double', 'h:mm')).toEqual({ v: 0.5, fmt: 'h:mm', date: true });
    expect(toCell(12, 'Double', '#,##0"天"')).toEqual({ v: 12, fmt: '#,##0"天"' });
    expect(toCell('20人', 'String', 'General')).toEqual({ v: '20人' });
    expect(toCell(false, 'Boolean', 'General')).toEqual({ v: false });
  });
});

describe('joinMerges', () => {
  test('joins pieces clipped at a block boundary, not pieces that merely touch elsewhere', () => {
    const pieces = [
      { r0: 498, c0: 1, r1: 499, c1: 1 },
      { r0: 500, c0: 1, r1: 501, c1: 1 },
      { r0: 10, c0: 1, r1: 11, c1: 1 },
      { r0: 12, c0: 1, r1: 13, c1: 1 },
    ];
    // the piece starting at row 500 has an empty first cell (a clipped continuation); row 12's has a value
    expect(joinMerges(pieces, new Set([500, 12]), (r) => r !== 12)).toEqual([
      { r0: 10, c0: 1, r1: 11, c1: 1 },
      { r0: 12, c0: 1, r1: 13, c1: 1 },
      { r0: 498, c0: 1, r1: 501, c1: 1 },
    ]);
  });
  test('two real areas touching at a boundary stay apart when the second has its own value', () => {
    const a = { r0: 498, c0: 1, r1: 499, c1: 1 };
    const b = { r0: 500, c0: 1, r1: 501, c1: 1 };
    expect(joinMerges([a, b], new Set([500]), () => false)).toEqual([a, b]);
    expect(joinMerges([a, b], new Set([500]), () => true)).toEqual([{ r0: 498, c0: 1, r1: 501, c1: 1 }]);
  });
  test('drops a clipped piece contained in the whole area and duplicates', () => {
    const whole = { r0: 498, c0: 0, r1: 503, c1: 2 };
    expect(joinMerges([whole, { ...whole }, { r0: 500, c0: 0, r1: 503, c1: 2 }], new Set([500]))).toEqual([whole]);
  });
});
