import { parseWorkbook } from '../../../src/core/sheets';
import { sheetFromRows, type SheetGrid } from '../../../src/core/grid';
import { frac, toNumber, add, ZERO, type Fraction } from '../../../src/core/values/fraction';
import type { Schedule } from '../../../src/core/model/records';
import { at, dateCell, mg, sheet } from './helpers';

const demandList = (projects: [number, string, string][]) =>
  sheetFromRows('需求表', [
    ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '预计办班时间'],
    ...projects.map(([seq, theme, when]) => [seq, theme, '某单位', '德国', 20, 3, when]),
  ]);

const total = (s: Schedule, pred: (t: string) => boolean = () => true): Fraction => s.rows.filter((r) => pred(r.type)).reduce((a, r) => add(a, r.share), ZERO);

describe('schedule', () => {
  test('Excel dates merged over 上午/下午 rows, 类型 synonyms, city with country, theme in the title', () => {
    const d = (iso: string) => dateCell(iso);
    const s = sheet(
      '日程表1',
      [
        ['《智能制造专题培训班》日程安排表'],
        ['日期', '星期', '时段', '城市', '内容', '类型'],
        [null, '星期一', '上午', '德国·柏林', '乘机前往柏林', '交通'],
        [null, null, '下午', '柏林（德国）', '抵达柏林', '城市间交通'],
        [null, '星期二', '上午', '柏林', '专题讲座：工业4.0', '专题培训'],
        [null, null, '下午', '柏林', '考察西门子', '考察实践'],
        [null, '星期三', '上午', '柏林—慕尼黑', '乘车前往慕尼黑', '交通'],
        [null, null, '下午', '慕尼黑', '课堂学习：案例研讨', '课堂教学'],
        [null, null, '晚上', '慕尼黑', '晚餐交流', '其他'],
        [],
        ['备注：以上日程以实际为准'],
        ['2023-06-01', null, null, null, '这一行在备注之后，不属于日程'],
      ],
      [mg(0, 0, 0, 5), mg(2, 0, 3, 0), mg(2, 1, 3, 1), mg(4, 0, 5, 0), mg(4, 1, 5, 1), mg(6, 0, 8, 0), mg(6, 1, 8, 1)],
      [[2, 0, d('2023-05-08')], [4, 0, d('2023-05-09')], [6, 0, d('2023-05-10')]],
    );
    const wb = parseWorkbook({ file: 's.xlsx', sheets: [demandList([[1, '智能制造专题培训班', '2023年5月'], [2, '其他主题研修班', '2023年6月']]), s] });
    expect(wb.recognition[1]).toMatchObject({ kind: 'schedule', headerRow: 1 });
    const sch = wb.schedules[0];
    expect(sch).toMatchObject({ sheet: '日程表1', headerRow: 1, projectKey: 's.xlsx#需求表#2', linkedBy: 'theme', hasDates: true });
    expect(sch.rows.map((r) => r.date && r.date.ok && r.date.value)).toEqual(['2023-05-08', '2023-05-08', '2023-05-09', '2023-05-09', '2023-05-10', '2023-05-10', '2023-05-10']);
    // a merged date belongs to its top-left cell
    expect(sch.rows[1].date?.ref).toEqual(at('日程表1', 2, 0));
    expect(sch.rows[1].weekday?.text).toBe('星期一');
    expect(sch.rows.map((r) => r.type)).toEqual(['交通', '交通', '专题培训', '对口考察', '交通', '课堂学习', '其他']);
    expect(sch.rows.every((r) => !r.typeInferred)).toBe(true);
    expect(sch.rows.map((r) => r.share)).toEqual([frac(1, 2), frac(1, 2), frac(1, 2), frac(1, 2), frac(1, 2), frac(1, 2), frac(0)]);
    expect(total(sch)).toEqual(frac(3));
    expect(sch.rows[0]).toMatchObject({ cities: ['柏林'], countries: ['德国'], countryRef: at('日程表1', 2, 3) });
    expect(sch.rows[4]).toMatchObject({ cities: ['柏林', '慕尼黑'], countries: ['德国'] });
    expect(sch.rows).toHaveLength(7); // the 备注 row ends the schedule
  });

  test('text dates without a year take the linked project’s year; 第N天 where there are no dates', () => {
    const s1 = sheetFromRows('日程表2', [
      ['日期', '时段', '内容', '类型'],
      ['12月30日', '上午', '专题讲座', '专题培训'],
      [null, '下午', '考察', '对口考察'],
      ['12月31日', null, '课程', '课堂学习'],
      ['1月1日', null, '乘机回国', '交通'],
    ]);
    const s2 = sheetFromRows('日程表-1', [
      ['天次', '时段', '内容', '类型'],
      ['第1天', '全天', '抵达', '交通'],
      ['D2', '上午', '专题讲座', '专题培训'],
      [null, '下午', '专题讲座', '专题培训'],
      ['3', null, '离开', '交通'],
    ]);
    const wb = parseWorkbook({ file: 't.xlsx', sheets: [demandList([[1, '主题一', '2023年5月'], [2, '主题二', '2023年第四季度']]), s1, s2] });
    const [a, b] = wb.schedules;
    expect(a).toMatchObject({ projectKey: 't.xlsx#需求表#3', linkedBy: 'sheet-name', hasDates: true });
    expect(a.rows.map((r) => r.date && r.date.ok && r.date.value)).toEqual(['2023-12-30', '2023-12-30', '2023-12-31', '2024-01-01']);
    expect(wb.notes.find((n) => n.ref.row === 1 && n.ref.sheet === '日程表2')?.message).toBe('日期：“12月30日”按年份 2023 读作 2023-12-30（年份取自项目的出发日期或计划年度）');
    expect(b).toMatchObject({ projectKey: 't.xlsx#需求表#2', linkedBy: 'sheet-name', hasDates: false });
    expect(b.rows.map((r) => [r.dayNumber, r.date])).toEqual([[1, null], [2, null], [2, null], [3, null]]);
    expect(b.rows.map((r) => r.share)).toEqual([frac(1), frac(1, 2), frac(1, 2), frac(1)]);
  });

  test('a date without a year and no project year is unreadable, not guessed', () => {
    const s = sheetFromRows('日程', [['日期', '内容'], ['5月8日', '讲座']]);
    const wb = parseWorkbook({ file: 'n.xlsx', sheets: [s] });
    expect(wb.schedules[0].rows[0].date).toEqual({ ok: false, problem: 'unreadable', ref: at('日程', 1, 0), text: '5月8日' });
    expect(wb.schedules[0].projectKey).toBeNull();
  });

  test('no 类型 column: types inferred from the content, each with a note; shares split among a day’s rows', () => {
    const s = sheetFromRows('行程', [
      ['日期', '地点', '活动内容'],
      ['2023-05-08', '东京', '乘机前往东京'],
      ['2023-05-09', '东京', '专题讲座：精益管理'],
      [null, '东京', '参观丰田工厂'],
      [null, '东京', '课程：案例研讨'],
      ['2023-05-10', '东京', '整理学习笔记，休整'],
    ]);
    const wb = parseWorkbook({ file: 'i.xlsx', sheets: [s] });
    const sch = wb.schedules[0];
    expect(sch.rows.map((r) => r.type)).toEqual(['交通', '专题培训', '对口考察', '课堂学习', '休整']);
    expect(sch.rows.every((r) => r.typeInferred)).toBe(true);
    expect(sch.rows.map((r) => r.share)).toEqual([frac(1), frac(1, 3), frac(1, 3), frac(1, 3), frac(1)]);
    expect(toNumber(total(sch, (t) => t === '专题培训'))).toBeCloseTo(1 / 3, 12);
    const inferred = wb.notes.filter((n) => n.message.includes('推断为'));
    expect(inferred).toHaveLength(5);
    expect(inferred[1].message).toBe('日程第3行没有类型一栏，按内容“专题讲座：精益管理”推断为专题培训');
    expect(sch.rows[0].countries).toEqual(['日本']);
  });

  test('a repeated header (three label texts) is skipped, asked more than once; two label texts, or label-like data, are a row', () => {
    const s = sheetFromRows('日程', [
      ['日期', '时段', '城市', '内容', '类型'],
      ['2023-05-08', '上午', '日本·东京', '城市间交通', '交通'],
      ['日期', '时段', '城市', '内容', '类型'], // the header again (a printed page's)
      ['2023-05-08', '下午', '日本·东京', '城市间交通', '交通'],
      ['日期', '时段', '城市', '讲座', '课堂学习'], // three labels, in the first columns
      ['2023-05-09', '时段', '城市', '讲座', '课堂学习'], // two: a row (时段 and 城市 unreadable)
      ['日 期', '时 段', '城 市', '讲座', '课堂学习'], // the same labels, spaced: skipped too
      ['2023-05-10', '上午', '日本·大阪', '讲座', '课堂学习'],
    ]);
    const sch = parseWorkbook({ file: 'h.xlsx', sheets: [s] }).schedules[0];
    expect(sch.rows.map((r) => r.row)).toEqual([1, 3, 5, 7]);
    expect(sch.rows.map((r) => r.slot)).toEqual(['上午', '下午', null, '上午']);
  });
  test('a blank 类型 cell is inferred; an unknown 类型 word is inferred and noted', () => {
    const s = sheetFromRows('日程表', [
      ['日期', '时段', '内容', '类型'],
      ['2023-05-08', '上午', '考察工厂', null],
      [null, '下午', '参观博物馆', '购物'],
    ]);
    const sch = parseWorkbook({ file: 'b.xlsx', sheets: [s] }).schedules[0];
    expect(sch.rows.map((r) => [r.type, r.typeInferred])).toEqual([['对口考察', true], ['对口考察', true]]);
    expect(sch.rows[0].typeRef).toEqual(at('日程表', 1, 3));
  });

  test('上午 with an unslotted row shares what is left of the day', () => {
    const s = sheetFromRows('日程表', [
      ['日期', '时段', '内容', '类型'],
      ['2023-05-08', '上午', '讲座', '专题培训'],
      [null, null, '考察', '对口考察'],
      [null, '晚上', '交流', '其他'],
    ]);
    const sch = parseWorkbook({ file: 'b.xlsx', sheets: [s] }).schedules[0];
    expect(sch.rows.map((r) => r.share)).toEqual([frac(1, 2), frac(1, 2), frac(0)]);
  });

  test('a day that comes back after another day: its rows share the day together, as one run would', () => {
    const s = sheetFromRows('日程表', [
      ['日期', '时段', '内容', '类型'],
      ['2023-05-08', null, '讲座', '专题培训'],
      ['2023-05-09', '上午', '考察', '对口考察'],
      ['2023-05-08', null, '研讨', '课堂学习'],
      ['2023-05-09', '下午', '交流', '其他'],
    ]);
    const sch = parseWorkbook({ file: 'b.xlsx', sheets: [s] }).schedules[0];
    // 05-08: two unslotted rows split the whole day; 05-09: 上午 and 下午
    expect(sch.rows.map((r) => r.share)).toEqual([frac(1, 2), frac(1, 2), frac(1, 2), frac(1, 2)]);
    const together = sheetFromRows('日程表', [
      ['日期', '时段', '内容', '类型'],
      ['2023-05-08', null, '讲座', '专题培训'],
      [null, null, '研讨', '课堂学习'],
      [null, null, '交流', '其他'],
      ['2023-05-09', '上午', '考察', '对口考察'],
    ]);
    const rows = parseWorkbook({ file: 'c.xlsx', sheets: [together] }).schedules[0].rows;
    expect(rows.map((r) => r.share)).toEqual([frac(1, 3), frac(1, 3), frac(1, 3), frac(1, 2)]);
  });

  test('days in any order share by day: rising, falling, or coming back (dates and day numbers)', () => {
    const shares = (rows: (string | null)[][]) =>
      parseWorkbook({ file: 'd.xlsx', sheets: [sheetFromRows('日程表', [['日期', '时段', '内容', '类型'], ...rows.map((r) => [r[0], r[1], '讲座', '专题培训'])])] }).schedules[0].rows.map((r) => r.share);
    // falling, each day one run: the unslotted rows of a day split it
    expect(shares([['2023-05-09', null], ['2023-05-09', null], ['2023-05-08', null]])).toEqual([frac(1, 2), frac(1, 2), frac(1)]);
    // falling, then a day that comes back: its rows share the day together
    expect(shares([['2023-05-09', null], ['2023-05-08', null], ['2023-05-09', null]])).toEqual([frac(1, 2), frac(1), frac(1, 2)]);
    // rising after a return to an earlier day is still the earlier day
    expect(shares([['2023-05-08', '上午'], ['2023-05-09', null], ['2023-05-08', null], ['2023-05-10', null]])).toEqual([frac(1, 2), frac(1), frac(1, 2), frac(1)]);
    // day numbers: 第1天, 第2天, 第1天
    expect(shares([['第1天', null], ['第2天', null], ['第1天', null]])).toEqual([frac(1, 2), frac(1), frac(1, 2)]);
    expect(shares([['第1天', null], ['第1天', null], ['第2天', null], ['第10天', null]])).toEqual([frac(1, 2), frac(1, 2), frac(1), frac(1)]);
    // a blank date under no day (its own day) between dates
    expect(shares([[null, null], ['2023-05-08', null], ['2023-05-08', null]])).toEqual([frac(1), frac(1, 2), frac(1, 2)]);
  });

  test('one sheet for several projects, by a project column', () => {
    const s = sheetFromRows('日程汇总', [
      ['项目编号', '日期', '时段', '内容', '类型'],
      ['P1', '2023-05-08', '上午', '讲座', '专题培训'],
      [null, null, '下午', '讲座', '专题培训'],
      ['P2', '2023-06-01', '全天', '考察', '对口考察'],
      ['P3', '2023-06-01', '全天', '考察', '对口考察'],
    ], [mg(1, 0, 2, 0)]);
    const d = sheetFromRows('需求表', [
      ['项目编号', '培训班主题', '组团单位', '人数', '天数'],
      ['P1', '主题一', '单位', 10, 14],
      ['P2', '主题二', '单位', 10, 14],
    ]);
    const wb = parseWorkbook({ file: 'm.xlsx', sheets: [d, s] });
    expect(wb.schedules.map((x) => [x.projectKey, x.linkedBy, x.linkText, x.rows.length])).toEqual([
      ['P1', 'column', 'P1', 2],
      ['P2', 'column', 'P2', 1],
      [null, null, 'P3', 1],
    ]);
  });

  test('the only project and the only schedule belong together; a title year helps undated text', () => {
    const s = sheetFromRows('Sheet2', [
      ['2023年赴德国培训日程'],
      ['日期', '内容'],
      ['5月8日', '讲座'],
    ]);
    const d = sheetFromRows('Sheet1', [
      ['培训班主题', '主题'], ['组团单位', '单位'], ['人数', 1], ['天数', 1], ['国家（地区）', '德国'],
    ]);
    const wb = parseWorkbook({ file: 'o.xlsx', sheets: [d, s] });
    expect(wb.schedules[0]).toMatchObject({ projectKey: 'o.xlsx#Sheet1#1', linkedBy: 'only-project' });
    expect(wb.schedules[0].rows[0].date).toMatchObject({ ok: true, value: '2023-05-08' });
  });

  test.each([['日程表2'], ['日程表-2'], ['日程表（2）'], ['项目2日程'], ['日程2']])('sheet name %s links to 序号 2', (name) => {
    const s: SheetGrid = sheetFromRows(name, [['日期', '内容'], ['2023-05-08', '讲座']]);
    const wb = parseWorkbook({ file: 'k.xlsx', sheets: [demandList([[1, '主题一', '2023年5月'], [2, '主题二', '2023年5月']]), s] });
    expect(wb.schedules[0]).toMatchObject({ projectKey: 'k.xlsx#需求表#3', linkedBy: 'sheet-name' });
  });

  test('a number that names no project leaves the schedule unlinked', () => {
    const s: SheetGrid = sheetFromRows('日程表5', [['日期', '内容'], ['2023-05-08', '讲座']]);
    const wb = parseWorkbook({ file: 'k.xlsx', sheets: [demandList([[1, '主题一', '2023年5月'], [2, '主题二', '2023年5月']]), s] });
    expect(wb.schedules[0]).toMatchObject({ projectKey: null, linkedBy: null });
  });
});
