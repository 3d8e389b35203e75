/**
 * ZipPackage.parsed with a PartCache: a small part stored byte for byte as one parsed before gives that
 * value without being inflated or parsed again, with the same checks and limits as get; anything else
 * is parsed as it is; a parse that fails is not remembered. And the reader gives the same grids whether
 * a workbook's shared parts were seen before or not.
 */
import { deflateRawSync } from 'zlib';
import { readWorkbookBytes } from '../../../../src/hosts/files/read/node';
import { PartCache, ZipPackage } from '../../../../src/hosts/files/read/zip';
import { NS, sheetXml, xlsxEntries, zip } from './craft';

const counting = () => {
  const calls: string[] = [];
  const parse = (bytes: Uint8Array) => {
    const text = new TextDecoder().decode(bytes);
    calls.push(text);
    return { text };
  };
  return { calls, parse };
};

describe('ZipPackage.parsed', () => {
  it('a part stored as one parsed before: its value, parse not called again, across packages', () => {
    const cache = new PartCache<{ text: string }>();
    const { calls, parse } = counting();
    const a = new ZipPackage(zip([{ name: 'x/rels.xml', data: '<Relationships/>' }]));
    const b = new ZipPackage(zip([{ name: 'other.xml', data: 'o' }, { name: 'X/RELS.xml', data: '<Relationships/>' }]));
    const first = a.parsed('x/rels.xml', cache, parse);
    expect(first).toEqual({ text: '<Relationships/>' });
    expect(b.parsed('x/rels.xml', cache, parse)).toBe(first);
    expect(calls).toHaveLength(1);
    // stored (not deflated) parts too, told apart from the deflated one
    const stored = new ZipPackage(zip([{ name: 'x/rels.xml', data: '<Relationships/>', method: 0 }]));
    expect(stored.parsed('x/rels.xml', cache, parse)).toEqual(first);
    expect(stored.parsed('x/rels.xml', cache, parse)).toEqual(first);
    expect(calls).toHaveLength(2);
  });

  it('other bytes, another stated size or another variant: parsed again', () => {
    const cache = new PartCache<{ text: string }>();
    const { calls, parse } = counting();
    new ZipPackage(zip([{ name: 'p.xml', data: 'abc' }])).parsed('p.xml', cache, parse);
    expect(new ZipPackage(zip([{ name: 'p.xml', data: 'abd' }])).parsed('p.xml', cache, parse)).toEqual({ text: 'abd' });
    expect(new ZipPackage(zip([{ name: 'p.xml', data: 'abc' }])).parsed('p.xml', cache, parse, 'xl/')).toEqual({ text: 'abc' });
    expect(calls).toEqual(['abc', 'abd', 'abc']);
    // the same deflated data stating another size is a size lie, as get says
    const lie = new ZipPackage(zip([{ name: 'p.xml', data: 'abc', statedSize: 4 }]));
    expect(() => lie.parsed('p.xml', cache, parse)).toThrow(expect.objectContaining({ kind: 'corrupt' }));
    expect(lie.parsed('none.xml', cache, parse)).toBeUndefined();
  });

  it('a part seen before still counts towards the package limit, as inflating it would', () => {
    const cache = new PartCache<{ text: string }>();
    const { calls, parse } = counting();
    const bytes = zip([
      { name: 'a.xml', data: 'a'.repeat(1000) },
      { name: 'b.xml', data: 'b'.repeat(1000) },
    ]);
    new ZipPackage(bytes, { partBytes: 1000, totalBytes: 2000 }).parsed('b.xml', cache, parse);
    const over = new ZipPackage(bytes, { partBytes: 1000, totalBytes: 1999 });
    expect(over.get('a.xml')).toHaveLength(1000);
    expect(() => over.parsed('b.xml', cache, parse)).toThrow(/解压后合计不超过/);
    expect(() => new ZipPackage(bytes, { partBytes: 999, totalBytes: 1e9 }).parsed('b.xml', cache, parse)).toThrow(expect.objectContaining({ kind: 'too-large' }));
    const fits = new ZipPackage(bytes, { partBytes: 1000, totalBytes: 2000 });
    expect(fits.parsed('b.xml', cache, parse)).toEqual({ text: 'b'.repeat(1000) });
    expect(fits.get('a.xml')).toHaveLength(1000);
    expect(calls).toHaveLength(1);
  });

  it('a parse that throws is not remembered; a damaged stream fails each time', () => {
    const cache = new PartCache<number>();
    let calls = 0;
    const bad = () => {
      calls++;
      throw new Error('not a part');
    };
    const pkg = () => new ZipPackage(zip([{ name: 'p.xml', data: 'abc' }]));
    expect(() => pkg().parsed('p.xml', cache, bad)).toThrow('not a part');
    expect(() => pkg().parsed('p.xml', cache, bad)).toThrow('not a part');
    expect(calls).toBe(2);
    const cut = deflateRawSync(new TextEncoder().encode('x'.repeat(500))).subarray(0, 3);
    const damaged = () => new ZipPackage(zip([{ name: 'p.xml', data: 'x'.repeat(500), raw: cut }]));
    expect(() => damaged().parsed('p.xml', cache, () => 1)).toThrow(expect.objectContaining({ kind: 'corrupt' }));
    expect(() => damaged().parsed('p.xml', cache, () => 1)).toThrow(expect.objectContaining({ kind: 'corrupt' }));
  });

  it('a part stored in more than PartCache.MAX_BYTES is parsed each time', () => {
    const cache = new PartCache<{ text: string }>();
    const { calls, parse } = counting();
    // text that does not compress (a linear congruential sequence), so that it is stored in more bytes
    let x = 12345;
    const noise = (n: number) => Array.from({ length: n }, () => String.fromCharCode(33 + ((x = (x * 1103515245 + 12345) % 2147483648) % 90))).join('');
    const big = zip([{ name: 'big.xml', data: noise(PartCache.MAX_BYTES * 2) }]);
    new ZipPackage(big).parsed('big.xml', cache, parse);
    new ZipPackage(big).parsed('big.xml', cache, parse);
    expect(calls.length).toBe(2);
    const small = zip([{ name: 'small.xml', data: noise(PartCache.MAX_BYTES / 2) }]);
    new ZipPackage(small).parsed('small.xml', cache, parse);
    new ZipPackage(small).parsed('small.xml', cache, parse);
    expect(calls.length).toBe(3);
  });

  it('a small part inflating past PartCache.MAX_HELD (a value as large) is parsed each time; one at it is kept', () => {
    const cache = new PartCache<{ text: string }>();
    const { calls, parse } = counting();
    const over = zip([{ name: 'xf.xml', data: 'x'.repeat(PartCache.MAX_HELD + 1) }]);
    const at = zip([{ name: 'xf.xml', data: 'y'.repeat(PartCache.MAX_HELD) }]);
    expect(over.length).toBeLessThan(PartCache.MAX_BYTES);
    for (const bytes of [over, over, at, at]) new ZipPackage(bytes).parsed('xf.xml', cache, parse);
    expect(calls.length).toBe(3);
  });
});

describe('the reader with parts seen before', () => {
  const styles = (code: string) => `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="${code}"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
  const workbook = (name: string, state = '') => `<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="${name}" sheetId="1" r:id="rId1"${state}/></sheets></workbook>`;
  const book = (rows: (string | number | null)[][], opts: { workbookXml?: string; stylesXml: string }) =>
    zip(xlsxEntries([{ name: '需求表', xml: sheetXml(rows).replace('<c r="A2"', '<c r="A2" s="1"') }], opts));
  const rows = [['日期'], [45000]];

  it('reads each workbook as a reader that has seen none before, when their shared parts agree and when they differ', () => {
    const a = book(rows, { stylesXml: styles('yyyy-mm-dd') });
    // the same relationships; another workbook part (sheet name, hidden) and other styles (not a date)
    const b = book(rows, { workbookXml: workbook('日程表', ' state="hidden"'), stylesXml: styles('0.00') });
    // the same parts as a, other cells
    const c = book([['日期'], [45001]], { stylesXml: styles('yyyy-mm-dd') });
    const alone = (bytes: Uint8Array, file: string) => {
      let grid: unknown;
      jest.isolateModules(() => {
        grid = (require('../../../../src/hosts/files/read/node') as typeof import('../../../../src/hosts/files/read/node')).readWorkbookBytes(bytes, file);
      });
      return grid;
    };
    const read = [readWorkbookBytes(a, 'a.xlsx'), readWorkbookBytes(b, 'b.xlsx'), readWorkbookBytes(c, 'c.xlsx'), readWorkbookBytes(a, 'a.xlsx')];
    expect(read[0].sheets[0]).toMatchObject({ name: '需求表', cells: [[{ v: '日期' }], [{ v: 45000, date: true, fmt: 'yyyy-mm-dd' }]] });
    expect(read[1].sheets[0]).toMatchObject({ name: '日程表', hidden: true, cells: [[{ v: '日期' }], [{ v: 45000, fmt: '0.00' }]] });
    expect(read[1].sheets[0].cells[1][0]?.date).toBeUndefined();
    expect(read[2].sheets[0].cells[1][0]).toEqual({ v: 45001, date: true, fmt: 'yyyy-mm-dd' });
    expect(read).toEqual([alone(a, 'a.xlsx'), alone(b, 'b.xlsx'), alone(c, 'c.xlsx'), alone(a, 'a.xlsx')]);
  });
});
