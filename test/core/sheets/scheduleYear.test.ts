/** Schedule dates written without a year (issue 9 item 7): the year comes from the schedule's other dates, else 出发日期, else the plan year. */
import { parseWorkbook } from '../../../src/core/sheets';
import { reviewWorkbook } from '../../../src/core/review';
import { sheetFromRows, type CellValue } from '../../../src/core/grid';
import { parseDateText } from '../../../src/core/values/dates';

const demand = (extra: [string, CellValue][] = []) =>
  sheetFromRows('需求表', [
    ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', ...extra.map(([k]) => k)],
    [1, '智能制造专题培训班', '浙江省科学技术厅', '德国', 20, 3, ...extra.map(([, v]) => v)],
  ]);
const schedule = (dates: CellValue[]) =>
  sheetFromRows('日程表', [['日期', '城市', '内容', '类型'], ...dates.map((d) => [d, '柏林', '专题讲座', '专题培训'])]);

const read = (dates: CellValue[], extra: [string, CellValue][] = []) => parseWorkbook({ file: 'y.xlsx', sheets: [demand(extra), schedule(dates)] });
const values = (wb: ReturnType<typeof read>) => wb.schedules[0].rows.map((r) => (r.date && r.date.ok ? r.date.value : r.date?.text));

describe('dates without a year', () => {
  it('reads 6/14, 6/5 and 6月14日（周三） when a year is known', () => {
    expect(parseDateText('6/14', { year: 2023 })).toMatchObject({ ok: true, value: '2023-06-14' });
    expect(parseDateText('6/5', { year: 2023 })).toMatchObject({ ok: true, value: '2023-06-05' });
    expect(parseDateText('6月14日（周三）', { year: 2023 })).toMatchObject({ ok: true, value: '2023-06-14' });
    expect(parseDateText('6/31', { year: 2023 })).toMatchObject({ ok: false });
    expect(parseDateText('6/14')).toMatchObject({ ok: false, problem: 'unreadable' });
  });

  it('take the year from the schedule’s other dates first, even when they come later, with a note', () => {
    const wb = read(['6/14', '6/15', '2023-06-16'], [['出发日期', '2024-06-14']]);
    expect(values(wb)).toEqual(['2023-06-14', '2023-06-15', '2023-06-16']);
    const note = wb.notes.find((n) => n.ref.sheet === '日程表' && n.ref.row === 1);
    expect(note?.message).toBe('日期：“6/14”按年份 2023 读作 2023-06-14（年份取自日程中的其他日期）');
  });

  it('else from 出发日期, else from the plan year (预计办班时间)', () => {
    const a = read(['6/5', '6/6', '6/7'], [['出发日期', '2024-06-05']]);
    expect(values(a)).toEqual(['2024-06-05', '2024-06-06', '2024-06-07']);
    expect(a.notes.find((n) => n.ref.sheet === '日程表' && n.ref.row === 1)?.message).toContain('（年份取自项目的出发日期或计划年度）');
    expect(values(read(['6/5', '6/6'], [['预计办班时间', '2025年6月']]))).toEqual(['2025-06-05', '2025-06-06']);
  });

  it('crosses the new year by the nearest full date: 12/30, 12/31, 2024-01-01, 1/2', () => {
    expect(values(read(['12/30', '12/31', '2024-01-01', '1/2']))).toEqual(['2023-12-30', '2023-12-31', '2024-01-01', '2024-01-02']);
  });

  it('a schedule of 6/5, 6/6, 6/7 gives no C-SCHEDULE-DATES, and a C-NORMALISED note per date', () => {
    const r = reviewWorkbook({ file: 'y.xlsx', sheets: [demand([['出发日期', '2024-06-05']]), schedule(['6/5', '6/6', '6/7'])] }, { packs: [], asOf: '2024-07-01' });
    expect(r.findings.filter((f) => f.ruleId === 'C-SCHEDULE-DATES')).toEqual([]);
    expect(r.findings.filter((f) => f.ruleId === 'C-NORMALISED' && f.sheet === '日程表').map((f) => f.cell)).toEqual(['A2', 'A3', 'A4']);
  });
});
