/** @jest-environment jsdom */
import { cellOf } from '../../src/core/report/sheet';
import './dom';
/**
 * The 合并汇总 tab on a recording fake host with the real core: files picked through the file input are read,
 * reviewed and merged; the counts, failed files and rejected rows are shown; the three sheets and the chart
 * go to the host; cancelling stops between files and writes nothing; a re-merge keeps the reviewer's
 * columns from the workbook's 省级汇总; 导出需求表 writes one form per approved project (sheets or a ZIP);
 * in browser mode the summary is downloaded as 省级汇总.xlsx.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { unzipSync } from 'fflate';
import { COL, mergeToTables, readExistingSummary } from '../../src/core/merge';
import { createBrowserHost } from '../../src/hosts/browser';
import { readWorkbookBytes } from '../../src/hosts/files/read';
import { writeXlsx } from '../../src/hosts/files/write/xlsx';
import { MergeTab } from '../../src/taskpane/components/MergeTab';
import { coreEngine } from '../../src/app/coreEngine';
import { zh } from '../../src/app/i18n';
import { reopen, source, T0 } from '../core/merge/helpers';
import { fakeHost } from './fakes';

const HEADER = ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '经费预算（万元）', '联系人微信'];

function unitBook(unit: string, rows: (string | number | null)[][]): Uint8Array {
  return writeXlsx({ sheets: [{ name: '需求表', rows: [HEADER, ...rows.map((r, i) => [i + 1, ...r])] }] });
}

const A = () =>
  unitBook('甲单位', [
    ['智能制造研修班', '甲单位', '德国', 10, 15, 30, 'wx1'],
    ['职业教育研修班', '甲单位', '瑞士', 8, 12, 20, null],
    [null, null, null, null, null, null, '只有微信'], // rejected: only an unmapped column
  ]);
const B = () => unitBook('乙单位', [['农业技术培训班', '乙单位', '荷兰', 12, 14, 25, null]]);
const NOT_A_WORKBOOK = () => new TextEncoder().encode('这不是工作簿');

const file = (name: string, bytes: Uint8Array) => new File([bytes as BlobPart], name);

function pick(files: File[]) {
  const input = screen.getByLabelText('选择报回的文件', { selector: 'input' }) as HTMLInputElement;
  fireEvent.change(input, { target: { files } });
}

const button = (text: string) => screen.getByText(text, { selector: 'button' }) as HTMLButtonElement;

async function merge() {
  fireEvent.click(button('合并'));
  await screen.findByText(/合并完成/);
}

function count(key: string): string {
  const el = document.querySelector(`[data-count="${key}"]`);
  if (!el) throw new Error(`no count ${key}`);
  return el.lastElementChild!.textContent ?? '';
}

describe('合并汇总 tab in Excel', () => {
  it('merges the picked files, shows the counts, the failed file and the rejected row, and writes the three sheets with a chart', async () => {
    const host = fakeHost();
    render(<MergeTab host={host} engine={coreEngine()} t={zh} />);
    pick([file('甲.xlsx', A()), file('乙.xlsx', B()), file('说明.xlsx', NOT_A_WORKBOOK())]);
    await screen.findByText('已选 3 个文件');
    await merge();

    expect(count('filesRead')).toBe('2');
    expect(count('filesFailed')).toBe('1');
    expect(count('projectsIn')).toBe('4');
    expect(count('projectsMerged')).toBe('3');
    expect(count('rejected')).toBe('1');
    // Conservation on screen: in = merged + rejected.
    expect(Number(count('projectsIn'))).toBe(Number(count('projectsMerged')) + Number(count('rejected')));

    const failed = document.querySelector('[data-failed="说明.xlsx"]');
    expect(failed?.textContent).toContain('说明.xlsx');
    const rejected = document.querySelectorAll('[data-rejected]');
    expect(rejected).toHaveLength(1);
    expect(rejected[0].getAttribute('data-rejected')).toBe('甲.xlsx!需求表!4');
    expect(rejected[0].textContent).toContain('只有微信');
    expect(rejected[0].textContent).toContain('未识别列');

    // The existing summary was looked for in the workbook (only its two sheets), then the three sheets written.
    expect(host.readSheets[0]).toEqual(['省级汇总', '导入记录']);
    expect(host.written).toHaveLength(1);
    const { sheets, opts } = host.written[0];
    expect(sheets.map((s) => s.name)).toEqual(['省级汇总', '单位汇总', '导入记录']);
    expect(opts.chart?.sheet).toBe('单位汇总');
    expect(opts.chart?.categories).toEqual(['德国', '瑞士', '荷兰']);
    expect(sheets[0].rows.slice(1).map((r) => r[sheets[0].rows[0].indexOf(COL.theme)])).toEqual(['智能制造研修班', '职业教育研修班', '农业技术培训班']);
    expect(screen.getByText(/已在“单位汇总”中插入图表/)).toBeTruthy();
  });

  it('with no pack ticked, each file is reviewed with the packs its content suggests, and the note says which', async () => {
    const zj = () => unitBook('浙江省农业科学院', [['设施农业专题培训班', '浙江省农业科学院', '荷兰', 12, 14, 25, null]]);
    const host = fakeHost();
    render(<MergeTab host={host} engine={coreEngine()} t={zh} />);
    pick([file('浙.xlsx', zj())]);
    await screen.findByText('已选 1 个文件');
    await merge();
    expect(screen.getByText(/未勾选规则包，已按各文件内容选用：浙江/)).toBeTruthy();
  });

  it('with a pack ticked in the settings, no suggestion is made', async () => {
    const zj = () => unitBook('浙江省农业科学院', [['设施农业专题培训班', '浙江省农业科学院', '荷兰', 12, 14, 25, null]]);
    const host = fakeHost({ stored: { packs: ['sc2020'] } });
    render(<MergeTab host={host} engine={coreEngine()} t={zh} />);
    pick([file('浙.xlsx', zj())]);
    await screen.findByText('已选 1 个文件');
    await merge();
    expect(screen.queryByText(/未勾选规则包/)).toBeNull();
  });

  it('lists no rejected row when every row became a project', async () => {
    const host = fakeHost();
    render(<MergeTab host={host} engine={coreEngine()} t={zh} />);
    pick([file('乙.xlsx', B())]);
    await screen.findByText('已选 1 个文件');
    await merge();
    expect(count('rejected')).toBe('0');
    expect(document.querySelectorAll('[data-rejected]')).toHaveLength(0);
    expect(screen.getByText(/没有拒收的行/)).toBeTruthy();
  });

  it('cancel stops between files and writes nothing', async () => {
    const host = fakeHost();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let hashed = 0;
    const sha256 = async () => {
      hashed++;
      if (hashed === 1) await gate;
      return 'sha';
    };
    render(<MergeTab host={host} engine={coreEngine()} t={zh} deps={{ sha256 }} />);
    pick([file('甲.xlsx', A()), file('乙.xlsx', B()), file('丙.xlsx', B())]);
    await screen.findByText('已选 3 个文件');
    fireEvent.click(button('合并'));
    // Cancel while the first file is being worked on.
    await waitFor(() => expect(hashed).toBe(1));
    fireEvent.click(await screen.findByText('取消', { selector: 'button' }));
    release();
    await screen.findByText(/已取消/);
    expect(screen.getByText(/处理了 1\/3 个文件/)).toBeTruthy();
    expect(hashed).toBe(1);
    expect(host.written).toHaveLength(0);
    expect(host.calls).not.toContain('writeSheets');
  });

  it('without a Worker (jsdom) the page reads and prepares each file itself', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const host = fakeHost();
    const read = jest.fn((bytes: Uint8Array, name: string) => readWorkbookBytes(bytes, name));
    render(<MergeTab host={host} engine={coreEngine()} t={zh} deps={{ read }} />);
    pick([file('甲.xlsx', A()), file('乙.xlsx', B())]);
    await screen.findByText('已选 2 个文件');
    await merge();
    expect(read.mock.calls.map(([, name]) => name)).toEqual(['甲.xlsx', '乙.xlsx']);
    expect(count('projectsMerged')).toBe('3');
  });

  it('with the engine’s worker, each file goes there, and 取消 ends it at once without waiting for the file', async () => {
    const host = fakeHost();
    const read = jest.fn(readWorkbookBytes);
    const base = coreEngine();
    const sent: string[] = [];
    let stop: ((e: Error) => void) | null = null;
    let cancels = 0;
    const engine = {
      ...base,
      // The worker: answers the first file, holds the second until it is ended.
      sourceAsync: (f: { name: string; bytes: Uint8Array }, meta: { sha256: string; importedAt: string }, policy: never, options: never) => {
        sent.push(f.name);
        if (sent.length === 1) {
          const { fileSource } = jest.requireActual('../../src/app/mergeFile') as typeof import('../../src/app/mergeFile');
          return Promise.resolve(fileSource(f.name, meta, policy, { read: () => readWorkbookBytes(f.bytes, f.name), review: (g) => base.review(g, options) }));
        }
        return new Promise<never>((_, reject) => (stop = reject));
      },
      cancel: () => {
        cancels++;
        stop?.(Object.assign(new Error('cancelled'), { name: 'CancelledError' }));
      },
    };
    render(<MergeTab host={host} engine={engine} t={zh} deps={{ read }} />);
    pick([file('甲.xlsx', A()), file('乙.xlsx', B()), file('丙.xlsx', B())]);
    await screen.findByText('已选 3 个文件');
    fireEvent.click(button('合并'));
    await waitFor(() => expect(sent).toEqual(['甲.xlsx', '乙.xlsx']));
    fireEvent.click(await screen.findByText('取消', { selector: 'button' }));
    await screen.findByText(/已取消/);
    expect(cancels).toBe(1);
    expect(screen.getByText(/处理了 1\/3 个文件/)).toBeTruthy();
    expect(read).not.toHaveBeenCalled(); // nothing was read on the page
    expect(host.calls).not.toContain('writeSheets');
  });

  it('a re-merge keeps the reviewer’s 审核意见 from the workbook’s 省级汇总', async () => {
    const first = mergeToTables([source('甲.xlsx', [{ unit: '甲单位', theme: '智能制造研修班' }])], { importedAt: T0 }).sheets;
    const header = first[0].rows[0] as string[];
    first[0].rows[1][header.indexOf(COL.opinion)] = '请补充日程';
    const host = fakeHost({ grids: [reopen(first, 'Book1.xlsx')] });
    render(<MergeTab host={host} engine={coreEngine()} t={zh} />);
    pick([file('甲.xlsx', A())]);
    await screen.findByText('已选 1 个文件');
    await merge();
    expect(screen.getByText(/已在工作簿原有的 1 行“省级汇总”基础上合并/)).toBeTruthy();
    const written = host.written[0].sheets[0];
    const h = written.rows[0] as string[];
    const row = written.rows.find((r) => r[h.indexOf(COL.theme)] === '智能制造研修班')!;
    expect(row[h.indexOf(COL.opinion)]).toBe('请补充日程');
    expect(count('added')).toBe('1'); // 职业教育研修班; 智能制造研修班 matched the earlier row
  });

  it('refuses to merge over a 省级汇总 it cannot read, writing nothing', async () => {
    const host = fakeHost({ grids: [{ file: 'Book1.xlsx', sheets: [{ name: '省级汇总', cells: [[{ v: '随便写的' }]], merges: [] }] }] });
    render(<MergeTab host={host} engine={coreEngine()} t={zh} />);
    pick([file('乙.xlsx', B())]);
    await screen.findByText('已选 1 个文件');
    fireEvent.click(button('合并'));
    await screen.findByText(/无法读取，为免覆盖/);
    expect(host.written).toHaveLength(0);
  });

  it('shows Excel’s refusal of the write in Chinese', async () => {
    const host = fakeHost();
    host.failNext = { method: 'writeSheets', error: Object.assign(new Error('The workbook is protected'), { code: 'AccessDenied', name: 'RichApi.Error', debugInfo: {} }) };
    render(<MergeTab host={host} engine={coreEngine()} t={zh} />);
    pick([file('乙.xlsx', B())]);
    await screen.findByText('已选 1 个文件');
    fireEvent.click(button('合并'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Excel 拒绝了这个操作');
    expect(alert.textContent).toContain('撤销保护');
  });

  describe('导出需求表', () => {
    function approvedSummaryHost() {
      const sheets = mergeToTables(
        [source('甲.xlsx', [{ unit: '甲单位', theme: '智能制造研修班' }, { unit: '甲单位', theme: '职业教育研修班' }])],
        { importedAt: T0 },
      ).sheets;
      const h = sheets[0].rows[0] as string[];
      sheets[0].rows[1][h.indexOf(COL.approved)] = '是';
      sheets[0].rows[2][h.indexOf(COL.approved)] = '否';
      return fakeHost({ grids: [reopen(sheets, 'Book1.xlsx')] });
    }

    it('writes one 需求表 sheet per approved project into the workbook', async () => {
      const host = approvedSummaryHost();
      render(<MergeTab host={host} engine={coreEngine()} t={zh} />);
      fireEvent.click(button('导出需求表'));
      await screen.findByText(/已为 1 个同意的项目各插入一个需求表工作表/);
      const { sheets } = host.written[0];
      expect(sheets.map((s) => s.name)).toEqual(['需求表001 甲单位']);
      const values = sheets[0].rows.flat().map((c) => cellOf(c)?.value);
      expect(values).toContain('智能制造研修班');
      expect(values).not.toContain('职业教育研修班');
    });

    it('offers the same forms as a ZIP download', async () => {
      const host = approvedSummaryHost();
      render(<MergeTab host={host} engine={coreEngine()} t={zh} />);
      fireEvent.click(button('下载为 ZIP'));
      await screen.findByText(/已下载 1 份需求表/);
      const d = host.downloads[0];
      expect(d.name).toBe('需求表.zip');
      const entries = unzipSync(d.bytes);
      expect(Object.keys(entries)).toEqual(['001_甲单位_智能制造研修班.xlsx']);
      const grid = readWorkbookBytes(entries['001_甲单位_智能制造研修班.xlsx'], 'x.xlsx');
      expect(JSON.stringify(grid.sheets[0].cells)).toContain('智能制造研修班');
    });

    it('says so when nothing is approved', async () => {
      const sheets = mergeToTables([source('甲.xlsx', [{ unit: '甲单位', theme: '智能制造研修班' }])], { importedAt: T0 }).sheets;
      const host = fakeHost({ grids: [reopen(sheets, 'Book1.xlsx')] });
      render(<MergeTab host={host} engine={coreEngine()} t={zh} />);
      fireEvent.click(button('导出需求表'));
      await screen.findByText(/没有可导出的需求表/);
      expect(host.written).toHaveLength(0);
    });
  });
});

describe('合并汇总 tab in browser mode', () => {
  function memoryStorage() {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  }

  it('merges the picked files and downloads 省级汇总.xlsx; a picked earlier summary is merged into', async () => {
    const saved: { name: string; bytes: Uint8Array }[] = [];
    const host = createBrowserHost({ save: (name, bytes) => saved.push({ name, bytes }), storage: memoryStorage() });
    const { unmount } = render(<MergeTab host={host} engine={coreEngine()} t={zh} />);
    pick([file('甲.xlsx', A()), file('乙.xlsx', B())]);
    await screen.findByText('已选 2 个文件');
    await merge();
    expect(screen.getByText(/已下载“省级汇总.xlsx”/)).toBeTruthy();
    expect(saved.map((s) => s.name)).toEqual(['省级汇总.xlsx']);
    const summary = readExistingSummary(readWorkbookBytes(saved[0].bytes, '省级汇总.xlsx'));
    expect(summary.rows.map((r) => r.values[COL.theme])).toEqual(['智能制造研修班', '职业教育研修班', '农业技术培训班']);
    unmount();

    // The reviewer types 审核意见 into the downloaded summary and merges a correction into it.
    const grid = readWorkbookBytes(saved[0].bytes, '省级汇总.xlsx');
    const sheet = grid.sheets.find((s) => s.name === '省级汇总')!;
    const col = (sheet.cells[0] ?? []).findIndex((c) => c?.v === COL.opinion);
    sheet.cells[3]![col] = { v: '同意上报' };
    const { outSheetsToXlsx } = await import('../../src/app/exportFiles');
    const edited = outSheetsToXlsx(grid.sheets.map((s) => ({ name: s.name, rows: s.cells.map((r) => (r ?? []).map((c) => c?.v ?? null)) })));
    render(<MergeTab host={host} engine={coreEngine()} t={zh} />);
    pick([file('省级汇总.xlsx', edited), file('乙.xlsx', unitBook('乙单位', [['农业技术培训班', '乙单位', '荷兰', 15, 14, 25, null]]))]);
    await screen.findByText('已选 2 个文件');
    await merge();
    expect(screen.getByText(/已在“省级汇总.xlsx”的基础上合并/)).toBeTruthy();
    const again = readExistingSummary(readWorkbookBytes(saved[1].bytes, 'x.xlsx'));
    const farm = again.rows.find((r) => r.values[COL.theme] === '农业技术培训班')!;
    expect(farm.values[COL.opinion]).toBe('同意上报');
    expect(farm.values[COL.people]).toBe(15);
    expect(within(document.body).getByText('读取的文件')).toBeTruthy();
  });
});

afterEach(() => waitFor(() => undefined));
