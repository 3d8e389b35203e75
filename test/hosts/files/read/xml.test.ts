import fc from 'fast-check';
import { decodeOoxmlEscapes, decodePart, decodeText, decodeXml, newTag, nextTag, attrs, attrValues, ownCopy } from '../../../../src/hosts/files/read/xml';
import { isoToSerial, parseRange, resolvePath, resolveTarget } from '../../../../src/hosts/files/read/xlsx';

describe('decodeXml', () => {
  it('decodes the five entities and numeric references', () => {
    expect(decodeXml('&amp;&lt;&gt;&quot;&apos;')).toBe('&<>"\'');
    expect(decodeXml('&#22635;&#x8868;&#X8BF4;')).toBe('填表说');
    expect(decodeXml('&#x1F600;')).toBe('😀');
  });

  it('returns text without entities unchanged, keeps a stray ampersand', () => {
    expect(decodeXml('上午')).toBe('上午');
    expect(decodeXml('A & B &foo; &#;')).toBe('A & B &foo; &#;');
  });

  it('round-trips any text escaped as numeric references', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (t) => {
        const esc = Array.from(t).map((ch) => `&#${ch.codePointAt(0)};`).join('');
        expect(decodeXml(esc)).toBe(t);
      }),
    );
  });

  it('keeps a reference cut off by the end of the text as written (it used to loop for ever)', () => {
    expect(decodeXml('&#')).toBe('&#');
    expect(decodeXml('a&#65')).toBe('a&#65');
    expect(decodeXml('&#x4E')).toBe('&#x4E');
    expect(decodeText('&#22635;&#3')).toBe('填&#3');
  });

  it('handles text longer than its buffer', () => {
    const long = '&#20013;'.repeat(10000);
    expect(decodeXml(long)).toBe('中'.repeat(10000));
  });
});

describe('decodeText (cached across parts)', () => {
  it('gives the same text from the cache as decoded afresh, for a slice of a larger part', () => {
    const part = '<t>&#19978;&#21320;_x000D_</t><t>&#19979;&#21320;</t>';
    const a = decodeText(part.slice(3, part.indexOf('</t>')));
    const b = decodeText(part.slice(3, part.indexOf('</t>')));
    expect(a).toBe('上午\r');
    expect(b).toBe(a);
    expect(decodeText(part.slice(part.lastIndexOf('<t>') + 3, part.lastIndexOf('</t>')))).toBe('下午');
    expect(decodeText('plain')).toBe('plain');
  });

  it('ownCopy keeps the text exactly', () => {
    fc.assert(fc.property(fc.string(), (t) => ownCopy(t) === t && ownCopy(t).length === t.length));
    expect(ownCopy('上午')).not.toBe('下午');
  });
});

describe('decodeOoxmlEscapes', () => {
  it('decodes _xHHHH_ and the _x005F_ escape of an underscore', () => {
    expect(decodeOoxmlEscapes('a_x000D_b')).toBe('a\rb');
    expect(decodeOoxmlEscapes('_x005F_x0041_')).toBe('_x0041_');
    expect(decodeOoxmlEscapes('_x12_')).toBe('_x12_');
  });
});

describe('tokenizer', () => {
  it('reads attributes with either quote, a > inside a value, and skips comments', () => {
    const s = `<!-- <c r="Z9"> --><x:c r='B2' t="a>b"/>`;
    const tag = newTag();
    expect(nextTag(s, 0, tag)).toBe(true);
    expect(s.slice(tag.localStart, tag.nameEnd)).toBe('c');
    expect(tag.selfClosing).toBe(true);
    expect(attrs(s, tag)).toEqual({ r: 'B2', t: 'a>b' });
    expect(nextTag(s, tag.end, tag)).toBe(false);
  });

  it('reads the named attributes as attrs does: local names, decoded, the last of a repeated name, absent ones undefined', () => {
    const s = `<Relationship Id="rId1" x:Target='a&amp;b.xml' Other='Id="rId9"' Type="t1" Type="t2"/>`;
    const tag = newTag();
    nextTag(s, 0, tag);
    const out: (string | undefined)[] = ['stale'];
    attrValues(s, tag, ['Id', 'Target', 'TargetMode', 'Type'], out);
    expect(out).toEqual(['rId1', 'a&b.xml', undefined, 't2']);
    const all = attrs(s, tag);
    expect(out).toEqual([all.Id, all.Target, all.TargetMode, all.Type]);
  });

  it('agrees with attrs on any attribute list', () => {
    const name = fc.constantFrom('r', 't', 's', 'x:r', 'rr', 'Id', 'r:id');
    const value = fc.string({ maxLength: 6 }).map((v) => v.replace(/[<>"'&]/g, ''));
    const attr = fc.tuple(name, value, fc.constantFrom('"', "'"), fc.constantFrom(' ', '\n', '  ')).map(([n, v, q, sp]) => `${sp}${n}=${q}${v}${q}`);
    fc.assert(
      fc.property(fc.array(attr, { maxLength: 6 }), fc.boolean(), (list, empty) => {
        const s = `<c${list.join('')}${empty ? '/' : ''}>`;
        const tag = newTag();
        if (!nextTag(s, 0, tag)) return;
        const names = ['r', 't', 's', 'rr', 'Id', 'id'];
        const out: (string | undefined)[] = [];
        attrValues(s, tag, names, out);
        const all = attrs(s, tag);
        expect(out).toEqual(names.map((n) => all[n]));
      }),
    );
  });
});

describe('helpers', () => {
  it('parses ranges (0-based, inclusive), a single cell, and rejects non-ranges', () => {
    expect(parseRange('A1:C3')).toEqual({ r0: 0, c0: 0, r1: 2, c1: 2 });
    expect(parseRange('$AA$10')).toEqual({ r0: 9, c0: 26, r1: 9, c1: 26 });
    expect(parseRange('A')).toBeNull();
    expect(parseRange('A:3')).toBeNull();
    expect(parseRange('A1:C')).toBeNull();
    expect(parseRange(':')).toBeNull();
  });

  it('decodes parts in UTF-8, and in UTF-16 with or without a byte-order mark (XML 1.0 appendix F)', () => {
    const le = (t: string) => new Uint8Array(new Uint16Array([...t].map((c) => c.charCodeAt(0))).buffer);
    const be = (t: string) => le(t).map((_, i, a) => a[i ^ 1]);
    const xml = '<?xml version="1.0" encoding="UTF-16"?><sst><si><t>培训</t></si></sst>';
    expect(decodePart(new TextEncoder().encode(xml))).toBe(xml);
    expect(decodePart(le(xml))).toBe(xml);
    expect(decodePart(be(xml))).toBe(xml);
    expect(decodePart(le('\ufeff' + xml))).toBe(xml);
    expect(decodePart(be('\ufeff' + xml))).toBe(xml);
  });

  it('parses whole columns and whole rows (merges Excel writes as A:A, B:D, 1:1, 2:4)', () => {
    expect(parseRange('A:A')).toEqual({ r0: 0, c0: 0, r1: 1048575, c1: 0 });
    expect(parseRange('$B:$D')).toEqual({ r0: 0, c0: 1, r1: 1048575, c1: 3 });
    expect(parseRange('1:1')).toEqual({ r0: 0, c0: 0, r1: 0, c1: 16383 });
    expect(parseRange('2:4')).toEqual({ r0: 1, c0: 0, r1: 3, c1: 16383 });
  });

  it('resolves relationship targets', () => {
    expect(resolveTarget('xl/', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/sub/', '../x.xml')).toBe('xl/x.xml');
    expect(resolveTarget('xl/', './worksheets//sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/', 'worksheets\\sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/', '.x/..y/sheet.')).toBe('xl/.x/..y/sheet.');
    expect(resolveTarget('', '..')).toBe('');
  });

  it('resolves any target as splitting, dropping . and climbing .. does (the plain path returned as it is)', () => {
    // every target through the general path (resolvePath), with no first look for a plain one
    const plain = (baseDir: string, target: string) => {
      const raw = target.replace(/\\/g, '/');
      return resolvePath(raw.startsWith('/') ? raw.slice(1) : baseDir + raw);
    };
    const segment = fc.constantFrom('', '.', '..', '...', '.a', 'a.', 'xl', 'sheet1.xml', '\\', 'a\\..');
    const path = fc.array(segment, { maxLength: 6 }).map((p) => p.join('/'));
    fc.assert(
      fc.property(fc.constantFrom('', 'xl/', 'xl/sub/', 'xl/../'), fc.boolean(), path, (baseDir, rooted, target) => {
        const t = (rooted ? '/' : '') + target;
        expect(resolveTarget(baseDir, t)).toBe(plain(baseDir, t));
      }),
    );
  });

  it('converts ISO dates to 1900-system serials, including before 1900-03-01', () => {
    expect(isoToSerial('1900-01-01')).toBe(1);
    expect(isoToSerial('1900-02-28')).toBe(59);
    expect(isoToSerial('1900-03-01')).toBe(61);
    expect(isoToSerial('2023-05-08T06:00:00')).toBe(45054.25);
    expect(isoToSerial('8 May 2023')).toBeNull();
  });
});
