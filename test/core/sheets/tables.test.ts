import { parseWorkbook } from '../../../src/core/sheets';
import { sheetFromRows } from '../../../src/core/grid';
import { at, dateCell, sheet } from './helpers';

const demand = sheetFromRows('需求表', [
  ['序号', '培训班主题', '组团单位', '人数', '天数', '出发日期'],
  [1, '主题一', '单位', 10, 14, '2023-05-08'],
  [2, '主题二', '单位', 10, 14, '2023-06-08'],
]);

describe('participants', () => {
  test('names, civil servants, pre-departure dates; linked by the sheet name', () => {
    const s = sheet('人员名单2', [
      ['姓名', '性别', '工作单位', '职务', '是否公务员（含参公）', '行前教育日期'],
      ['张三', '男', '某局', '处长', '是', null],
      ['李四', '女', '某院', '研究员', '否', '4月20日'],
      ['王五', '男', '某院', '工程师', null, null],
      ['合计', null, null, null, null, null],
    ], [], [[1, 5, dateCell('2023-04-20')]]);
    const wb = parseWorkbook({ file: 'p.xlsx', sheets: [demand, s] });
    expect(wb.recognition[1]).toMatchObject({ kind: 'participants', headerRow: 0 });
    expect(wb.participants).toHaveLength(3);
    const [a, b, c] = wb.participants;
    expect(a).toMatchObject({ projectKey: 'p.xlsx#需求表#3', name: { text: '张三', ref: at('人员名单2', 1, 0) }, civilServant: true, civilServantRef: at('人员名单2', 1, 4) });
    expect(a.predeparture).toMatchObject({ ok: true, value: '2023-04-20' });
    expect(b).toMatchObject({ civilServant: false });
    expect(b.predeparture).toMatchObject({ ok: true, value: '2023-04-20', note: '“4月20日”按年份 2023 读作 2023-04-20' });
    expect(c.civilServant).toBeNull();
    expect(c.predeparture).toEqual({ ok: false, problem: 'blank', ref: at('人员名单2', 3, 5), text: '' });
    expect(a.fields['职务']).toMatchObject({ text: '处长' });
  });

  test('without a 行前教育 column, predeparture is null', () => {
    const s = sheetFromRows('名单', [['姓名', '工作单位'], ['张三', '某局']]);
    const wb = parseWorkbook({ file: 'p.xlsx', sheets: [s] });
    expect(wb.participants[0].predeparture).toBeNull();
    expect(wb.participants[0].projectKey).toBeNull();
  });
});

describe('standards and rates', () => {
  test('费用标准: countries and currencies normalised, unreadable fees skipped with a note', () => {
    const s = sheetFromRows('费用标准', [
      ['国家（地区）', '币种', '培训费（每人每天）', '来源'],
      ['美国', '美元', 87, '财行〔2014〕4号'],
      ['德意志联邦共和国', 'EUR', '66', null],
      ['日本', null, '8,400', null],
      ['英国', '英镑', '待定', null],
    ]);
    const wb = parseWorkbook({ file: 's.xlsx', sheets: [s] });
    expect(wb.recognition[0].kind).toBe('standards');
    expect(wb.standards).toEqual([
      { country: '美国', currency: 'USD', feePerDay: 87, ref: at('费用标准', 1, 2), source: '财行〔2014〕4号' },
      { country: '德国', currency: 'EUR', feePerDay: 66, ref: at('费用标准', 2, 2) },
      { country: '日本', currency: 'JPY', feePerDay: 8400, ref: at('费用标准', 3, 2) },
    ]);
    expect(wb.notes.map((n) => n.message)).toContain('费用标准：培训费“待定”不是数字，该行未采用');
  });

  test('汇率', () => {
    const s = sheet('汇率', [
      ['币种', '折合人民币', '日期'],
      ['美元', 7.1, null],
      ['EUR', '7.8', '2023-05-01'],
      ['日元', '#N/A', null],
    ], [], [[1, 2, dateCell('2023-05-01')]]);
    const wb = parseWorkbook({ file: 'r.xlsx', sheets: [s] });
    expect(wb.recognition[0].kind).toBe('rates');
    expect(wb.rates).toEqual([
      { currency: 'USD', cny: 7.1, date: '2023-05-01', ref: at('汇率', 1, 1) },
      { currency: 'EUR', cny: 7.8, date: '2023-05-01', ref: at('汇率', 2, 1) },
    ]);
  });
});

test('审核设置: 参数 | 值 rows', () => {
  const s = sheetFromRows('审核设置', [['参数', '值'], ['zj2017.minStudyShare', '2/3'], ['sc2020.maxGroupSize', 25]]);
  const wb = parseWorkbook({ file: 'x.xlsx', sheets: [s] });
  expect(wb.recognition[0].kind).toBe('settings');
  expect(wb.settings).toEqual({ 'zj2017.minStudyShare': '2/3', 'sc2020.maxGroupSize': '25' });
});
