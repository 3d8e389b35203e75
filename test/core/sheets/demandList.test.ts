import { parseWorkbook } from '../../../src/core/sheets';
import { sheetFromRows } from '../../../src/core/grid';
import { at, dateCell, mg, sheet } from './helpers';

describe('demand table, list layout', () => {
  const rows = [
    ['2023年度因公出国（境）培训项目计划表'],
    ['填报单位（盖章）：杭州市科学技术局', null, null, null, null, '填报日期：2022年11月3日'],
    ['序 号', '培训主题', '申报单位', '国家(地区)', '人数（人）', '在外天数\n（天）', '经费预算（元）', '联 系 人', '联系电话', '审核意见'],
    [1, '智能制造专题培训班', '杭州市科学技术局', '德国、荷兰', '20人', 15, 420000, '张三', '0571-87054069', '同意'],
    [2, '医院管理研修班', '杭州市科学技术局', '美国', 18, '１５', '300,000元', '李四', null, null],
    [null, null, null, null, null, null, null, null, null, null],
    [3, '现代农业科技创新培训班', '杭州市科学技术局', '日本', '待定', 15, '#', '王五', '13812345678', null],
    [null, '合  计', null, null, 38, null, 720000, null, null, null],
    ['备注：1.经费预算以元为单位；2.国家（地区）以顿号分隔。'],
    [],
    ['填表人：赵六', null, null, '联系电话：13900000000'],
  ];
  const s = sheetFromRows('计划表', rows, [mg(0, 0, 0, 9), mg(8, 0, 8, 9)]);
  (s.cells[6] as unknown[])[6] = { v: null, err: '#VALUE!' };
  const wb = parseWorkbook({ file: 'list.xlsx', sheets: [s] });

  test('the header is found under title and 填报单位 rows', () => {
    expect(wb.recognition[0]).toMatchObject({ kind: 'demand-list', headerRow: 2 });
    expect(wb.recognition[0].reason).toContain('第3行');
  });

  test('one project per data row; 合计, blank, 备注 and 填表人 rows are not projects', () => {
    expect(wb.projects.map((p) => p.seq)).toEqual([1, 2, 3]);
    expect(wb.projects.map((p) => p.source.row)).toEqual([3, 4, 6]);
    expect(wb.projects.map((p) => p.key)).toEqual(['list.xlsx#计划表#4', 'list.xlsx#计划表#5', 'list.xlsx#计划表#7']);
  });

  test('values: header unit （元） converts the budget to 万元; units and full width stripped', () => {
    const [a, b, c] = wb.projects;
    expect(a.people).toMatchObject({ ok: true, value: 20 });
    expect(a.budgetWan).toMatchObject({ ok: true, value: 42, ref: at('计划表', 3, 6) });
    expect(b.days).toMatchObject({ ok: true, value: 15, note: '“１５”读作 15' });
    expect(b.budgetWan).toMatchObject({ ok: true, value: 30, note: '“300,000元”折合 30 万元' });
    expect(c.people).toEqual({ ok: false, problem: 'unreadable', ref: at('计划表', 6, 4), text: '待定' });
    expect(c.budgetWan).toEqual({ ok: false, problem: 'error', ref: at('计划表', 6, 6), text: '#VALUE!' });
    expect(a.countries).toMatchObject({ ok: true, value: ['德国', '荷兰'] });
  });

  test('blank cells give slots; unmapped columns are kept in extra', () => {
    const [a, b] = wb.projects;
    expect(b.fields.phone).toBeUndefined();
    expect(b.slots.phone).toEqual(at('计划表', 4, 8));
    expect(a.extra).toEqual([{ label: '审核意见', ref: at('计划表', 3, 9), text: '同意', cell: { v: '同意' } }]);
    expect(b.extra).toEqual([]);
  });

  test('填报日期 above the header applies to every project', () => {
    for (const p of wb.projects) expect(p.filedDate).toMatchObject({ ok: true, value: '2022-11-03', ref: at('计划表', 1, 5) });
  });

  test('two-row header with a merged group cell', () => {
    const g = sheet(
      '汇总',
      [
        ['序号', '项目编号', '培训班主题', '组团单位', '团组情况', null, '经费预算\n（万元）', '预计办班时间', '是否合作机构', '是否有境外资助'],
        [null, null, null, null, '人数', '天数', null, null, null, null],
        [1, 'ZJ2023-001-1', '主题一', '单位一', 20, 15, 12.5, '2023年5月', '是', '无'],
        [2, 'ZJ2023-002-2', '主题二', '单位二', 15, 14, '9万元', null, '否', '有'],
        ['合计', null, null, null, 35, 29, 21.5],
      ],
      [mg(0, 0, 1, 0), mg(0, 1, 1, 1), mg(0, 2, 1, 2), mg(0, 3, 1, 3), mg(0, 4, 0, 5), mg(0, 6, 1, 6), mg(0, 7, 1, 7), mg(0, 8, 1, 8), mg(0, 9, 1, 9)],
      [[3, 7, dateCell('2023-09-01', 'yyyy"年"m"月"')]],
    );
    const w = parseWorkbook({ file: 'g.xlsx', sheets: [g] });
    expect(w.recognition[0]).toMatchObject({ kind: 'demand-list', headerRow: 1 });
    expect(w.projects.map((p) => p.key)).toEqual(['ZJ2023-001-1', 'ZJ2023-002-2']);
    const [a, b] = w.projects;
    expect(a.people).toMatchObject({ ok: true, value: 20, ref: at('汇总', 2, 4) });
    expect(a.days).toMatchObject({ ok: true, value: 15, ref: at('汇总', 2, 5) });
    expect(a.budgetWan).toMatchObject({ ok: true, value: 12.5 });
    expect(b.budgetWan).toMatchObject({ ok: true, value: 9 });
    expect(a.plannedTime).toMatchObject({ ok: true, value: { from: '2023-05-01', to: '2023-05-31' } });
    expect(b.plannedTime).toMatchObject({ ok: true, value: { from: '2023-09-01', to: '2023-09-30' } });
    expect(a.isPartner).toMatchObject({ yes: true, no: false });
    expect(b.isPartner).toMatchObject({ yes: false, no: true });
    expect(a.hasSponsor).toMatchObject({ yes: false, no: true });
    expect(b.hasSponsor).toMatchObject({ yes: true, no: false });
  });

  test('a repeated 项目编号 falls back to file#sheet#row keys', () => {
    const d = sheetFromRows('表', [
      ['项目编号', '培训班主题', '组团单位', '人数', '天数'],
      ['A1', '主题一', '单位', 10, 14],
      ['A1', '主题二', '单位', 10, 14],
      ['B2', '主题三', '单位', 10, 14],
    ]);
    expect(parseWorkbook({ file: 'd.xlsx', sheets: [d] }).projects.map((p) => p.key)).toEqual(['d.xlsx#表#2', 'd.xlsx#表#3', 'B2']);
  });

  test('a unit merged down over several project rows fills down', () => {
    const d = sheetFromRows('表', [
      ['序号', '培训班主题', '组团单位', '人数', '天数'],
      [1, '主题一', '某单位', 10, 14],
      [2, '主题二', null, 12, 15],
    ], [mg(1, 2, 2, 2)]);
    const ps = parseWorkbook({ file: 'd.xlsx', sheets: [d] }).projects;
    expect(ps[1].fields.unit).toMatchObject({ ref: at('表', 1, 2), text: '某单位' });
  });
});
