import { currencyName, decimal, exceedsExactly, feeCap, mergeRates, mergeStandards, normaliseCurrency, SHIPPED_STANDARDS } from '../../../src/core/tallies/fee';
import { project, rate, standard } from '../rules/builders';

describe('fee cap', () => {
  it('ships only the three cited standards and no rate', () => {
    expect(SHIPPED_STANDARDS.map((s) => `${s.country} ${s.feePerDay} ${s.currency}`)).toEqual(['美国 87 USD', '德国 66 EUR', '日本 8400 JPY']);
  });
  it('computes 人数 × 天数 × 标准 × 汇率 ÷ 10000', () => {
    const cap = feeCap(project({ countries: ['日本'], people: 20, days: 7 }), SHIPPED_STANDARDS, [rate('日元', 0.048)]);
    expect(cap).toMatchObject({ ok: true, capWan: 5.6448, country: '日本' }); // 20×7×8400×0.048/10000
  });
  it('compares exactly: at the cap passes, 0.0001 over fails, despite float products', () => {
    // 0.1 × 3 is 0.30000000000000004 in floats
    expect(exceedsExactly(0.003, [1, 1, 0.1, 300])).toBe(false);
    expect(exceedsExactly(0.0031, [1, 1, 0.1, 300])).toBe(true);
    expect(decimal(1e-7)).toEqual({ n: 1n, scale: 7 });
  });
  it('says why it cannot compute', () => {
    expect(feeCap(project({ countries: ['法国'] }), SHIPPED_STANDARDS, [])).toMatchObject({ ok: false, reason: 'no-standard', country: '法国' });
    expect(feeCap(project({ countries: ['美国'] }), SHIPPED_STANDARDS, [])).toMatchObject({ ok: false, reason: 'no-rate' });
    expect(feeCap(project({ countries: ['美国'], people: { error: '#N/A' } }), SHIPPED_STANDARDS, [rate('USD', 7)])).toMatchObject({ ok: false, reason: 'needs' });
  });
  it('lets later standards and rates win, matching currencies by name or code', () => {
    expect(mergeStandards(SHIPPED_STANDARDS, [standard('美国', 'USD', 100)]).find((s) => s.country === '美国')!.feePerDay).toBe(100);
    expect(mergeRates([rate('美元', 7)], [rate('USD', 7.2)])).toHaveLength(1);
    expect(normaliseCurrency('欧元')).toBe('EUR');
  });
  it('reads a currency named like an Object.prototype member as text, not as a lookup', () => {
    expect(normaliseCurrency('constructor')).toBe('CONSTRUCTOR');
    expect(normaliseCurrency('__proto__')).toBe('__PROTO__');
    expect(currencyName('toString')).toBe('toString');
    expect(currencyName('USD')).toBe('美元');
  });
});
