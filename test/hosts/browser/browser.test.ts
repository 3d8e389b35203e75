/** The browser host: files opened in the page, read with the real reader, marked copies and templates as downloads, settings in storage. */
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { MARKED_ZIP, createBrowserHost, isBrowserHost, markedName, type BrowserDeps } from '../../../src/hosts/browser';
import { readWorkbookBytes } from '../../../src/hosts/files/read';
import type { Finding } from '../../../src/core/model/findings';

const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');
const xlsx = () => new Uint8Array(fs.readFileSync(path.join(EXAMPLES, 'sc-plan.xlsx')));
const csv = () => new Uint8Array(fs.readFileSync(path.join(EXAMPLES, 'sc-plan-gbk.csv')));

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

function setup(deps: Partial<BrowserDeps> = {}) {
  const saved: { name: string; bytes: Uint8Array }[] = [];
  const host = createBrowserHost({
    save: (name, bytes) => saved.push({ name, bytes }),
    storage: memoryStorage(),
    ...deps,
  });
  return { host, saved };
}

const f = (file: string, ruleId: string): Finding => ({ ruleId, severity: 'error', file, sheet: '2020年度计划', cell: 'E5', message: ruleId });

describe('browser host', () => {
  it('is a browser host', () => {
    expect(isBrowserHost(setup().host)).toBe(true);
  });

  it('reads every readable file and reports the others as C-UNREADABLE, going on past them', async () => {
    const { host } = setup();
    host.addFiles([
      { name: '计划.xlsx', bytes: xlsx() },
      { name: '说明.xlsx', bytes: new TextEncoder().encode('这不是工作簿') },
      { name: '计划.csv', bytes: csv() },
    ]);
    const steps: string[] = [];
    const grids = await host.readWorkbooks((p) => steps.push(p.step));
    expect(grids.map((g) => g.file)).toEqual(['计划.xlsx', '计划.csv']);
    expect(grids[0].sheets.length).toBeGreaterThan(0);
    const bad = host.unreadable();
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ ruleId: 'C-UNREADABLE', severity: 'error', file: '说明.xlsx' });
    expect(bad[0].message).toContain('说明.xlsx');
    expect(steps.some((s) => s.includes('说明.xlsx'))).toBe(true);
  });

  it('replaces a file opened again under the same name, and removes files', async () => {
    const { host } = setup();
    host.addFiles([{ name: 'a.xlsx', bytes: new Uint8Array([1, 2, 3]) }]);
    await host.readWorkbooks();
    expect(host.unreadable()).toHaveLength(1);
    host.addFiles([{ name: 'a.xlsx', bytes: xlsx() }]);
    expect(host.fileNames()).toEqual(['a.xlsx']);
    expect(await host.readWorkbooks()).toHaveLength(1);
    expect(host.unreadable()).toHaveLength(0);
    host.removeFile('a.xlsx');
    expect(await host.readWorkbooks()).toEqual([]);
  });

  it('downloads one marked .xlsx per readable file, each with its own findings (csv converted first)', async () => {
    const seen: { base: Uint8Array; findings: Finding[]; opts: { includeInfo: boolean } }[] = [];
    const saved: { name: string; bytes: Uint8Array }[] = [];
    const host = createBrowserHost({
      save: (name, bytes) => saved.push({ name, bytes }),
      storage: memoryStorage(),
      mark: (base, findings, opts) => {
        seen.push({ base, findings, opts });
        return base;
      },
    });
    const original = xlsx();
    host.addFiles([{ name: '计划.xlsx', bytes: original }, { name: '计划.csv', bytes: csv() }, { name: '坏.xlsx', bytes: new Uint8Array([0]) }]);
    await host.readWorkbooks();
    await host.applyMarks([], { includeInfo: true });
    await host.downloadMarked([f('计划.xlsx', 'SC-GROUP-SIZE'), f('计划.csv', 'SC-DURATION'), f('计划.csv', 'SC-NO-BUDGET')]);
    expect(seen.map((x) => x.opts)).toEqual([{ includeInfo: true }, { includeInfo: true }]); // the pane's 标记“提示” switch
    // Several copies download as one .zip, never two entries under one name.
    expect(saved.map((s) => s.name)).toEqual([MARKED_ZIP]);
    expect(Object.keys(unzipSync(saved[0].bytes))).toEqual(['计划（已审核）.xlsx', '计划（已审核）（2）.xlsx']);
    expect(seen[0].base).toBe(original); // the original bytes, never a re-written workbook
    expect(seen[0].findings.map((x) => x.ruleId)).toEqual(['SC-GROUP-SIZE']);
    expect(seen[1].findings.map((x) => x.ruleId)).toEqual(['SC-DURATION', 'SC-NO-BUDGET']);
    expect(String.fromCharCode(seen[1].base[0], seen[1].base[1])).toBe('PK'); // csv → xlsx before marking
  });

  it('marks the real copy: a zip that differs from the original, original untouched', async () => {
    const { host, saved } = setup();
    const original = xlsx();
    const before = Buffer.from(original);
    host.addFiles([{ name: '计划.xlsx', bytes: original }]);
    await host.readWorkbooks();
    await host.downloadMarked([f('计划.xlsx', 'SC-GROUP-SIZE')]);
    expect(saved).toHaveLength(1);
    expect(String.fromCharCode(saved[0].bytes[0], saved[0].bytes[1])).toBe('PK');
    expect(Buffer.from(saved[0].bytes).equals(before)).toBe(false);
    expect(Buffer.from(original).equals(before)).toBe(true);
  });

  it('shows the sheet around a cell (定位 without a spreadsheet), clipped at the sheet\'s edges', async () => {
    const { host } = setup();
    host.addFiles([{ name: '计划.xlsx', bytes: xlsx() }]);
    const [grid] = await host.readWorkbooks();
    const sheet = grid.sheets[0];
    const ctx = host.cellContext(grid.file, sheet.name, 'B2', 1)!;
    expect(ctx.top).toBe(0);
    expect(ctx.left).toBe(0);
    expect(ctx.at).toEqual({ row: 1, col: 1 });
    expect(ctx.rows[ctx.at.row][ctx.at.col]).toBe(String(sheet.cells[1]![1]!.v));
    expect(ctx.rows[0][0]).toBe(String(sheet.cells[0]![0]!.v));
    expect(host.cellContext(grid.file, '没有这张表', 'B2')).toBeNull();
    expect(host.cellContext('别的.xlsx', sheet.name, 'B2')).toBeNull();
  });

  it('asks the worker for the sheet around a cell when the page has one, else builds it itself; null for a file not open', async () => {
    const asked: [string, string, string, number][] = [];
    const fromWorker = { sheet: '需求表', cell: 'B2', top: 0, left: 0, rows: [['x']], at: { row: 0, col: 0 } };
    const { host } = setup({ contextAsync: async (g, sheet, cell, radius) => (asked.push([g.file, sheet, cell, radius]), fromWorker) });
    host.addFiles([{ name: '计划.xlsx', bytes: xlsx() }]);
    const [grid] = await host.readWorkbooks();
    expect(await host.cellContextAsync(grid.file, grid.sheets[0].name, 'B2')).toBe(fromWorker);
    expect(asked).toEqual([['计划.xlsx', grid.sheets[0].name, 'B2', 3]]);
    expect(await host.cellContextAsync('别的.xlsx', grid.sheets[0].name, 'B2')).toBeNull();
    expect(asked).toHaveLength(1);
    const plain = setup().host;
    plain.addFiles([{ name: '计划.xlsx', bytes: xlsx() }]);
    await plain.readWorkbooks();
    expect(await plain.cellContextAsync(grid.file, grid.sheets[0].name, 'B2', 1)).toEqual(plain.cellContext(grid.file, grid.sheets[0].name, 'B2', 1));
  });

  it('reads through the page\'s worker when it has one; 取消 (CancelledError) is not an unreadable file', async () => {
    const reads: string[] = [];
    const host = createBrowserHost({
      save: () => undefined,
      storage: memoryStorage(),
      readAsync: async (bytes, name) => {
        reads.push(name);
        if (name === 'stop.xlsx') throw Object.assign(new Error('cancelled'), { name: 'CancelledError' });
        return readWorkbookBytes(bytes, name);
      },
    });
    host.addFiles([{ name: 'a.xlsx', bytes: xlsx() }]);
    expect(await host.readWorkbooks()).toHaveLength(1);
    expect(reads).toEqual(['a.xlsx']);
    host.addFiles([{ name: 'stop.xlsx', bytes: xlsx() }]);
    await expect(host.readWorkbooks()).rejects.toMatchObject({ name: 'CancelledError' });
    expect(host.unreadable()).toEqual([]);
  });

  it('keeps settings in storage', async () => {
    const { host } = setup();
    expect(await host.loadSettings()).toBeNull();
    await host.saveSettings({ packs: ['sc2020'] });
    expect(await host.loadSettings()).toEqual({ packs: ['sc2020'] });
  });

  it('offers a template as a download', async () => {
    const { host, saved } = setup();
    await host.insertTemplate('schedule');
    expect(saved[0].name).toBe('日程表.xlsx');
    expect(String.fromCharCode(saved[0].bytes[0], saved[0].bytes[1])).toBe('PK');
  });

  it('names marked copies after the file', () => {
    expect(markedName('计划.xls')).toBe('计划（已审核）.xlsx');
    expect(markedName('a.b.CSV')).toBe('a.b（已审核）.xlsx');
  });
});
