import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync, zipSync } from 'fflate';
import { markWorkbookCopy } from '../../../../src/hosts/files/write/mark';
import { crc32, rezip, zipEntries } from '../../../../src/hosts/files/write/zip';
import { FIXTURES } from './helpers';
import { partWriterTests } from './partWriter';

/** Local records (header + data) of a zip whose local headers carry the sizes (Python's zipfile does). */
function localRecords(zip: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let p = 0;
  while (zip.readUInt32LE(p) === 0x04034b50) {
    const csize = zip.readUInt32LE(p + 18);
    const n = zip.readUInt16LE(p + 26);
    const m = zip.readUInt16LE(p + 28);
    const name = zip.subarray(p + 30, p + 30 + n).toString('utf8');
    const end = p + 30 + n + m + csize;
    out.set(name, zip.subarray(p, end));
    p = end;
  }
  return out;
}

function unzipTest(bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'px-zip-'));
  const file = path.join(dir, 'a.zip');
  fs.writeFileSync(file, bytes);
  return execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
}

const hasUnzip = (() => {
  try {
    execFileSync('which', ['unzip'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('crc32', () => {
  test('the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

/** Compression method of each local record, by name. */
function methods(zip: Uint8Array): Map<string, number> {
  const b = Buffer.from(zip);
  const out = new Map<string, number>();
  for (const [name, rec] of localRecords(b)) out.set(name, rec.readUInt16LE(8));
  return out;
}

describe('zipEntries', () => {
  const text = new TextEncoder().encode('<row>重复的内容</row>'.repeat(200));
  // bytes deflate cannot shrink (a xorshift stream)
  const noise = new Uint8Array(4096);
  let x = 2463534242;
  for (let i = 0; i < noise.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    noise[i] = x & 0xff;
  }

  test('entries in the order given, deflated when that helps, stored when it does not; UTF-8 names', () => {
    const out = zipEntries([['[Content_Types].xml', text], ['xl/中文.bin', noise], ['empty', new Uint8Array(0)]], 3);
    const back = unzipSync(out);
    expect(Object.keys(back)).toEqual(['[Content_Types].xml', 'xl/中文.bin', 'empty']);
    expect(back['[Content_Types].xml']).toEqual(text);
    expect(back['xl/中文.bin']).toEqual(noise);
    expect(back['empty']).toEqual(new Uint8Array(0));
    const m = methods(out);
    expect(m.get('[Content_Types].xml')).toBe(8);
    expect(m.get('xl/中文.bin')).toBe(0);
    if (hasUnzip) expect(unzipTest(out)).toMatch(/No errors detected/);
  });

  test('level 0 stores everything', () => {
    const out = zipEntries([['a.xml', text]], 0);
    expect(methods(out).get('a.xml')).toBe(0);
    expect(unzipSync(out)['a.xml']).toEqual(text);
  });
});

describe('rezip', () => {
  const original = zipSync({ 'a.txt': new TextEncoder().encode('aaa'.repeat(100)), 'dir/b.xml': new TextEncoder().encode('<b/>'), 'c/中文.xml': new TextEncoder().encode('<c>中文</c>') });

  test('unchanged entries are copied raw, changed and new ones re-deflated; all readable', () => {
    const parts = new Map(Object.entries(unzipSync(original)));
    const keep = new Map(parts);
    parts.set('dir/b.xml', new TextEncoder().encode('<b>changed</b>'));
    parts.set('new/d.xml', new TextEncoder().encode('<d/>'));
    const order = ['a.txt', 'dir/b.xml', 'c/中文.xml', 'new/d.xml'];
    const out = rezip(original, order, parts, (n) => parts.get(n) === keep.get(n), 3);
    const back = unzipSync(out);
    expect(Object.keys(back)).toEqual(order);
    expect(new TextDecoder().decode(back['dir/b.xml'])).toBe('<b>changed</b>');
    expect(new TextDecoder().decode(back['c/中文.xml'])).toBe('<c>中文</c>');
    expect(localRecords(Buffer.from(out)).get('a.txt')).toEqual(localRecords(Buffer.from(original)).get('a.txt'));
    expect(localRecords(Buffer.from(out)).get('dir/b.xml')).not.toEqual(localRecords(Buffer.from(original)).get('dir/b.xml'));
    if (hasUnzip) expect(unzipTest(out)).toMatch(/No errors detected/);
  });

  test('an archive it cannot copy raw is rebuilt whole', () => {
    const notZip = new Uint8Array([1, 2, 3]);
    const out = rezip(notZip, ['x.xml'], new Map([['x.xml', new TextEncoder().encode('<x/>')]]), () => true, 3);
    expect(new TextDecoder().decode(unzipSync(out)['x.xml'])).toBe('<x/>');
  });
});

describe('the marked copy keeps untouched entries as stored', () => {
  test('compressed records of untouched parts are identical to the original’s', () => {
    const original = fs.readFileSync(`${FIXTURES}/original.xlsx`);
    const marked = Buffer.from(markWorkbookCopy(new Uint8Array(original), [{ ruleId: 'R', severity: 'error', file: 'f', sheet: '需求表', cell: 'B2', message: 'm' }]));
    const a = localRecords(original);
    const b = localRecords(marked);
    for (const name of ['xl/theme/theme1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/media/image1.png', 'docProps/core.xml']) {
      expect(b.get(name)).toEqual(a.get(name));
    }
    expect(b.get('xl/worksheets/sheet1.xml')).not.toEqual(a.get('xl/worksheets/sheet1.xml'));
    if (hasUnzip) expect(unzipTest(marked)).toMatch(/No errors detected/);
  });
});

describe('the input bytes are never changed', () => {
  // fs.readFileSync gives a Buffer, whose slice() is a view, not a copy: the copy's offsets must not land in it.
  test('a Buffer (as the CLI reads it) is byte for byte the same after marking, and can be marked again', () => {
    const original = fs.readFileSync(`${FIXTURES}/original.xlsx`);
    const before = Buffer.from(original);
    const findings = [{ ruleId: 'R', severity: 'error' as const, file: 'f', sheet: '需求表', cell: 'B2', message: 'm' }];
    const first = markWorkbookCopy(original, findings);
    expect(original.equals(before)).toBe(true);
    expect(Buffer.from(markWorkbookCopy(original, findings)).equals(Buffer.from(first))).toBe(true);
  });
});

describe('PartWriter with fflate (the browser codec)', partWriterTests);
