/** Browser mode's summary download: sheets as one .xlsx (strings stay strings), forms as a .zip, downloads with their type. */
import { unzipSync, strFromU8 } from 'fflate';
import { createBrowserHost, outSheetsToXlsx } from '../../../src/hosts/browser';
import { zipFiles } from '../../../src/app/exportFiles';
import { readWorkbookBytes } from '../../../src/hosts/files/read';

function setup() {
  const saved: { name: string; bytes: Uint8Array; mime?: string }[] = [];
  const host = createBrowserHost({ save: (name, bytes, mime) => saved.push({ name, bytes, mime }), storage: null });
  return { host, saved };
}

describe('browser host: writeSheets and download', () => {
  it('downloads the sheets as one workbook named as asked, formula-looking text as text', async () => {
    const { host, saved } = setup();
    const report = await host.writeSheets(
      [
        { name: '省级汇总', rows: [['培训班主题', '人数'], ['=1+1', 10], ['+SUM(A1)', null]], headerRows: [0] },
        { name: '导入记录', rows: [['类别'], ['新增']] },
      ],
      { fileName: '省级汇总.xlsx' },
    );
    expect(report).toMatchObject({ sheets: ['省级汇总', '导入记录'], cells: 7, notices: [] });
    expect(saved.map((s) => s.name)).toEqual(['省级汇总.xlsx']);
    const grid = readWorkbookBytes(saved[0].bytes, 'x.xlsx');
    expect(grid.sheets.map((s) => s.name)).toEqual(['省级汇总', '导入记录']);
    expect(grid.sheets[0].cells[1]![0]!.v).toBe('=1+1');
    const xml = Object.entries(unzipSync(saved[0].bytes)).filter(([k]) => k.startsWith('xl/worksheets/')).map(([, v]) => strFromU8(v)).join('');
    expect(xml).not.toMatch(/<f[ >]/);
  });

  it('says the downloaded workbook has no chart when one was asked for', async () => {
    const { host } = setup();
    const r = await host.writeSheets([{ name: 'a', rows: [['x']] }], { chart: { sheet: 'a', title: 't', categoryLabel: 'c', categories: ['德国'], series: [{ name: 'n', values: [1] }] } });
    expect(r.notices.join('')).toContain('不含图表');
  });

  it('download passes the bytes and type through', async () => {
    const { host, saved } = setup();
    await host.download('需求表.zip', new Uint8Array([1, 2]), 'application/zip');
    expect(saved[0]).toMatchObject({ name: '需求表.zip', mime: 'application/zip' });
  });

  it('zipFiles keeps every file, renaming a repeated name', () => {
    const x = outSheetsToXlsx([{ name: 's', rows: [['a']] }]);
    const z = unzipSync(zipFiles([{ name: '001_甲_x.xlsx', bytes: x }, { name: '001_甲_x.xlsx', bytes: x }]));
    expect(Object.keys(z)).toEqual(['001_甲_x.xlsx', '001_甲_x（2）.xlsx']);
    expect(Buffer.from(z['001_甲_x.xlsx']).equals(Buffer.from(x))).toBe(true);
  });
});
