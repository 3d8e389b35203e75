import { benchCe, generateRegister } from '../../../src/core/ce/benchmark';

describe('benchCe (figures only; no timing assertion)', () => {
  it('reads and tallies every generated row', () => {
    expect(generateRegister(10)).toHaveLength(11);
    const r = benchCe(1000);
    expect(r.rows).toBe(1000);
    // 50 people × 5 years, once per basis (ce2007 and cas)
    expect(r.persons).toBe(500);
    expect(r.findings).toBeGreaterThan(0);
  });
});
