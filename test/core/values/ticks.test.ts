import fc from 'fast-check';
import { parseInstitutionCell, parseTicks, parseYesNoWord } from '../../../src/core/values/ticks';

describe('parseTicks (C-CHECKBOX)', () => {
  test.each([
    ['有☑（资助方XX基金会）否☐', true, false, 'XX基金会'],
    ['有☐（资助方_____）否☑', false, true, ''],
    ['有 ☐ （资助方_____） 否 ☐', false, false, ''],
    ['有☑（资助方____）否☑', true, true, ''],
    ['有√（资助方：德国DAAD）否□', true, false, '德国DAAD'],
    ['有■(资助方 ) 否□', true, false, ''],
    ['有X（资助方XX）否☐', true, false, 'XX'],
    ['有☐（资助方XX）否x', false, true, 'XX'],
    ['☑有 ☐无', true, false, undefined],
    ['☐有 ✔无', false, true, undefined],
    ['是☐ 否✓', false, true, undefined],
    ['有 <input type="checkbox"/> （资助方_____）否 <input type="checkbox"/>', false, false, ''],
  ])('%s', (text, yes, no, sponsor) => {
    const r = parseTicks(text);
    expect(r).toMatchObject({ yes, no, understood: true });
    expect(r.inlineSponsor).toBe(sponsor);
  });
  test('words answer in list layout', () => {
    expect(parseTicks('有')).toMatchObject({ yes: true, no: false, understood: true });
    expect(parseTicks('否')).toMatchObject({ yes: false, no: true, understood: true });
    expect(parseTicks('无')).toMatchObject({ yes: false, no: true });
  });
  test('text without options is not understood', () => {
    expect(parseTicks('不清楚')).toMatchObject({ yes: false, no: false, understood: false });
    expect(parseTicks('')).toMatchObject({ understood: false });
  });
  test('parseYesNoWord', () => {
    expect(parseYesNoWord('是')).toBe(true);
    expect(parseYesNoWord(' 否 ')).toBe(false);
    expect(parseYesNoWord('Y')).toBe(true);
    expect(parseYesNoWord('参公')).toBe(true);
    expect(parseYesNoWord('可能')).toBeNull();
  });
  test('no input throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => { parseTicks(s); parseInstitutionCell(s); }));
  });
});

describe('parseInstitutionCell', () => {
  test('name and partner ticks in one cell', () => {
    expect(parseInstitutionCell('机构名称：慕尼黑工业大学（是否境外培训合作机构是☑否☐）')).toMatchObject({ name: '慕尼黑工业大学', partner: { yes: true, no: false } });
    expect(parseInstitutionCell('机构名称: (是否境外培训合作机构是 ☐ 否 ☐)')).toMatchObject({ name: '', partner: { yes: false, no: false, understood: true } });
    expect(parseInstitutionCell('机构名称：XX大学')).toEqual({ name: 'XX大学', partner: null });
    expect(parseInstitutionCell('荷兰瓦赫宁根大学')).toEqual({ name: '荷兰瓦赫宁根大学', partner: null });
  });
});
