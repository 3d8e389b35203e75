/**
 * ParsedScheduleRow keeps a row's cells as row numbers and texts and makes their FieldCells and refs
 * when asked: these tests pin what each getter gives (the plain ScheduleRow the reader used to make).
 */
import { parseScheduleRows, ParsedScheduleRow, findScheduleHeader } from '../../../src/core/sheets/schedule';
import { SheetView } from '../../../src/core/sheets/view';
import type { ScheduleRow } from '../../../src/core/model/records';
import { at, dateCell, mg, sheet } from './helpers';

function rowsOf(s: ReturnType<typeof sheet>) {
  const v = new SheetView(s);
  const header = findScheduleHeader(v);
  if (!header) throw new Error('no header');
  const { groups, notes } = parseScheduleRows(v, header, { yearFor: () => 2023 });
  return { rows: groups.flatMap((g) => g.rows), notes, groups };
}

describe('ParsedScheduleRow', () => {
  test('merged date and 星期: the second row points at the merged cells; blank content is null; refs of slot, type, country', () => {
    const s = sheet(
      '日程',
      [
        ['日期', '星期', '时段', '城市', '国家', '内容', '类型'],
        [null, ' 星期一 ', '上午', '柏林', null, '专题讲座', '专题培训'],
        [null, null, '下午', '慕尼黑', '法国', null, '交通'],
      ],
      [mg(1, 0, 2, 0), mg(1, 1, 2, 1)],
      [[1, 0, dateCell('2023-05-08')]],
    );
    const { rows } = rowsOf(s);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toBeInstanceOf(ParsedScheduleRow);
    const [a, b] = rows;
    // 星期 is trimmed; the merged cell below shows the same cell
    expect(a.weekday).toEqual({ ref: at('日程', 1, 1), cell: { v: ' 星期一 ' }, text: '星期一' });
    expect(b.weekday).toEqual({ ref: at('日程', 1, 1), cell: { v: ' 星期一 ' }, text: '星期一' });
    expect(b.date?.ref).toEqual(at('日程', 1, 0));
    expect(a.slotRef).toEqual(at('日程', 1, 2));
    expect(b.slotRef).toEqual(at('日程', 2, 2));
    expect(a.city).toEqual({ ref: at('日程', 1, 3), cell: { v: '柏林' }, text: '柏林' });
    // countries from the city → the city cell; from a 国家 cell → that cell
    expect(a.countryRef).toEqual(at('日程', 1, 3));
    expect(b.countryRef).toEqual(at('日程', 2, 4));
    expect(b.countries).toEqual(['法国', '德国']);
    expect(a.content).toEqual({ ref: at('日程', 1, 5), cell: { v: '专题讲座' }, text: '专题讲座' });
    expect(b.content).toBeNull();
    expect(a.typeRef).toEqual(at('日程', 1, 6));
    expect(b.typeRef).toEqual(at('日程', 2, 6));
  });

  test('missing columns give null; a cell inside a merge from another column has its own ref and no text', () => {
    const s = sheet(
      '日程',
      [
        ['第几天', '时段', '内容', '类型'],
        ['第1天', '上午', '乘机前往柏林', null],
        [null, '下午', '考察西门子公司', null],
      ],
      [mg(1, 2, 1, 3)], // 内容 merged across 类型 in the first row
    );
    const { rows, notes } = rowsOf(s);
    const [a, b] = rows;
    expect(a.weekday).toBeNull();
    expect(a.city).toBeNull();
    expect(a.countryRef).toBeNull();
    expect(a.countries).toEqual([]);
    expect(a.dayNumber).toBe(1);
    expect(b.dayNumber).toBe(1);
    // the 类型 cell of the first row is covered by the 内容 merge: its own ref, read as blank
    expect(a.typeRef).toEqual(at('日程', 1, 3));
    expect(a.typeInferred).toBe(true);
    expect(notes.find((n) => n.ref.row === 1)?.ref).toEqual(at('日程', 1, 3));
    expect(b.typeRef).toEqual(at('日程', 2, 3));
  });

  test('toJSON is the plain row, field for field and in the order of ScheduleRow', () => {
    const s = sheet('日程', [
      ['日期', '星期', '时段', '城市', '内容', '类型'],
      ['2023年5月8日', '星期一', '全天', '德国柏林', '专题讲座', '专题培训'],
    ]);
    const [row] = rowsOf(s).rows;
    const plain = JSON.parse(JSON.stringify(row)) as ScheduleRow;
    expect(Object.keys(plain)).toEqual([
      'row', 'date', 'dayNumber', 'weekday', 'slot', 'slotRef', 'city', 'cities', 'countries', 'countryRef', 'content', 'type', 'typeInferred', 'typeRef', 'share',
    ]);
    expect(plain).toEqual({
      row: 1,
      date: { ok: true, value: '2023-05-08', ref: at('日程', 1, 0), text: '2023年5月8日', note: expect.any(String) },
      dayNumber: null,
      weekday: { ref: at('日程', 1, 1), cell: { v: '星期一' }, text: '星期一' },
      slot: '全天',
      slotRef: at('日程', 1, 2),
      city: { ref: at('日程', 1, 3), cell: { v: '德国柏林' }, text: '德国柏林' },
      cities: ['柏林'],
      countries: ['德国'],
      countryRef: at('日程', 1, 3),
      content: { ref: at('日程', 1, 4), cell: { v: '专题讲座' }, text: '专题讲座' },
      type: '专题培训',
      typeInferred: false,
      typeRef: at('日程', 1, 5),
      share: { n: 1, d: 1 },
    });
  });
});
