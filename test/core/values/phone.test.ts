import fc from 'fast-check';
import { isMainlandPhone, splitPhones } from '../../../src/core/values/phone';

describe('isMainlandPhone (C-PHONE)', () => {
  test.each([
    '0571-87054069', '057187054069', '(0571)87054069', '（0571）87054069', '010-58884238', '13812345678', '138 1234 5678', '+8613812345678',
    '0571-87054069转8001', '0571-87054069-8001', '13812345678、0571-87054069', '010-58884238，58884236', '0571-87054069/13812345678',
    '４００-８００-１２３４', '0571 87054069',
  ])('%s is a phone', (s) => expect(isMainlandPhone(s)).toBe(true));
  test.each(['12345', '1381234567', '23812345678', '12812345678', '87054069', '电话待定', '', '0571-123', '138123456789'])('%s is not', (s) =>
    expect(isMainlandPhone(s)).toBe(false),
  );
  test('splitPhones', () => expect(splitPhones('13812345678、0571-87054069；010-1234567')).toEqual(['13812345678', '0571-87054069', '010-1234567']));
  test('no input throws', () => fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => { isMainlandPhone(s); })));
});
