import { parseWorkbook } from '../../../src/core/sheets';
import { sheetFromRows } from '../../../src/core/grid';
import { form001 } from './helpers';

describe('recognition', () => {
  const notes = sheetFromRows('填表说明', [['填表说明：'], ['1. 每个项目一行，日程表每个项目一张工作表；'], ['2. 经费预算以万元为单位。']]);
  const titleOnly = sheetFromRows('封面', [['2023年度因公出国（境）培训项目计划']]);

  test('sheets are recognised by labels, not names; others are ignored with what was looked for', () => {
    const named = sheetFromRows('日程表', [['培训班主题', '组团单位', '人数', '天数'], ['主题', '单位', 10, 14]]);
    const wb = parseWorkbook({ file: 'a.xlsx', sheets: [notes, named, titleOnly] });
    expect(wb.recognition.map((r) => r.kind)).toEqual(['ignored', 'demand-list', 'ignored']);
    expect(wb.recognition[0].reason).toContain('日程表（日期或天次');
    expect(wb.recognition[0].reason).toContain('需求表（培训班主题');
    expect(wb.problems).toEqual([]);
  });

  test('a workbook in which nothing is recognised is a problem naming the file', () => {
    const wb = parseWorkbook({ file: '某单位.xlsx', sheets: [notes, titleOnly] });
    expect(wb.problems).toHaveLength(1);
    expect(wb.problems[0]).toMatchObject({ sheet: '', cell: '' });
    expect(wb.problems[0].message).toContain('某单位.xlsx');
    expect(wb.problems[0].message).toContain('查找了需求表');
    expect(parseWorkbook({ file: 'e.xlsx', sheets: [] }).problems[0].message).toContain('文件中没有工作表');
  });

  test("a schedule's reason names its header labels without their spaces, in column order", () => {
    const s = sheetFromRows('Sheet1', [['日 期', '时　段', '内容', '城\t市'], [45054, '上午', '参观', '东京']]);
    const wb = parseWorkbook({ file: 'a.xlsx', sheets: [s] });
    expect(wb.recognition[0].kind).toBe('schedule');
    expect(wb.recognition[0].reason).toBe('日程表：第1行表头含 日期、时段、内容、城市');
  });

  test('a date column needs one of 内容/时段/类型/城市 beside it to make a schedule', () => {
    const one = sheetFromRows('Sheet1', [['日期', '星期', '类型'], [45054, '一', '授课']]);
    expect(parseWorkbook({ file: 'a.xlsx', sheets: [one] }).recognition[0].reason).toBe('日程表：第1行表头含 日期、星期、类型');
    const none = sheetFromRows('Sheet1', [['日期', '星期'], [45054, '一']]);
    expect(parseWorkbook({ file: 'a.xlsx', sheets: [none] }).recognition[0].kind).toBe('ignored');
  });

  test('a few demand labels are not enough for a demand table', () => {
    const s = sheetFromRows('杂项', [['培训班主题', '某主题'], ['备注', '无']]);
    const wb = parseWorkbook({ file: 'a.xlsx', sheets: [s] });
    expect(wb.recognition[0].kind).toBe('ignored');
    expect(wb.recognition[0].reason).toContain('只找到需求表标签 培训班主题');
  });

  test('the reviewer’s correction: a sheet forced to a kind it cannot be read as is a problem', () => {
    const wb = parseWorkbook({ file: 'a.xlsx', sheets: [form001({ theme: 'T' }), notes] }, { sheetKinds: { 填表说明: 'schedule' } });
    expect(wb.problems).toEqual([{ sheet: '填表说明', cell: '', message: expect.stringContaining('含“日期”或“天次”一栏的表头行') }]);
    expect(wb.recognition[1].kind).toBe('ignored');
  });

  test('the reviewer’s correction is honoured: a forced schedule with only a date column, a form ignored', () => {
    const s = sheetFromRows('行程', [['日期', '安排说明'], ['2023-05-08', '抵达']]);
    const wb = parseWorkbook({ file: 'a.xlsx', sheets: [form001({ theme: 'T' }), s] }, { sheetKinds: { 行程: 'schedule', 附件2: 'ignored' } });
    expect(wb.recognition.map((r) => r.kind)).toEqual(['ignored', 'schedule']);
    expect(wb.projects).toEqual([]);
    expect(wb.schedules[0].rows).toHaveLength(1);
    // without the correction the schedule is not recognised (no 内容/时段/类型/城市)
    expect(parseWorkbook({ file: 'a.xlsx', sheets: [s] }).recognition[0].kind).toBe('ignored');
  });

  test('a schedule that shares 培训内容 and 国家（地区） with demand labels stays a schedule', () => {
    const s = sheetFromRows('Sheet3', [['日期', '国家（地区）', '城市', '培训内容', '培训机构'], ['2023-05-08', '德国', '柏林', '讲座', 'TUM']]);
    expect(parseWorkbook({ file: 'a.xlsx', sheets: [s] }).recognition[0].kind).toBe('schedule');
  });
});
