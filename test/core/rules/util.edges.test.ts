/** The rules' small helpers at their edges: where a project's cells are, readings, Chinese fractions, amounts, header ranges. */
import { parseWorkbook } from '../../../src/core/sheets';
import { sheetFromRows } from '../../../src/core/grid';
import type { Schedule } from '../../../src/core/model/records';
import {
  containsAny,
  fieldRef,
  fieldText,
  formatAmount,
  fractionWords,
  isBlankReading,
  scheduleHeader,
  themeRef,
} from '../../../src/core/rules/util';
import { frac } from '../../../src/core/values/fraction';
import { project, ref, schedule } from './builders';

describe('themeRef and fieldRef', () => {
  it("the theme cell, else its slot, else the first field, else the project's first cell", () => {
    expect(themeRef(project())).toEqual(ref('需求表', 'A2'));
    const slotted = project({ text: { theme: null } });
    slotted.slots.theme = ref('需求表', 'C9');
    expect(themeRef(slotted)).toEqual(ref('需求表', 'C9'));
    expect(themeRef(project({ text: { theme: null } }))).toEqual(ref('需求表', 'B2'));
    const bare = project({
      row: 4,
      text: Object.fromEntries(['theme', 'unit', 'institution', 'targets', 'purpose', 'content', 'contact', 'phone'].map((f) => [f, null])),
      people: null,
      days: null,
      budgetWan: null,
      countries: null,
    });
    expect(themeRef(bare)).toEqual({ sheet: '需求表', row: 4, col: 0 });
  });
  it("a field's cell, else its slot, else the theme cell", () => {
    expect(fieldRef(project(), 'phone')).toEqual(ref('需求表', 'L2'));
    const p = project({ text: { phone: null } });
    expect(fieldRef(p, 'phone')).toEqual(ref('需求表', 'A2'));
    p.slots.phone = ref('需求表', 'L7');
    expect(fieldRef(p, 'phone')).toEqual(ref('需求表', 'L7'));
  });
});

describe('readings and texts', () => {
  it('isBlankReading: absent or blank, not an error or a value', () => {
    const at = ref('需求表', 'D2');
    expect(isBlankReading(undefined)).toBe(true);
    expect(isBlankReading(null)).toBe(true);
    expect(isBlankReading({ ok: false, problem: 'blank', ref: at, text: '' })).toBe(true);
    expect(isBlankReading({ ok: false, problem: 'error', ref: at, text: '#N/A' })).toBe(false);
    expect(isBlankReading({ ok: true, value: 3, ref: at, text: '3' })).toBe(false);
  });
  it('fieldText trims, and is empty for an absent field', () => {
    expect(fieldText(project({ text: { contact: ' 张三 ' } }), 'contact')).toBe('张三');
    expect(fieldText(project({ text: { contact: null } }), 'contact')).toBe('');
  });
});

describe('fractionWords', () => {
  it('says proper fractions up to tenths in words, anything else as n/d', () => {
    expect(fractionWords(frac(2, 3))).toBe('三分之二');
    expect(fractionWords(frac(1, 2))).toBe('二分之一');
    expect(fractionWords(frac(9, 10))).toBe('十分之九');
    expect(fractionWords(frac(1, 11))).toBe('1/11');
    expect(fractionWords(frac(1, 1))).toBe('1/1');
    expect(fractionWords(frac(0, 1))).toBe('0/1');
    expect(fractionWords(frac(3, 2))).toBe('3/2');
  });
});

describe('formatAmount and containsAny', () => {
  it('formatAmount keeps up to four decimals', () => {
    expect(formatAmount(3.08851)).toBe('3.0885');
    expect(formatAmount(1200)).toBe('1200');
    expect(formatAmount(0.5)).toBe('0.5');
  });
  it('containsAny gives the first word found, never an empty one', () => {
    expect(containsAny('欧洲观光团', ['', '观光'])).toBe('观光');
    expect(containsAny('欧洲观光团', ['旅游'])).toBeUndefined();
  });
});

describe('scheduleHeader', () => {
  it('spans the header row to the rightmost column any row uses, and each call gets its own copy', () => {
    const s = schedule('P', [{ date: '2024-06-03', city: '柏林' }]);
    expect(scheduleHeader(s)).toEqual({ sheet: '日程表', cell: 'A1:G1' });
    const again = scheduleHeader(s);
    expect(again).toEqual({ sheet: '日程表', cell: 'A1:G1' });
    expect(again).not.toBe(scheduleHeader(s));
    const wide = schedule('P', [{ date: '2024-06-03', city: '柏林' }], { headerRow: 2 });
    wide.rows[0].countryRef = { sheet: '日程表', row: 3, col: 9 };
    expect(scheduleHeader(wide)).toEqual({ sheet: '日程表', cell: 'A3:J3' });
    const narrow = schedule('P', [{ date: '2024-06-03' }]);
    narrow.rows[0].typeRef = null;
    narrow.rows[0].content = null;
    expect(scheduleHeader(narrow)).toEqual({ sheet: '日程表', cell: 'A1' });
  });
});

describe('scheduleHeader of a parsed schedule (its rows know their columns)', () => {
  const parsedSchedule = (rows: (string | null)[][]) =>
    parseWorkbook({ file: 'h.xlsx', sheets: [sheetFromRows('日程表', [['日期', '时段', '城市', '内容', '国家'], ...rows])] }).schedules[0];
  // the same rows as plain objects (toJSON): the header is found from their refs
  const plain = (s: Schedule): Schedule => ({ ...s, rows: s.rows.map((r) => JSON.parse(JSON.stringify(r))) });

  it('reaches the 国家 column when one row fills it, and stops at 内容 when none does', () => {
    const some = parsedSchedule([
      ['2024-06-03', '上午', '柏林', '讲座', null],
      ['2024-06-03', '下午', '柏林', '考察', '德国'],
    ]);
    expect(scheduleHeader(some)).toEqual({ sheet: '日程表', cell: 'A1:E1' });
    expect(scheduleHeader(plain(some))).toEqual(scheduleHeader(some));
    const none = parsedSchedule([
      ['2024-06-03', '上午', '柏林', '讲座', null],
      ['2024-06-03', '下午', '柏林', '考察', null],
    ]);
    expect(scheduleHeader(none)).toEqual({ sheet: '日程表', cell: 'A1:D1' });
    expect(scheduleHeader(plain(none))).toEqual(scheduleHeader(none));
  });

  it('keeps the widest row, not the last one (国家 filled on the first row only)', () => {
    const first = parsedSchedule([
      ['2024-06-03', '上午', '柏林', '讲座', '德国'],
      ['2024-06-03', '下午', '柏林', '考察', null],
    ]);
    expect(scheduleHeader(first)).toEqual({ sheet: '日程表', cell: 'A1:E1' });
    expect(scheduleHeader(plain(first))).toEqual(scheduleHeader(first));
  });
});
