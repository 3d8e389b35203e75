/**
 * travel.ts reads a parsed row's 城市 and 内容 texts (`cityText`, `contentText`) instead of making its
 * FieldCells: a schedule read by the real reader must get the days, moves and cities abroad that the same
 * rows as plain objects (`toJSON`, each with a list of its own, so nothing is remembered for them) get.
 */
import { sheetFromRows, type CellValue } from '../../../../src/core/grid';
import type { Schedule, ScheduleRow } from '../../../../src/core/model/records';
import { parseWorkbook } from '../../../../src/core/sheets';
import { ParsedScheduleRow } from '../../../../src/core/sheets/schedule';
import { citiesAbroad, travelDays } from '../../../../src/core/rules/zj2017/travel';
import { zj2017Params } from '../../../../src/core/rules/zj2017/params';

const params = zj2017Params.parse({});

function read(rows: CellValue[][]): Schedule {
  const demand = sheetFromRows('需求表', [
    ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '预计办班时间'],
    [1, '智能制造专题培训班', '浙江省科学技术厅', '德国', 20, rows.length, '2024年6月'],
  ]);
  const s = sheetFromRows('日程表', [['《智能制造专题培训班》日程安排表'], ['日期', '城市', '内容', '类型'], ...rows]);
  const parsed = parseWorkbook({ file: 's.xlsx', sheets: [demand, s] });
  expect(parsed.schedules).toHaveLength(1);
  return parsed.schedules[0];
}

/** The same rows as plain objects, each with a copy of its lists. */
function plain(s: Schedule): Schedule {
  const rows: ScheduleRow[] = s.rows.map((r) => {
    const p = (r as ParsedScheduleRow).toJSON();
    return { ...p, cities: [...p.cities], countries: [...p.countries] };
  });
  return { ...s, rows };
}

/** What a move says and where it points, day by day. */
const moves = (s: Schedule) =>
  travelDays(s, undefined, params).map((d) => [d.date, d.position, d.working, d.move && { from: d.move.from, to: d.move.to, text: d.move.text, row: d.move.row.row, city: d.move.row.city?.text ?? null }]);

describe('a schedule read by the reader', () => {
  // Thu 06-06 … Tue 06-11
  const rows: CellValue[][] = [
    ['2024-06-06', '柏林', '专题讲座', '专题培训'],
    ['2024-06-07', '柏林—汉堡', '乘车前往汉堡', '交通'], // two cities: a move
    ['2024-06-08', '汉堡', '参观', '对口考察'],
    ['2024-06-09', null, '乘车前往不来梅', '交通'], // no city: the content says the group moves on
    ['2024-06-10', null, '乘车前往酒店', '交通'], // to the hotel: no move by the content
    ['2024-06-11', '不来梅', '经法兰克福转机回国', '交通'], // 法兰克福 only a transit point; still in 汉堡 before
  ];

  it('has rows that carry their texts: what city.text and content.text say, or nothing', () => {
    const s = read(rows);
    expect(s.rows.every((r) => r instanceof ParsedScheduleRow)).toBe(true);
    const texts = s.rows.map((r) => [(r as ParsedScheduleRow).cityText, (r as ParsedScheduleRow).contentText]);
    expect(texts).toEqual(s.rows.map((r) => [r.city?.text ?? '', r.content?.text ?? '']));
    expect(texts[3]).toEqual(['', '乘车前往不来梅']);
  });

  it('gets the cities abroad of the same rows as plain objects, asked twice (remembered)', () => {
    const s = read(rows);
    const expected = plain(s).rows.map((r) => citiesAbroad(r, params));
    expect(expected).toEqual([['柏林'], ['柏林', '汉堡'], ['汉堡'], [], [], ['不来梅']]);
    for (let k = 0; k < 2; k++) expect(s.rows.map((r) => citiesAbroad(r, params))).toEqual(expected);
  });

  it('gets the days and moves of the same rows as plain objects', () => {
    const s = read(rows);
    const expected = moves(plain(s));
    expect(expected.map((d) => d[3] && (d[3] as { text: string }).text)).toEqual([null, '柏林→汉堡', null, '乘车前往不来梅', null, '汉堡→不来梅']);
    expect(moves(s)).toEqual(expected);
  });

  it('a 交通 row without 内容 names no move by its content', () => {
    const s = read([
      ['2024-06-06', '柏林', '专题讲座', '专题培训'],
      ['2024-06-07', null, null, '交通'],
      ['2024-06-08', '柏林', '参观', '对口考察'],
    ]);
    expect(travelDays(s, undefined, params).map((d) => d.move)).toEqual([null, null, null]);
    // the same rows as plain objects (no 内容 cell: `content` null), as hand-built rows and the pane's copies are
    const asPlain = plain(s);
    expect(asPlain.rows[1].content).toBeNull();
    expect(travelDays(asPlain, undefined, params).map((d) => d.move)).toEqual([null, null, null]);
  });
});

describe('days out of order', () => {
  it('are put in date order, and a schedule in order is kept as it is', () => {
    const inOrder = read([
      ['2024-06-06', '柏林', '专题讲座', '专题培训'],
      ['2024-06-07', '柏林', '参观', '对口考察'],
      ['2024-06-08', '汉堡', '参观', '对口考察'],
    ]);
    expect(travelDays(inOrder, undefined, params).map((d) => [d.date, d.position])).toEqual([
      ['2024-06-06', 'first'],
      ['2024-06-07', 'middle'],
      ['2024-06-08', 'last'],
    ]);
    const shuffled = read([
      ['2024-06-08', '汉堡', '参观', '对口考察'],
      ['2024-06-06', '柏林', '专题讲座', '专题培训'],
      ['2024-06-09', '汉堡', '参观', '对口考察'],
      ['2024-06-07', '柏林', '参观', '对口考察'],
    ]);
    const days = travelDays(shuffled, undefined, params);
    expect(days.map((d) => [d.date, d.position])).toEqual([
      ['2024-06-06', 'first'],
      ['2024-06-07', 'middle'],
      ['2024-06-08', 'middle'],
      ['2024-06-09', 'last'],
    ]);
    // followed in date order: 柏林, 柏林, then 汉堡 on Saturday (in sheet order 汉堡→柏林 would come first)
    expect(days.map((d) => d.move?.text ?? null)).toEqual([null, null, '柏林→汉堡', null]);
  });

  it('a one-day schedule out of nothing: its day is first', () => {
    const one = read([['2024-06-07', '柏林', '参观', '对口考察']]);
    expect(travelDays(one, undefined, params).map((d) => d.position)).toEqual(['first']);
  });
});
