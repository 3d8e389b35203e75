import { cutLongStrings, sanitizeParts, stripDoctype } from '../../../../src/hosts/files/write/sanitize';
import { isOpcPackage } from '../../../../src/hosts/files/write/markedCopy';

describe('stripDoctype', () => {
  test('removes a DOCTYPE with an internal subset holding ], > and quotes, keeping the rest byte for byte', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "]>"><!-- ]> --><!ENTITY y 'q"]'>]><a b="1">t&amp;u</a>`;
    expect(stripDoctype(xml)).toBe('<?xml version="1.0"?><a b="1">t&amp;u</a>');
  });
  test('an external DOCTYPE without a subset, and two of them', () => {
    expect(stripDoctype('<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>')).toBe('<a/>');
    expect(stripDoctype('<!DOCTYPE a><!DOCTYPE b><a/>')).toBe('<a/>');
  });
  test('undeclared entity references become literal text; predefined and numeric references stay', () => {
    expect(stripDoctype('<!DOCTYPE a [<!ENTITY lol "x">]><t>&lol; &amp; &#20013; &#x4E2D; & &lt;</t>')).toBe('<t>&amp;lol; &amp; &#20013; &#x4E2D; &amp; &lt;</t>');
  });
  test('a part without DOCTYPE is left alone by sanitizeParts (same array, not listed as changed)', () => {
    const plain = new TextEncoder().encode('<a>&bad;</a>');
    const r = sanitizeParts({ 'xl/workbook.xml': plain, 'xl/media/image1.png': new Uint8Array([1, 2]) });
    expect(r.entries['xl/workbook.xml']).toBe(plain);
    expect(r.changed).toEqual([]);
  });
  test('a part with DOCTYPE is rewritten and listed; a part named __proto__ is just a part', () => {
    const parts = Object.create(null) as Record<string, Uint8Array>;
    parts['__proto__.xml'] = new TextEncoder().encode('<!DOCTYPE x><x/>');
    const r = sanitizeParts(parts);
    expect(new TextDecoder().decode(r.entries['__proto__.xml'])).toBe('<x/>');
    expect(r.changed).toEqual(['__proto__.xml']);
  });
});

describe('cutLongStrings', () => {
  test('a shared string of 32 767 characters stays; 32 768 is cut to 32 767', () => {
    const ok = `<si><t>${'a'.repeat(32767)}</t></si>`;
    expect(cutLongStrings(ok)).toEqual({ xml: ok, cut: 0 });
    const r = cutLongStrings(`<sst><si><t>${'a'.repeat(32768)}</t></si><si><t>b</t></si></sst>`);
    expect(r.cut).toBe(1);
    expect(r.xml).toBe(`<sst><si><t xml:space="preserve">${'a'.repeat(32767)}</t></si><si><t>b</t></si></sst>`);
  });
  test('counts decoded characters (entities), joins rich-text runs, ignores phonetic runs, keeps a surrogate pair whole', () => {
    const amp = `<si><t>${'&amp;'.repeat(32767)}</t></si>`;
    expect(cutLongStrings(amp).cut).toBe(0);
    const runs = `<is><r><t>${'a'.repeat(20000)}</t></r><r><rPr/><t>${'b'.repeat(20000)}</t></r><rPh><t>${'c'.repeat(9)}</t></rPh></is>`;
    const r = cutLongStrings(runs);
    expect(r.cut).toBe(1);
    expect(r.xml).toBe(`<is><t xml:space="preserve">${'a'.repeat(20000)}${'b'.repeat(12767)}</t></is>`);
    const pair = cutLongStrings(`<si><t>${'a'.repeat(32766)}😀😀</t></si>`);
    expect(pair.xml).toBe(`<si><t xml:space="preserve">${'a'.repeat(32766)}</t></si>`);
  });
});

describe('isOpcPackage', () => {
  test('a zip with [Content_Types].xml is; an .ods-like zip and text are not', async () => {
    const { zipSync } = await import('fflate');
    expect(isOpcPackage(zipSync({ '[Content_Types].xml': new Uint8Array([60]) }))).toBe(true);
    expect(isOpcPackage(zipSync({ mimetype: new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet') }))).toBe(false);
    expect(isOpcPackage(new TextEncoder().encode('[Content_Types].xml'))).toBe(false);
  });
});

describe('plainWorkbookTypes', () => {
  test('macro, template and macro-template workbooks become a plain workbook; a VBA override goes; a plain one is unchanged', async () => {
    const { plainWorkbookTypes } = await import('../../../../src/hosts/files/write/sanitize');
    const plain = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
    for (const ct of [
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      'application/vnd.ms-excel.template.macroEnabled.main+xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
    ]) {
      expect(plainWorkbookTypes(`<Types><Override PartName="/xl/workbook.xml" ContentType="${ct}"/><Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>`)).toBe(
        `<Types><Override PartName="/xl/workbook.xml" ContentType="${plain}"/></Types>`,
      );
    }
    const ok = `<Types><Override PartName="/xl/workbook.xml" ContentType="${plain}"/></Types>`;
    expect(plainWorkbookTypes(ok)).toBe(ok);
  });
});
