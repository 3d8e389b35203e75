// the core's public API, as bench/ce.js takes it from lib/core/index.js
import * as core from '../../src/core';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { benchCe, generateRegister } = require('../../bench/ce.js');

describe('benchCe (figures only; no timing assertion)', () => {
  it('reads and tallies every generated row', () => {
    expect(generateRegister(10)).toHaveLength(11);
    const r = benchCe(1000, core);
    expect(r.rows).toBe(1000);
    // 50 people × 5 years, once per basis (ce2007 and cas)
    expect(r.persons).toBe(500);
    expect(r.findings).toBeGreaterThan(0);
  });
});
