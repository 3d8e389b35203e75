import { dateKind, formatCode, isBuiltinDateId, isDateFormat } from '../../../../src/hosts/files/read/numfmt';

describe('isDateFormat', () => {
  it.each([
    'yyyy-mm-dd',
    'yyyy\\-mm\\-dd',
    'yyyy"年"m"月"d"日"',
    'yyyy\\年m\\月d\\日',
    'm/d/yy',
    'h:mm',
    '[h]:mm:ss',
    '[$-804]yyyy"年"m"月"',
    '上午/下午h"时"mm"分"',
    'hh:mm AM/PM',
    '[DBNum1]yyyy"年"m"月"d"日"',
    // era and Buddhist years (ExcelDataReader's StringContinuationAfterCharacterData.xls: [$-411]e)
    '[$-411]e',
    '[$-411]ggge"年"m"月"d"日"',
    '[$-41E]bbbb',
  ])('%s is a date', (code) => expect(isDateFormat(code)).toBe(true));

  it.each([
    'General',
    '0.00',
    '#,##0',
    '[Red]0.00',
    '[Blue]#,##0;[Red]-#,##0',
    '0.00"万元"',
    '#,##0 "天数"',
    '0.0%',
    '0.00E+00',
    '@',
    '_(* #,##0_);_(* (#,##0)',
    '\\d0',
    '0;yyyy',
    // the letters of General and of a scientific exponent are not era years
    '[Red]General',
    'G/通用格式',
    'G/通用格式"人"',
    '[DBNum1][$-804]G/通用格式',
    'G/標準',
    'General;[Red]-General',
    '0.0E0',
    '##0.0E+0',
    '0.00e-00',
  ])('%s is not a date', (code) => expect(isDateFormat(code)).toBe(false));
});

describe('dateKind: a day, or only a time or duration (1904 workbooks move days only)', () => {
  it.each([
    ['yyyy-mm-dd', 'day'],
    ['m"月"d"日"', 'day'],
    ['yyyy-mm', 'day'],
    ['mmm', 'day'],
    ['yyyy-mm-dd hh:mm:ss', 'day'],
    ['[$-411]e', 'day'],
    ['h:mm', 'time'],
    ['hh:mm:ss', 'time'],
    ['mm:ss', 'time'],
    ['[h]:mm:ss', 'time'],
    ['[mm]:ss', 'time'],
    ['[hh]:mm', 'time'],
    ['h"时"mm"分"', 'time'],
    ['上午/下午h"时"mm"分"', 'time'],
    ['hh:mm AM/PM', 'time'],
    ['[=0]?;[<4.17][hh]:mm:ss;[hh]:mm', 'time'],
    ['0.00', 'none'],
    ['General', 'none'],
  ])('%s → %s', (code, kind) => expect(dateKind(code)).toBe(kind));
});

describe('built-in ids', () => {
  it.each([
    [13, false],
    [14, true],
    [22, true],
    [23, false],
    [26, false],
    [27, true],
    [36, true],
    [37, false],
    [44, false],
    [45, true],
    [47, true],
    [48, false],
    [49, false],
    [50, true],
    [58, true],
    [59, false],
  ])('id %i date: %s', (id, date) => expect(isBuiltinDateId(id)).toBe(date));

  it('gives the code for an id, custom codes first, undefined for General', () => {
    expect(formatCode(0, undefined)).toBeUndefined();
    expect(formatCode(2, undefined)).toBe('0.00');
    expect(formatCode(164, new Map([[164, 'yyyy-mm-dd']]))).toBe('yyyy-mm-dd');
    expect(formatCode(164, new Map([[164, 'General']]))).toBeUndefined();
    expect(formatCode(165, new Map())).toBeUndefined();
  });
});
