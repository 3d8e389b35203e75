/**
 * Evaluation sampling — 中国科学院继续教育与培训指导意见 三(三):
 * "院每年抽选20%左右的单位开展继续教育评估…五年进行一次轮评"。
 *
 * Years are grouped into five-year cycles from `baseYear` (cycle = floor((year − baseYear) / 5)).
 * For each cycle, a PRNG seeded from the seed string and the cycle number shuffles the units
 * (sorted first, so the order they are given in does not matter); the permutation is split into five
 * near-equal parts (sizes differ by at most 1), and the year's offset in its cycle picks the part.
 * So every unit is drawn exactly once per cycle, never twice, and the draw is reproducible from
 * (seed, year, baseYear, units).
 *
 * Units added mid-cycle: give them with `since` (the first year they can be evaluated). A unit whose
 * `since` is after the cycle's first year is kept out of the cycle's permutation, so the other units'
 * draws do not move; it is placed, by its own hash, in one of the cycle's years from `since` on, and is
 * drawn once in that cycle (one year's draw may then be one larger). A unit whose `since` is after the
 * year asked about is not drawn that year. Units removed mid-cycle: keep them in the list until the
 * cycle ends (drop them from the result if they no longer exist); removing them reshuffles the cycle.
 */

export interface SampleUnit {
  name: string;
  /** First year the unit exists (joined mid-cycle); absent: it has always been there. */
  since?: number;
}

export interface SampleOptions {
  seed: string;
  year: number;
  /** First year of the first cycle (e.g. the year sampling began). */
  baseYear: number;
}

export interface EvaluationSample {
  year: number;
  /** 0-based cycle number: floor((year − baseYear) / 5). */
  cycle: number;
  /** First and last year of the cycle. */
  cycleStart: number;
  cycleEnd: number;
  /** 0..4: which of the cycle's five parts this year draws. */
  part: number;
  /** The units drawn this year, in the permutation's order. */
  units: string[];
  /** Units in the cycle (all five years). */
  cycleSize: number;
}

export const CYCLE_YEARS = 5;

/** cyrb128: a string → four 32-bit seeds (public-domain hash by bryc). */
function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32: a small, fast PRNG with 128 bits of state; returns floats in [0, 1). */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** A deterministic PRNG from a string key. */
export function prng(key: string): () => number {
  const rand = sfc32(...cyrb128(key));
  for (let i = 0; i < 15; i++) rand(); // mix the state before use
  return rand;
}

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Splits a list into `k` consecutive parts whose sizes differ by at most 1 (larger parts first). */
export function splitEven<T>(items: readonly T[], k: number): T[][] {
  const parts: T[][] = [];
  const base = Math.floor(items.length / k);
  const extra = items.length % k;
  let i = 0;
  for (let p = 0; p < k; p++) {
    const size = base + (p < extra ? 1 : 0);
    parts.push(items.slice(i, i + size));
    i += size;
  }
  return parts;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The whole cycle's plan: for each of its five years, the units drawn (index = year offset). */
export function cyclePlan(units: readonly (string | SampleUnit)[], seed: string, cycle: number, baseYear: number): string[][] {
  const cycleStart = baseYear + cycle * CYCLE_YEARS;
  const seen = new Map<string, SampleUnit>();
  for (const u of units) {
    const unit = typeof u === 'string' ? { name: u } : u;
    const name = unit.name.trim();
    if (!name) continue;
    const prev = seen.get(name);
    // The same unit listed twice: the earlier `since` wins.
    if (!prev || (unit.since ?? -Infinity) < (prev.since ?? -Infinity)) seen.set(name, { name, since: unit.since });
  }
  const founding = [...seen.values()].filter((u) => u.since === undefined || u.since <= cycleStart).map((u) => u.name);
  founding.sort(cmp);
  const rand = prng(`${seed}\u0000cycle:${cycle}`);
  for (let i = founding.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [founding[i], founding[j]] = [founding[j], founding[i]];
  }
  const plan = splitEven(founding, CYCLE_YEARS);
  // Late joiners: each by its own hash into a year from its `since` to the cycle's end.
  const late = [...seen.values()].filter((u) => u.since !== undefined && u.since > cycleStart && u.since < cycleStart + CYCLE_YEARS);
  late.sort((a, b) => cmp(a.name, b.name));
  for (const u of late) {
    const first = u.since! - cycleStart;
    const span = CYCLE_YEARS - first;
    const offset = first + Math.floor(prng(`${seed}\u0000cycle:${cycle}\u0000late:${u.name}`)() * span);
    plan[offset].push(u.name);
  }
  return plan;
}

/** This year's draw: about 20% of the units, each unit once in its five-year cycle. */
export function drawEvaluationSample(units: readonly (string | SampleUnit)[], opts: SampleOptions): EvaluationSample {
  const { seed, year, baseYear } = opts;
  if (!Number.isInteger(year) || !Number.isInteger(baseYear)) throw new RangeError('年份应为整数');
  const cycle = floorDiv(year - baseYear, CYCLE_YEARS);
  const cycleStart = baseYear + cycle * CYCLE_YEARS;
  const part = year - cycleStart;
  const plan = cyclePlan(units, seed, cycle, baseYear);
  return {
    year,
    cycle,
    cycleStart,
    cycleEnd: cycleStart + CYCLE_YEARS - 1,
    part,
    units: plan[part],
    cycleSize: plan.reduce((n, p) => n + p.length, 0),
  };
}
