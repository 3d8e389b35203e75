import fc from 'fast-check';
import { inferActivityType, mapActivityType, parseDayNumber, parseSlot, readDayNumber } from '../../../src/core/values/activity';

test('mapActivityType', () => {
  expect(mapActivityType('专题培训')).toBe('专题培训');
  expect(mapActivityType('课堂教学')).toBe('课堂学习');
  expect(mapActivityType('考察实践')).toBe('对口考察');
  expect(mapActivityType('实践')).toBe('对口考察');
  expect(mapActivityType('城市间交通')).toBe('交通');
  expect(mapActivityType('抵达')).toBe('交通');
  expect(mapActivityType('休整')).toBe('休整');
  expect(mapActivityType('其他')).toBe('其他');
  expect(mapActivityType('购物')).toBeNull();
});

test.each([
  ['专题讲座：工业4.0', '专题培训'],
  ['数字孪生专题', '专题培训'],
  ['课程：案例研讨', '课堂学习'],
  ['授课：医院管理', '课堂学习'],
  ['考察西门子工厂', '对口考察'],
  ['参观城市规划展览馆', '对口考察'],
  ['访问慕尼黑工业大学', '对口考察'],
  ['乘机前往柏林', '交通'],
  ['抵达柏林，办理入住', '交通'],
  ['转机', '交通'],
  ['前往慕尼黑工业大学参加专题讲座', '专题培训'],
  ['整理学习笔记，休整', '休整'],
  ['小组讨论', '其他'],
  ['', '其他'],
])('inferActivityType(%s) = %s', (text, type) => expect(inferActivityType(text)).toBe(type));

test('parseSlot', () => {
  expect(parseSlot('上午')).toEqual({ slot: '上午', converted: false });
  expect(parseSlot('下午')).toEqual({ slot: '下午', converted: false });
  expect(parseSlot('全天')).toEqual({ slot: '全天', converted: false });
  expect(parseSlot('晚上')).toEqual({ slot: '晚上', converted: false });
  expect(parseSlot('晚间')).toEqual({ slot: '晚上', converted: true });
  expect(parseSlot('9:00-12:00')).toEqual({ slot: '上午', converted: true });
  expect(parseSlot('14:00-17:30')).toEqual({ slot: '下午', converted: true });
  expect(parseSlot('19:00-21:00')).toEqual({ slot: '晚上', converted: true });
  expect(parseSlot('9:00-17:00')).toEqual({ slot: '全天', converted: true });
  expect(parseSlot('上午9:00-12:00')).toEqual({ slot: '上午', converted: true });
  expect(parseSlot('随时')).toBeNull();
  expect(parseSlot('')).toBeNull();
});

test('parseDayNumber', () => {
  expect(parseDayNumber('第3天')).toBe(3);
  expect(parseDayNumber('第十二天')).toBe(12);
  expect(parseDayNumber('D3')).toBe(3);
  expect(parseDayNumber('Day 3')).toBe(3);
  expect(parseDayNumber('3')).toBe(3);
  expect(parseDayNumber('0')).toBeNull();
  expect(parseDayNumber('第三周')).toBeNull();
  expect(parseDayNumber('2023年5月8日')).toBeNull();
});

describe('properties', () => {
  const TYPES = ['专题培训', '课堂学习', '对口考察', '交通', '休整', '其他'];
  const SLOTS = ['上午', '下午', '全天', '晚上'];

  test('no input throws; what is accepted is one of the closed sets, never a made-up value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const t = mapActivityType(s);
        if (t !== null) expect(TYPES).toContain(t);
        expect(TYPES).toContain(inferActivityType(s));
        const slot = parseSlot(s);
        if (slot !== null) expect(SLOTS).toContain(slot.slot);
        const n = parseDayNumber(s);
        // an unreadable day number is null, never 0
        if (n !== null) expect(Number.isInteger(n) && n > 0).toBe(true);
      }),
    );
  });

  test('day numbers round-trip in every accepted spelling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (n) => {
        expect(parseDayNumber(String(n))).toBe(n);
        expect(parseDayNumber(`第${n}天`)).toBe(n);
        expect(parseDayNumber(`Day ${n}`)).toBe(n);
        expect(parseDayNumber(`D${n}`)).toBe(n);
      }),
    );
    expect(parseDayNumber('0')).toBeNull();
    expect(parseDayNumber('第0天')).toBeNull();
  });

  test('a slot already in canonical form is taken as is, unconverted', () => {
    for (const s of SLOTS) expect(parseSlot(s)).toEqual({ slot: s, converted: false });
  });
});

describe('parseDayNumber: a text longer than any day number is seen without its compact copy', () => {
  test('the same answer as the plain reading, at and around six characters, spaces of every kind inside', () => {
    const piece = fc.constantFrom('第', '天', '十', '二', '三', 'day', 'Day', 'ＤＡＹ', 'd', '1', '２', '3', '123', ' ', '\u3000', '\u200b', '\ufeff', '\t', '-', '05', 'İ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 9 }), (parts) => {
        const t = parts.join('');
        expect(parseDayNumber(t)).toBe(readDayNumber(t)); // the reading without the first look
      }),
      { numRuns: 5000 },
    );
    expect(parseDayNumber('day123')).toBe(123); // six characters: the longest
    expect(parseDayNumber(' d a y 1 2 3 ')).toBe(123); // longer only by its spaces
    expect(parseDayNumber('\u200bday123\u3000')).toBe(123);
    expect(parseDayNumber('day1234')).toBeNull(); // seven
    expect(parseDayNumber('第十二天')).toBe(12);
    expect(parseDayNumber('2023-05-08')).toBeNull();
  });
});
