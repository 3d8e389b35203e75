/**
 * The list header's edges that the parse-speed work (issue 13) touched: a title merged across the
 * header, a group row above or below, header texts classified once per distinct text, the order of a
 * project's fields, and the count of distinct labels that makes a sheet a form rather than a list.
 */
import { parseWorkbook } from '../../../src/core/sheets';
import { sheetFromRows, type CellValue } from '../../../src/core/grid';
import { at, mg } from './helpers';
import { findListHeader } from '../../../src/core/sheets/demandList';
import { SheetView } from '../../../src/core/sheets/view';

const header = ['序号', '培训班主题', '组团单位', '人数', '天数'];
const data = (n: number): CellValue[] => [n, `主题${n}`, '某单位', 10, 14];

describe('list header: a row above or below that groups it', () => {
  test('a title merged across right above the header is read as its group row (labels `title/label`)', () => {
    const s = sheetFromRows('表', [['2023年计划表'], [...header, '审核意见'], [...data(1), '同意']], [mg(0, 0, 0, 5)]);
    const wb = parseWorkbook({ file: 'a.xlsx', sheets: [s] });
    expect(wb.recognition[0]).toMatchObject({ kind: 'demand-list', headerRow: 1 });
    expect(wb.projects).toHaveLength(1);
    expect(wb.projects[0].extra).toEqual([{ label: '2023年计划表/审核意见', ref: at('表', 2, 5), text: '同意', cell: { v: '同意' } }]);
  });

  test('a blank merged row above the header groups nothing: the header keeps its own labels', () => {
    const s = sheetFromRows('表', [[null], [...header, '审核意见'], [...data(1), '同意']], [mg(0, 0, 0, 5)]);
    const wb = parseWorkbook({ file: 'a.xlsx', sheets: [s] });
    expect(wb.projects[0].extra).toEqual([{ label: '审核意见', ref: at('表', 2, 5), text: '同意', cell: { v: '同意' } }]);
  });

  test('a group cell over two columns with a data row under it: the data row is a project, not a second header row', () => {
    const s = sheetFromRows('表', [['序号', '培训班主题', '组团单位', '团组情况', null, '经费预算'], [1, '主题一', '单位', '20', '15', 12], [2, '主题二', '单位', '18', '14', 10]], [mg(0, 3, 0, 4)]);
    const wb = parseWorkbook({ file: 'a.xlsx', sheets: [s] });
    expect(wb.recognition[0]).toMatchObject({ kind: 'demand-list', headerRow: 0 });
    expect(wb.projects.map((p) => p.seq)).toEqual([1, 2]);
  });

  test('the same group cell over a row of labels makes a two-row header', () => {
    const s = sheetFromRows('表', [['序号', '培训班主题', '组团单位', '团组情况', null, '经费预算'], [null, null, null, '人数', '天数', null], [1, '主题一', '单位', 20, 15, 12]], [mg(0, 3, 0, 4)]);
    const wb = parseWorkbook({ file: 'a.xlsx', sheets: [s] });
    expect(wb.recognition[0]).toMatchObject({ kind: 'demand-list', headerRow: 1 });
    expect(wb.projects).toHaveLength(1);
    expect(wb.projects[0].people).toMatchObject({ ok: true, value: 20, ref: at('表', 2, 3) });
  });

  test('a label under a group cell that the label scan leaves out (over 40 characters) still makes a two-row header', () => {
    // isGroupRow takes the scan's labels first and asks each cell only when the scan found none
    const long = '人' + ' '.repeat(40) + '数';
    const s = sheetFromRows('表', [['序号', '培训班主题', '组团单位', '团组情况', null, '经费预算'], [null, null, null, long, '甲', null], [1, '主题一', '单位', 20, 15, 12]], [mg(0, 3, 0, 4)]);
    const wb = parseWorkbook({ file: 'a.xlsx', sheets: [s] });
    expect(wb.recognition[0]).toMatchObject({ kind: 'demand-list', headerRow: 1 });
    expect(wb.projects[0].people).toMatchObject({ ok: true, value: 20, ref: at('表', 2, 3) });
  });

  test('a header cell merged down into the row under it makes that row part of the header even without labels', () => {
    const s = sheetFromRows('表', [['序号', '培训班主题', '组团单位', '团组', null, '经费预算'], [null, null, null, '甲', '乙', null], [1, '主题一', '单位', 20, 15, 12]], [mg(0, 3, 0, 4), mg(0, 5, 1, 5)]);
    const wb = parseWorkbook({ file: 'a.xlsx', sheets: [s] });
    expect(wb.recognition[0]).toMatchObject({ kind: 'demand-list', headerRow: 1 });
    expect(wb.projects.map((p) => p.source.row)).toEqual([2]);
  });
});

describe('list header texts', () => {
  test('each text is read for its own unit and field, the same way in every sheet and workbook', () => {
    const a = sheetFromRows('甲', [['培训班主题', '组团单位', '人数（人）', '天数', '经费预算（元）'], ['主题', '单位', '20人', 15, 300000]]);
    const b = sheetFromRows('乙', [['培训班主题', '组团单位', '人数', '天数', '经费预算（万元）'], ['主题', '单位', 20, 15, 30]]);
    for (let i = 0; i < 2; i++) {
      const [p, q] = parseWorkbook({ file: 'x.xlsx', sheets: [a, b] }).projects;
      expect(p.budgetWan).toMatchObject({ ok: true, value: 30, note: expect.stringContaining('折合') });
      expect(q.budgetWan).toEqual({ ok: true, value: 30, ref: at('乙', 1, 4), text: '30' });
      expect(p.people).toMatchObject({ ok: true, value: 20 });
    }
  });

  test('a header label written with many spaces (over 40 characters) still names its field; 序号 is not a field', () => {
    const spaced = '经 费 预 算 ' + ' '.repeat(40) + '（元）';
    const s = sheetFromRows('表', [['序 号', '培训班主题', '组团单位', '人数', spaced], [1, '主题', '单位', 20, 300000]]);
    const [p] = parseWorkbook({ file: 'x.xlsx', sheets: [s] }).projects;
    expect(spaced.length).toBeGreaterThan(40);
    expect(p.budgetWan).toMatchObject({ ok: true, value: 30 });
    expect(p.seq).toBe(1);
    expect(Object.keys(p.fields)).not.toContain('seq');
  });
});

describe("a project's fields keep the order they were found in", () => {
  test('list: column order, blanks skipped, 填报日期 from above the header last', () => {
    const s = sheetFromRows('表', [
      ['填报日期：2023年1月5日'],
      ['天数', '人数', '培训班主题', '联系人', '组团单位'],
      [15, 20, '主题', null, '单位'],
    ]);
    const [p] = parseWorkbook({ file: 'x.xlsx', sheets: [s] }).projects;
    expect(Object.keys(p.fields)).toEqual(['days', 'people', 'theme', 'unit', 'filedDate']);
    expect(Object.keys(p.slots)).toEqual(['contact']);
  });

  test('form: label order, not the order of the field table', () => {
    const s = sheetFromRows('表', [
      ['天数', 15, '人数', 20],
      ['培训班主题', '主题'],
      ['组团单位', '单位'],
    ]);
    const [p] = parseWorkbook({ file: 'x.xlsx', sheets: [s] }).projects;
    expect(p.layout).toBe('form');
    expect(Object.keys(p.fields)).toEqual(['days', 'people', 'theme', 'unit']);
  });
});

describe('form or list: distinct labels outside the list header', () => {
  // a list header with four core fields, and labels in cells below it
  const sheetWith = (below: CellValue[][]) => sheetFromRows('表', [header, data(1), ...below]);

  test('two distinct labels outside the header (one of them twice): still a list', () => {
    const wb = parseWorkbook({ file: 'x.xlsx', sheets: [sheetWith([['联系人', '张三'], ['联系人', '李四'], ['电话', '0571-87054069']])] });
    expect(wb.recognition[0].kind).toBe('demand-list');
    expect(wb.recognition[0].reason).toBe('需求表（列表式）：第1行表头含 培训班主题、组团单位、人数、天数');
  });

  test('three distinct labels outside the header: a form, each field named once in the reason', () => {
    const wb = parseWorkbook({ file: 'x.xlsx', sheets: [sheetWith([['联系人', '张三'], ['联系人', '李四'], ['电话', '0571-87054069'], ['培训对象', '技术人员']])] });
    expect(wb.recognition[0].kind).toBe('demand-form');
    expect(wb.recognition[0].reason).toBe('需求表（表格式）：找到标签 培训班主题、组团单位、人数、天数、联系人、电话、培训对象');
  });
});

describe('the header row: the most distinct demand fields', () => {
  const v = (rows: unknown[][]) => new SheetView(sheetFromRows('表', rows as never));

  test('a field written twice counts once: three cells of two fields are not a header', () => {
    expect(findListHeader(v([['培训班主题', '人数', '人数'], ['主题', 3, 4]]))).toBeNull();
    const h = findListHeader(v([['培训班主题', '人数', '天数'], ['主题', 3, 4]]));
    expect(h && [h.top, h.fields]).toEqual([0, 3]);
  });

  test('the row with more distinct fields wins, whatever its count of label cells', () => {
    const rows = [
      ['培训班主题', '人数', '人数', '人数', '天数'],
      ['培训班主题', '组团单位', '人数', '天数'],
      ['主题', '单位', 3, 4],
    ];
    const h = findListHeader(v(rows));
    expect(h && [h.top, h.bottom, h.fields]).toEqual([1, 1, 4]);
  });

  test('序号 breaks a tie between rows of as many fields (half a field), and is not counted in `fields`', () => {
    const rows = [
      ['培训班主题', '组团单位', '人数'],
      ['序号', '培训班主题', '组团单位', '人数'],
      [1, '主题', '单位', 3],
    ];
    const h = findListHeader(v(rows));
    expect(h && [h.top, h.fields]).toEqual([1, 3]);
    const noSeq = findListHeader(v([rows[0], ['培训班主题', '组团单位', '人数'], rows[2]]));
    expect(noSeq && noSeq.top).toBe(0); // a tie without 序号: the first row stays
  });
});
