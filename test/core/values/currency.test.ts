import fc from 'fast-check';
import { currencyOfCountry, normaliseCurrency } from '../../../src/core/values/currency';

describe('normaliseCurrency', () => {
  test.each([
    ['美元', 'USD'], ['美金', 'USD'], ['US$', 'USD'], ['欧元', 'EUR'], ['€', 'EUR'], ['日圆', 'JPY'], ['港币', 'HKD'],
    ['人民币', 'CNY'], ['RMB', 'CNY'], ['eur', 'EUR'], [' 英 镑 ', 'GBP'], ['(USD)', 'USD'], ['瑞士法郎', 'CHF'],
  ])('%s → %s', (text, code) => expect(normaliseCurrency(text)).toBe(code));

  test('unknown words are null, not a guess', () => {
    expect(normaliseCurrency('')).toBeNull();
    expect(normaliseCurrency('   ')).toBeNull();
    expect(normaliseCurrency('贝壳')).toBeNull();
    expect(normaliseCurrency('dollars')).toBeNull();
  });

  test('no input throws; an accepted value is a three-letter upper-case code and is stable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const c = normaliseCurrency(s);
        if (c !== null) {
          expect(c).toMatch(/^[A-Z]{3}$/);
          expect(normaliseCurrency(c)).toBe(c);
        }
      }),
    );
  });
});

describe('currencyOfCountry', () => {
  test('a country with a standard has its currency; an unknown one has none', () => {
    expect(currencyOfCountry('德国')).toBe('EUR');
    expect(currencyOfCountry('美国')).toBe('USD');
    expect(currencyOfCountry('日本')).toBe('JPY');
    expect(currencyOfCountry('不存在国')).toBeNull();
  });
});
