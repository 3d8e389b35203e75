/** The pure SHA-256 used where crypto.subtle is missing (browser mode over plain http) agrees with Node's. */
import { createHash } from 'crypto';
import { sha256Hex, sha256HexSync } from '../../src/taskpane/sha256';

const node = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('sha256', () => {
  it('matches Node at the padding boundaries and on a larger input', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 70_000]) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(sha256HexSync(b)).toBe(node(b));
    }
    expect(sha256HexSync(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('a changed byte changes the hash', () => {
    const a = new Uint8Array(100);
    const b = a.slice();
    b[99] = 1;
    expect(sha256HexSync(a)).not.toBe(sha256HexSync(b));
  });

  it('the async form gives the same hex (crypto.subtle where present)', async () => {
    const b = new TextEncoder().encode('需求表');
    expect(await sha256Hex(b)).toBe(node(b));
  });
});
