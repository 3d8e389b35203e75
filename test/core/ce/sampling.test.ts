import fc from 'fast-check';
import { cyclePlan, drawEvaluationSample, splitEven } from '../../../src/core/ce/sampling';

const unitNames = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s !== ''), { minLength: 0, maxLength: 120 });
const seeds = fc.string({ maxLength: 12 });
const years = fc.integer({ min: 1990, max: 2100 });

/** The five draws of the cycle holding `year`. */
function cycleDraws(units: string[], seed: string, year: number, baseYear: number): string[][] {
  const first = drawEvaluationSample(units, { seed, year, baseYear });
  return [0, 1, 2, 3, 4].map((i) => drawEvaluationSample(units, { seed, year: first.cycleStart + i, baseYear }).units);
}

describe('drawEvaluationSample (中国科学院 三(三): 每年抽选20%左右…五年进行一次轮评)', () => {
  it('draws about 20% a year: the five years\' sizes differ by at most 1', () => {
    fc.assert(
      fc.property(unitNames, seeds, years, years, (units, seed, year, baseYear) => {
        const sizes = cycleDraws(units, seed, year, baseYear).map((d) => d.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        for (const s of sizes) expect(Math.abs(s - units.length / 5)).toBeLessThan(1);
      }),
    );
  });

  it('draws every unit within the five years of a cycle, and none twice', () => {
    fc.assert(
      fc.property(unitNames, seeds, years, years, (units, seed, year, baseYear) => {
        const all = cycleDraws(units, seed, year, baseYear).flat();
        expect(all.length).toBe(units.length);
        expect(new Set(all).size).toBe(all.length);
        expect([...all].sort()).toEqual([...units].sort());
      }),
    );
  });

  it('is reproducible: same seed, year and units → same draw, whatever order the units come in', () => {
    fc.assert(
      fc.property(unitNames, seeds, years, (units, seed, year) => {
        const a = drawEvaluationSample(units, { seed, year, baseYear: 2020 });
        const b = drawEvaluationSample([...units].reverse(), { seed, year, baseYear: 2020 });
        expect(b).toEqual(a);
      }),
    );
  });

  it('a different seed gives a different draw for 10 or more units', () => {
    // Fixed fast-check seed: the property is deterministic (two seeds could, by chance, share a plan).
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 200 }), seeds, seeds, years, (n, s1, s2, year) => {
        fc.pre(s1 !== s2);
        const units = Array.from({ length: n }, (_, i) => `单位${i + 1}`);
        const cycle = Math.floor((year - 2020) / 5);
        expect(cyclePlan(units, s1, cycle, 2020)).not.toEqual(cyclePlan(units, s2, cycle, 2020));
      }),
      { seed: 20240601, numRuns: 300 },
    );
  });

  it('reshuffles for a new cycle', () => {
    const units = Array.from({ length: 50 }, (_, i) => `单位${i + 1}`);
    expect(cyclePlan(units, 's', 0, 2020)).not.toEqual(cyclePlan(units, 's', 1, 2020));
  });

  it('places years in cycles from baseYear (also before it)', () => {
    const units = ['甲', '乙', '丙', '丁', '戊'];
    expect(drawEvaluationSample(units, { seed: 's', year: 2024, baseYear: 2020 })).toMatchObject({ cycle: 0, part: 4, cycleStart: 2020, cycleEnd: 2024 });
    expect(drawEvaluationSample(units, { seed: 's', year: 2025, baseYear: 2020 })).toMatchObject({ cycle: 1, part: 0, cycleStart: 2025 });
    expect(drawEvaluationSample(units, { seed: 's', year: 2019, baseYear: 2020 })).toMatchObject({ cycle: -1, part: 4, cycleStart: 2015 });
    expect(drawEvaluationSample(units, { seed: 's', year: 2024, baseYear: 2020 }).units).toHaveLength(1);
  });

  it('units added mid-cycle are drawn once, from their first year on, without moving the others', () => {
    fc.assert(
      fc.property(unitNames, fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 10 }), seeds, fc.integer({ min: 2021, max: 2024 }), (units, lateIds, seed, since) => {
        const late = lateIds.map((i) => ({ name: `新单位${i}`, since }));
        const before = cycleDraws(units, seed, 2020, 2020);
        const after = cycleDraws([...units, ...late] as never, seed, 2020, 2020);
        // the founding units keep their years
        after.forEach((d, i) => expect(d.filter((u) => !u.startsWith('新单位'))).toEqual(before[i]));
        // each late unit exactly once, not before it exists
        for (const u of late) {
          const yearsDrawn = after.map((d, i) => (d.includes(u.name) ? 2020 + i : -1)).filter((y) => y >= 0);
          expect(yearsDrawn).toHaveLength(1);
          expect(yearsDrawn[0]).toBeGreaterThanOrEqual(since);
        }
      }),
    );
  });

  it('ignores blank names and repeats', () => {
    const d = cycleDraws(['甲', ' ', '甲', '乙'], 's', 2020, 2020).flat();
    expect(d.sort()).toEqual(['乙', '甲']);
  });
});

describe('splitEven', () => {
  it('splits into parts whose sizes differ by at most 1, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 9 }), (xs, k) => {
        const parts = splitEven(xs, k);
        expect(parts).toHaveLength(k);
        expect(parts.flat()).toEqual(xs);
        const sizes = parts.map((p) => p.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
