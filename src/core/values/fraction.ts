/**
 * Exact fractions for day counting (RULES.md: "Ratio comparisons are exact … a float sum must not
 * turn exactly 1/3 into 0.33333333333333326"). Day shares are ½, 1, 0 or 1/n, so small integers suffice.
 */
export interface Fraction {
  readonly n: number;
  readonly d: number;
}

export function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1;
}

export function frac(n: number, d = 1): Fraction {
  if (d === 0) throw new RangeError('fraction with zero denominator');
  if (d < 0) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}

export const ZERO = frac(0);
export const ONE = frac(1);
export const HALF = frac(1, 2);

export function add(a: Fraction, b: Fraction): Fraction {
  return frac(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function mul(a: Fraction, b: Fraction): Fraction {
  return frac(a.n * b.n, a.d * b.d);
}

export function div(a: Fraction, b: Fraction): Fraction {
  return frac(a.n * b.d, a.d * b.n);
}

/**
 * A running exact sum that reduces once, at the end: `add` in a loop allocates and reduces a fraction
 * per term (a schedule adds a ½ per row). Terms are kept over the least common denominator so far.
 */
export class FractionSum {
  private n = 0;
  private d = 1;

  add(f: Fraction): void {
    if (f.n === 0) return;
    if (f.d === this.d) {
      this.n += f.n;
      return;
    }
    const l = (this.d / gcd(this.d, f.d)) * f.d;
    this.n = this.n * (l / this.d) + f.n * (l / f.d);
    this.d = l;
  }

  /** The sum, reduced (ZERO's value when nothing was added). */
  value(): Fraction {
    return frac(this.n, this.d);
  }
}

/** -1, 0 or 1 as a < b, a = b, a > b (exact). */
export function compare(a: Fraction, b: Fraction): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function toNumber(a: Fraction): number {
  return a.n / a.d;
}

/** Parses a parameter such as `2/3`, `0.5` or a number into a fraction (decimals to 1e-6). */
export function parseFraction(x: string | number): Fraction | null {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) return null;
    return frac(Math.round(x * 1e6), 1e6);
  }
  const m = /^\s*(-?\d+)\s*\/\s*(\d+)\s*$/.exec(x);
  if (m) return Number(m[2]) === 0 ? null : frac(Number(m[1]), Number(m[2]));
  const v = Number(x);
  return x.trim() !== '' && Number.isFinite(v) ? parseFraction(v) : null;
}

/** Days as people write them: 9, 9.5, 9⅓ shown as 9.33. */
export function formatDays(a: Fraction): string {
  const v = toNumber(a);
  return Number.isInteger(v) ? String(v) : (Math.round(v * 100) / 100).toString();
}

/** A share as a percentage with one decimal (60.0%). */
export function formatPercent(a: Fraction): string {
  return `${(toNumber(a) * 100).toFixed(1)}%`;
}
