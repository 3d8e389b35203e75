/**
 * The kept inflater (inflate.ts) gives what a stream per part gives: the same bytes for any part,
 * the same error for a damaged or lying one, and a right answer for the next part after an error.
 */
import fc from 'fast-check';
import { deflateRawSync } from 'zlib';
import { inflateRaw, inflateRawOnce, inflaterKept, releaseInflater } from '../../../../src/hosts/files/read/inflate';

function outcome(fn: () => Uint8Array): { bytes?: number[]; error?: string } {
  try {
    return { bytes: Array.from(fn()) };
  } catch (e) {
    return { error: `${(e as { code?: string }).code ?? ''} ${(e as Error).message}` };
  }
}

const text = (n: number) => new TextEncoder().encode('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(n));

describe('inflateRaw (one inflater kept)', () => {
  it('keeps one inflater on this Node (Node 20: zlib.InflateRaw holds a reusable handle)', () => {
    expect(inflaterKept()).toBe(true);
  });

  // the merge child's snapshot is taken after a warm-up (merge/warmUp.ts): the inflater is closed, the next part makes another
  it('makes a new inflater after releaseInflater, and inflates right with it', () => {
    const raw = text(50);
    expect(Buffer.from(inflateRaw(deflateRawSync(raw), raw.length)).equals(Buffer.from(raw))).toBe(true);
    releaseInflater();
    releaseInflater();
    expect(Buffer.from(inflateRaw(deflateRawSync(raw), raw.length)).equals(Buffer.from(raw))).toBe(true);
    expect(inflaterKept()).toBe(true);
  });

  it('inflates any part as a stream per part does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.integer({ min: 0, max: 9 }), (raw, level) => {
        const data = deflateRawSync(raw, { level });
        expect(Buffer.from(inflateRaw(data, raw.length)).equals(Buffer.from(raw))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a part that inflates past its stated size: the same error, and the next part is right', () => {
    const big = text(200);
    const data = deflateRawSync(big);
    for (const stated of [0, 10, big.length - 2]) {
      const once = outcome(() => inflateRawOnce(data, stated));
      expect(once.error).toMatch(/ERR_BUFFER_TOO_LARGE/);
      expect(outcome(() => inflateRaw(data, stated))).toEqual(once);
    }
    // one byte more than stated fills the room exactly: both give it back (zip.ts: a size lie)
    expect(inflateRaw(data, big.length - 1).length).toBe(big.length);
    expect(outcome(() => inflateRaw(data, big.length - 1))).toEqual(outcome(() => inflateRawOnce(data, big.length - 1)));
    expect(Array.from(inflateRaw(data, big.length))).toEqual(Array.from(big));
  });

  it('a part stating more than it holds gives what it holds (zip.ts calls that a size lie)', () => {
    const small = text(3);
    const data = deflateRawSync(small);
    expect(inflateRaw(data, small.length + 50).length).toBe(small.length);
    expect(outcome(() => inflateRaw(data, small.length + 50))).toEqual(outcome(() => inflateRawOnce(data, small.length + 50)));
  });

  it('a cut or damaged stream: the same error as a stream per part, and the next part is right', () => {
    const t = text(50);
    const data = deflateRawSync(t);
    const cut = data.subarray(0, data.length >> 1);
    const damaged = Uint8Array.from(data, (b, i) => (i > 2 && i < 40 ? b ^ 0xa5 : b));
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x13]);
    for (const bad of [cut, damaged, garbage, new Uint8Array(0)]) {
      const once = outcome(() => inflateRawOnce(bad, t.length));
      expect(outcome(() => inflateRaw(bad, t.length))).toEqual(once);
      expect(Array.from(inflateRaw(data, t.length))).toEqual(Array.from(t));
    }
  });

  it('an empty part and a stored-looking empty stream', () => {
    const data = deflateRawSync(new Uint8Array(0));
    expect(inflateRaw(data, 0).length).toBe(0);
  });
});
