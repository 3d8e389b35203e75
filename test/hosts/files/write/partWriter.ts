/** Shared checks of PartWriter (write/zip.ts), run with fflate (zip.test.ts) and with zlib (zip-node.test.ts). */
import { unzipSync } from 'fflate';
import { crc32, PartWriter, PIECE_CHARS, zipEntries } from '../../../../src/hosts/files/write/zip';

const enc = new TextEncoder();

/** `n` rows of XML text, CJK and ASCII, as the writer sends them (one string a row). */
export function rowsText(n: number): string[] {
  const out: string[] = [];
  for (let r = 1; r <= n; r++) out.push(`<row r="${r}"><c r="A${r}" t="s"><v>${r % 97}</v></c><c r="B${r}"><is><t>培训班主题${r}</t></is></c></row>`);
  return out;
}

export function partWriterTests(): void {
  test('a part within one piece comes back as plain bytes (deflated with the other entries, as before)', () => {
    const pieces = rowsText(100);
    expect(pieces.join('').length).toBeLessThan(PIECE_CHARS);
    const w = new PartWriter(3);
    for (const p of pieces) w.write(p);
    const part = w.finish();
    expect(part).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(part as Uint8Array)).toBe(pieces.join(''));
  });

  test('a part of several pieces is deflated as it is written and reads back byte for byte, with its CRC and size', () => {
    const pieces = rowsText(12000);
    const text = pieces.join('');
    expect(text.length).toBeGreaterThan(3 * PIECE_CHARS);
    const w = new PartWriter(3);
    for (const p of pieces) w.write(p);
    const part = w.finish();
    expect(part).not.toBeInstanceOf(Uint8Array);
    const bytes = enc.encode(text);
    const d = part as Exclude<typeof part, Uint8Array>;
    expect(d.size).toBe(bytes.length);
    expect(d.crc).toBe(crc32(bytes));
    expect(d.compSize).toBeLessThan(bytes.length / 5);
    const zip = zipEntries([['a.txt', enc.encode('first')], ['xl/worksheets/sheet1.xml', part], ['z.txt', enc.encode('last')]], 3);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(['a.txt', 'xl/worksheets/sheet1.xml', 'z.txt']);
    expect(back['xl/worksheets/sheet1.xml']).toEqual(bytes);
    expect(new TextDecoder().decode(back['z.txt'])).toBe('last');
  });

  test('the running CRC-32 of pieces equals the CRC-32 of the whole', () => {
    const a = enc.encode('审核结果'.repeat(999));
    const b = enc.encode('<row/>'.repeat(777));
    const whole = new Uint8Array(a.length + b.length);
    whole.set(a);
    whole.set(b, a.length);
    expect(crc32(b, crc32(a))).toBe(crc32(whole));
    expect(crc32(a, crc32(b))).not.toBe(crc32(whole));
  });
}
