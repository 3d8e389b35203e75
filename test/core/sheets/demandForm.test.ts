import { parseWorkbook } from '../../../src/core/sheets';
import { sheetFromRows } from '../../../src/core/grid';
import { at, form001, mg, sheet, dateCell } from './helpers';

const FILLED = {
  adminDept: '省科技厅', plannedTime: '2022年第三季度', theme: '智能制造与数字化转型专题培训班', unit: '浙江大学', contact: '张三', phone: '0571-87054069',
  countries: '德国、荷兰', people: '２０人', days: 7, budget: '15000元', sponsor: '有☑（资助方德国DAAD）否☐', targets: '科研骨干',
  institution: '机构名称：慕尼黑工业大学（是否境外培训合作机构是☐否☑）', purpose: '学习先进经验', content: '围绕工业4.0开展专题培训',
  adminContact: '李四', adminPhone: '13812345678',
};

describe('demand table, form layout (001 附件2)', () => {
  test('a filled form: every field at its cell, values normalised with notes', () => {
    const wb = parseWorkbook({ file: 'u.xlsx', sheets: [form001(FILLED)] });
    expect(wb.recognition[0]).toMatchObject({ sheet: '附件2', kind: 'demand-form' });
    expect(wb.problems).toEqual([]);
    expect(wb.projects).toHaveLength(1);
    const p = wb.projects[0];
    expect(p.layout).toBe('form');
    expect(p.key).toBe('u.xlsx#附件2#3');
    expect(p.source).toEqual({ file: 'u.xlsx', sheet: '附件2', row: 2 });
    expect(p.fields.adminDept).toMatchObject({ ref: at('附件2', 2, 1), text: '省科技厅' });
    expect(p.fields.theme).toMatchObject({ ref: at('附件2', 3, 1), text: FILLED.theme });
    expect(p.fields.unit?.ref).toEqual(at('附件2', 4, 1));
    expect(p.fields.contact).toMatchObject({ ref: at('附件2', 4, 3), text: '张三' });
    expect(p.fields.phone).toMatchObject({ ref: at('附件2', 4, 5), text: '0571-87054069' });
    // 归口管理部门联系人 and its 电话 are not the unit's
    expect(p.fields.adminContact).toMatchObject({ ref: at('附件2', 11, 1), text: '李四' });
    expect(p.fields.adminPhone).toMatchObject({ ref: at('附件2', 11, 4), text: '13812345678' });
    expect(p.people).toMatchObject({ ok: true, value: 20, ref: at('附件2', 5, 3) });
    expect(p.days).toMatchObject({ ok: true, value: 7 });
    expect(p.budgetWan).toMatchObject({ ok: true, value: 1.5, ref: at('附件2', 6, 1) });
    expect(p.countries).toMatchObject({ ok: true, value: ['德国', '荷兰'] });
    expect(p.plannedTime).toMatchObject({ ok: true, value: { from: '2022-07-01', to: '2022-09-30' } });
    expect(p.hasSponsor).toEqual({ ref: at('附件2', 6, 3), text: FILLED.sponsor, yes: true, no: false, inlineSponsor: '德国DAAD' });
    expect(p.fields.sponsor).toMatchObject({ ref: at('附件2', 6, 3), text: '德国DAAD' });
    expect(p.fields.institution).toMatchObject({ ref: at('附件2', 8, 1), text: '慕尼黑工业大学' });
    expect(p.isPartner).toMatchObject({ ref: at('附件2', 8, 1), yes: false, no: true });
    expect(p.mode).toBe('online');
    // 年 月 日 beside 组团单位公章 is not 填报日期; title, seals and 备注 are not fields
    expect(p.fields.filedDate).toBeUndefined();
    expect(Object.keys(p.slots)).toEqual([]);
    const messages = wb.notes.map((n) => n.message);
    expect(messages).toEqual(expect.arrayContaining(['人数：“２０人”读作 20', '经费预算：“15000元”折合 1.5 万元']));
    expect(messages.some((m) => m.includes('线上'))).toBe(true);
    expect(wb.notes.every((n) => n.projectKey === p.key)).toBe(true);
  });

  test('a blank form: no fields, every slot right of its label', () => {
    const wb = parseWorkbook({ file: 'blank.xlsx', sheets: [form001()] });
    const p = wb.projects[0];
    for (const f of ['theme', 'unit', 'contact', 'phone', 'countries', 'people', 'days', 'budget', 'targets', 'purpose', 'content'] as const) {
      expect([f, p.fields[f]]).toEqual([f, undefined]);
    }
    expect(p.slots.adminDept).toEqual(at('附件2', 2, 1));
    expect(p.slots.plannedTime).toEqual(at('附件2', 2, 4));
    expect(p.slots.theme).toEqual(at('附件2', 3, 1));
    expect(p.slots.phone).toEqual(at('附件2', 4, 5));
    expect(p.slots.budget).toEqual(at('附件2', 6, 1)); // the 万元 placeholder cell
    expect(p.slots.institution).toEqual(at('附件2', 8, 1));
    expect(p.slots.adminPhone).toEqual(at('附件2', 11, 4));
    expect(p.people).toBeUndefined();
    // the tick boxes are there, none ticked (C-CHECKBOX decides)
    expect(p.hasSponsor).toMatchObject({ yes: false, no: false, inlineSponsor: '' });
    expect(p.isPartner).toMatchObject({ yes: false, no: false });
  });

  test('a unit in the neighbouring cell converts the budget', () => {
    const rows = [
      ['培训班主题', '主题甲'],
      ['组团单位', '某单位', '联系人', '王五', '电话', '13812345678'],
      ['人数', 10, '天数', 14],
      ['经费预算', 150000, '元'],
    ];
    const wb = parseWorkbook({ file: 'x.xlsx', sheets: [sheetFromRows('需求表', rows)] });
    expect(wb.recognition[0].kind).toBe('demand-form');
    expect(wb.projects[0].budgetWan).toMatchObject({ ok: true, value: 15, note: '“150000”按表头单位元折合 15 万元' });
    const rows2 = [...rows.slice(0, 3), ['经费预算', 12, '万元']];
    expect(parseWorkbook({ file: 'x.xlsx', sheets: [sheetFromRows('需求表', rows2)] }).projects[0].budgetWan).toEqual({ ok: true, value: 12, ref: at('需求表', 3, 1), text: '12' });
  });

  test('unreadable values stay readings, never 0; Excel errors are errors', () => {
    const s = form001({ ...FILLED, people: '二十人', days: null });
    (s.cells[5] as unknown[])[5] = { v: null, err: '#N/A' };
    const p = parseWorkbook({ file: 'u.xlsx', sheets: [s] }).projects[0];
    expect(p.people).toEqual({ ok: false, problem: 'unreadable', ref: at('附件2', 5, 3), text: '二十人' });
    expect(p.days).toEqual({ ok: false, problem: 'error', ref: at('附件2', 5, 5), text: '#N/A' });
  });

  test('long text below its label; label words inside long values are not labels', () => {
    const rows = [
      ['培训班主题', '主题乙'],
      ['组团单位', '某单位', '联系人', '王五', '电话', '13812345678'],
      ['人数', 10, '天数', 14],
      ['培训目的'],
      ['培训目的：提升能力。培训内容：围绕数字化转型开展培训。'],
      ['填报日期：2022年6月10日'],
    ];
    const wb = parseWorkbook({ file: 'x.xlsx', sheets: [sheetFromRows('表', rows, [mg(4, 0, 4, 5)])] });
    const p = wb.projects[0];
    expect(p.fields.purpose).toMatchObject({ ref: at('表', 4, 0), text: rows[4][0] });
    expect(p.fields.content).toBeUndefined();
    expect(p.filedDate).toMatchObject({ ok: true, value: '2022-06-10', ref: at('表', 5, 0) });
  });

  test('labels in merged cells, several labels on a row, dates as date cells', () => {
    const s = sheet(
      '表一',
      [
        ['培训班主题', null, '主题丙'],
        ['组团单位', null, '某单位', '联系人', '赵六', '联系电话', '0571-1234567'],
        ['出访国家', null, '美利坚合众国', '团组人数', '15', '在外天数', '10天'],
        ['出发日期', null, null, '回国日期', null],
        ['公示期', null, '2023.5.8-5.12'],
      ],
      [mg(0, 0, 0, 1), mg(1, 0, 1, 1), mg(2, 0, 2, 1), mg(3, 0, 3, 1), mg(4, 0, 4, 1)],
      [[3, 2, dateCell('2023-06-01')], [3, 4, dateCell('2023-06-10')]],
    );
    const p = parseWorkbook({ file: 'x.xlsx', sheets: [s] }).projects[0];
    expect(p.fields.theme?.ref).toEqual(at('表一', 0, 2));
    expect(p.countries).toMatchObject({ ok: true, value: ['美国'] });
    expect(p.people).toMatchObject({ ok: true, value: 15 });
    expect(p.days).toMatchObject({ ok: true, value: 10 });
    expect(p.departDate).toMatchObject({ ok: true, value: '2023-06-01' });
    expect(p.returnDate).toMatchObject({ ok: true, value: '2023-06-10' });
    expect(p.noticeStart).toMatchObject({ ok: true, value: '2023-05-08', ref: at('表一', 4, 2) });
    expect(p.noticeEnd).toMatchObject({ ok: true, value: '2023-05-12' });
  });
});
