import fc from 'fast-check';
import { isMainlandPhone, readsAsMainlandPhone, splitPhones } from '../../../src/core/values/phone';

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
  describe('the shortcut for one plain number says what the full reading says', () => {
    // digits and the few characters that make a number plain or not
    const text = fc.array(fc.constantFrom('0', '1', '3', '5', '7', '8', '9', '2', '-', ' ', '+', '、', '（', '）', '转', '\n', '１'), { maxLength: 16 }).map((a) => a.join(''));
    const plain = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat({ max: 999_999_999 })).map(([a, b]) => `1${a}${String(b).padStart(9, '0')}`),
      fc.tuple(fc.nat({ max: 999 }), fc.boolean(), fc.nat({ max: 99_999_999 }), fc.integer({ min: 2, max: 3 }), fc.integer({ min: 7, max: 8 })).map(
        ([area, dash, n, al, nl]) => `0${String(area).padStart(3, '0').slice(0, al)}${dash ? '-' : ''}${String(n).padStart(8, '0').slice(0, nl)}`,
      ),
    );
    it('on texts near a number', () => fc.assert(fc.property(text, (s) => expect(isMainlandPhone(s)).toBe(readsAsMainlandPhone(s))), { numRuns: 3000 }));
    it('on plain numbers and their neighbours', () =>
      fc.assert(
        fc.property(plain, text, (n, tail) => {
          for (const s of [n, n + tail, tail + n, n.slice(1), n.slice(0, -1)]) expect(isMainlandPhone(s)).toBe(readsAsMainlandPhone(s));
        }),
        { numRuns: 2000 },
      ));
    it('takes the shortcut for the usual cells', () => {
      for (const s of ['13912345678', '0571-87054069', '057187054069', '010-5888423']) expect([isMainlandPhone(s), readsAsMainlandPhone(s)]).toEqual([true, true]);
      for (const s of ['12912345678', '0571-870540', '1391234567']) expect([isMainlandPhone(s), readsAsMainlandPhone(s)]).toEqual([false, false]);
    });
  });
});
