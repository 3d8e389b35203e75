/** The terminal's masking of 身份证号 in `peixun ce` (src/cli/ce.ts), at its edges. */
import { maskIdNumber, maskIdsInText } from '../../src/cli/ce';

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 of an 18-character ID', () => {
    expect(maskIdNumber('330102199001011234')).toBe('330102********1234');
    expect(maskIdNumber('33010219900101123X')).toBe('330102********123X');
  });

  it('masks a 15-digit ID the same way, and a short number all but its last 4', () => {
    expect(maskIdNumber('330102900101123')).toBe('330102*****1123');
    expect(maskIdNumber('12345678')).toBe('****5678');
    expect(maskIdNumber('1234')).toBe('****');
  });
});

describe('maskIdsInText', () => {
  it('masks IDs inside Chinese text, and only whole 15- or 18-character IDs', () => {
    expect(maskIdsInText('身份证号“330102199001011234”对应2个不同的姓名')).toBe('身份证号“330102********1234”对应2个不同的姓名');
    expect(maskIdsInText('33010219900101123x（第2行）')).toBe('330102********123x（第2行）');
    expect(maskIdsInText('工资总额 1234567890123456 元')).toBe('工资总额 1234567890123456 元'); // 16 digits: not an ID
    expect(maskIdsInText('学时 72，第 3 行')).toBe('学时 72，第 3 行');
  });
});
