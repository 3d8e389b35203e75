import fc from 'fast-check';
import { readNumber, parseNumberText, isUnitOnly } from '../../../src/core/values/number';

const t = (v: string | number, opts = {}) => readNumber({ v }, opts);

describe('readNumber', () => {
  test('plain numbers need no note', () => {
    expect(t(20)).toEqual({ ok: true, value: 20, text: '20' });
    expect(t('20')).toEqual({ ok: true, value: 20, text: '20' });
    expect(t(' 12.5 ')).toEqual({ ok: true, value: 12.5, text: '12.5' });
  });

  test('a trailing unit is stripped with a note', () => {
    expect(t('20人', { unit: '人' })).toEqual({ ok: true, value: 20, text: '20人', note: '“20人”读作 20' });
    expect(t('15天', { unit: '天' })).toMatchObject({ ok: true, value: 15 });
    expect(t('1.5万元', { unit: '万元' })).toMatchObject({ ok: true, value: 1.5, note: '“1.5万元”读作 1.5' });
  });

  test('a unit of another kind is unreadable', () => {
    expect(t('20天', { unit: '人' })).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(t('15000元', { unit: '人' })).toMatchObject({ ok: false, problem: 'unreadable' });
  });

  test('元 converts to 万元 exactly', () => {
    expect(t('15000元', { unit: '万元' })).toEqual({ ok: true, value: 1.5, text: '15000元', note: '“15000元”折合 1.5 万元' });
    expect(t('3000元', { unit: '万元' })).toMatchObject({ value: 0.3 });
    expect(t('1234.567元', { unit: '万元' })).toMatchObject({ value: 0.123457 });
    // header unit （元）: plain numbers are 元
    expect(t(150000, { unit: '万元', headerUnit: '元' })).toMatchObject({ ok: true, value: 15, note: '“150000”按表头单位元折合 15 万元' });
    expect(t('3000', { unit: '万元', headerUnit: '元' })).toMatchObject({ value: 0.3 });
    // header （万元） keeps the value
    expect(t(12, { unit: '万元', headerUnit: '万元' })).toEqual({ ok: true, value: 12, text: '12' });
    // 万元 written in a 元 column stays 万元
    expect(t('1.5万元', { unit: '万元', headerUnit: '元' })).toMatchObject({ value: 1.5 });
  });

  test('full-width digits, thousands separators and 约', () => {
    expect(t('２０')).toEqual({ ok: true, value: 20, text: '２０', note: '“２０”读作 20' });
    expect(t('１５．５')).toMatchObject({ value: 15.5 });
    expect(t('150,000元', { unit: '万元' })).toMatchObject({ value: 15 });
    expect(t('1，500')).toMatchObject({ ok: true, value: 1500 });
    expect(t('约20人', { unit: '人' })).toMatchObject({ ok: true, value: 20, note: '“约20人”读作 20' });
  });

  test('badly grouped thousands are not numbers', () => {
    expect(t('1,50')).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(t('15,0000')).toMatchObject({ ok: false, problem: 'unreadable' });
  });

  test('text that is not a number is unreadable, never 0', () => {
    for (const s of ['二十人', '待定', '若干', '20-25', '十五', '人', '万元', 'abc', '—']) {
      expect(t(s, { unit: '人' })).toMatchObject({ ok: false, problem: 'unreadable' });
    }
  });

  test('blank, errors, booleans and dates', () => {
    expect(readNumber(undefined)).toEqual({ ok: false, problem: 'blank', text: '' });
    expect(readNumber({ v: '  ' })).toMatchObject({ ok: false, problem: 'blank' });
    expect(readNumber({ v: null, err: '#N/A' })).toEqual({ ok: false, problem: 'error', text: '#N/A' });
    expect(readNumber({ v: true })).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(readNumber({ v: 45000, date: true })).toMatchObject({ ok: false, problem: 'unreadable' });
  });

  test('isUnitOnly recognises a unit placeholder', () => {
    expect(isUnitOnly('万元')).toBe(true);
    expect(isUnitOnly(' （万元） ')).toBe(true);
    expect(isUnitOnly('12万元')).toBe(false);
  });
});

// ------------------------------------------------------------------ properties

const FW = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const group = (int: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

describe('readNumber properties', () => {
  const amount = fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 })).map(([i, d]) => ({ int: String(i), dec: d === 0 ? '' : String(d).padStart(2, '0') }));

  test('no input throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.double(), fc.boolean()), fc.constantFrom(undefined, '人', '天', '万元', '元'), (v, unit) => {
        readNumber({ v }, unit ? { unit: unit as '人' } : {});
        readNumber({ v }, { unit: '万元', headerUnit: '元' });
      }),
    );
  });

  test('any number it accepts round-trips (with units, full width, thousands separators)', () => {
    fc.assert(
      fc.property(amount, fc.boolean(), fc.boolean(), fc.constantFrom('', '人', '天', '万元'), ({ int, dec }, wide, grouped, unit) => {
        const body = (grouped ? group(int) : int) + (dec ? '.' + dec : '');
        const text = (wide ? FW(body) : body) + unit;
        const want = unit === '' ? undefined : (unit as '人' | '天' | '万元');
        const r = readNumber({ v: text }, want ? { unit: want } : {});
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value).toBe(Number(int + (dec ? '.' + dec : '')));
      }),
    );
  });

  test('元 → 万元 is exact to 6 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (yuan) => {
        const r = readNumber({ v: `${yuan}元` }, { unit: '万元' });
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.value).toBe(Number((yuan / 10000).toFixed(6)));
          expect(Math.round(r.value * 10000)).toBe(yuan);
        }
      }),
    );
  });

  test('numbers round-trip as number cells', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const r = readNumber({ v: x });
        expect(r.ok && r.value === x).toBe(true);
        // its text form reads back equal (exponent forms such as 1e-7 are not how people type numbers)
        if (!/e/i.test(String(x))) {
          const back = parseNumberText(String(x));
          expect(back.ok && back.value === x).toBe(true);
        }
      }),
    );
  });

  test('no unreadable value becomes 0: text without digits is never ok', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !/[0-9０-９]/.test(s)), fc.constantFrom(undefined, '人', '天', '万元'), (s, unit) => {
        const r = readNumber({ v: s }, unit ? { unit: unit as '人' } : {});
        expect(r.ok).toBe(false);
      }),
    );
  });

  test('random text never reads as 0 unless it spells zero', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (s) => {
        const r = readNumber({ v: s });
        if (r.ok && r.value === 0) expect(s.replace(/[\s\u3000]/g, '')).toMatch(/^(约|大约|约合)?[+\-＋－]?[0０]*[.．]?[0０]*(人|天|日|元|万元|万|名|位|人次|左右)?$/);
      }),
    );
  });
});

test('huge and tiny number cells convert without NaN', () => {
  expect(readNumber({ v: 1e300 }, { unit: '万元', headerUnit: '元' })).toMatchObject({ ok: true, value: 1e296 });
  expect(readNumber({ v: 1e-7 }, { unit: '万元', headerUnit: '元' })).toMatchObject({ ok: true, value: 0 });
  expect(readNumber({ v: 5e-7 }, { unit: '元', headerUnit: '万元' })).toMatchObject({ ok: true, value: 0.005 });
});
