/**
 * util.ts where the rule tests leave it: `ok` on each kind of reading, the theme cell of a project whose
 * first field is not the theme (a form that starts with 组团单位), the header of a 第N天 schedule.
 */
import fc from 'fast-check';
import { codePointLength, ok, scheduleHeader, themeRef } from '../../../src/core/rules/util';
import { project, reading, ref, schedule } from './builders';

describe('ok', () => {
  it('gives the value of a reading that was read, else undefined', () => {
    expect(ok(reading<number>('需求表', 'D2', 20))).toBe(20);
    expect(ok(reading<number>('需求表', 'D2', 0))).toBe(0);
    expect(ok(reading<number>('需求表', 'D2', { bad: '二十' }))).toBeUndefined();
    expect(ok(reading<number>('需求表', 'D2', ''))).toBeUndefined();
    expect(ok(null)).toBeUndefined();
    expect(ok(undefined)).toBeUndefined();
  });
});

describe('themeRef of a form that starts with 组团单位', () => {
  it('is the theme cell, not the first field', () => {
    const p = project({ layout: 'form' });
    const { unit, theme, ...rest } = p.fields;
    p.fields = { unit, ...rest, theme };
    expect(Object.keys(p.fields)[0]).toBe('unit');
    expect(themeRef(p)).toEqual(ref('需求表', 'A2'));
  });
});

describe('scheduleHeader of a 第N天 schedule (no date cells)', () => {
  it('spans the header row to the last column any row uses', () => {
    expect(scheduleHeader(schedule('P1', [{ day: 1, city: '柏林' }, { day: 2, city: '柏林' }]))).toEqual({ sheet: '日程表', cell: 'A1:G1' });
  });
});

describe('codePointLength (ZJ-GENERAL-PROJECT counts a theme\'s characters)', () => {
  it('is what the string iterator counts, surrogate pairs and lone halves included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => expect(codePointLength(s)).toBe([...s].length)), { numRuns: 2000 });
    fc.assert(fc.property(fc.array(fc.constantFrom('a', '培', '𠀋', '\ud800', '\udc00', '😀')).map((a) => a.join('')), (s) => expect(codePointLength(s)).toBe([...s].length)), { numRuns: 2000 });
    expect(['', '培训', '𠀋培', '\ud800', '\udc00\ud800', '\ud800\udc00'].map(codePointLength)).toEqual([0, 2, 2, 1, 2, 1]);
  });
});
