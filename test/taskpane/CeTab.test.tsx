/** @jest-environment jsdom */
import './dom';
/**
 * The 继续教育 tab on a recording fake host with the real core: the register of the open workbook tallied per
 * person and year (professional, public recorded / counted, abroad, total, required, shortfall), shortfall rows
 * highlighted, a year picker, the cas pack, a row click selecting the person's first row, 标记 / 清除标记; in
 * browser mode with the engine's worker, the register around the person's row comes from the worker.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { sheetFromRows, type WorkbookGrid } from '../../src/core/grid';
import { CeTab } from '../../src/taskpane/components/CeTab';
import { coreEngine } from '../../src/app/coreEngine';
import { zh } from '../../src/app/i18n';
import { fakeHost } from './fakes';
import type { CellContext, LocalFiles } from '../../src/hosts/host';

const HEADER = ['姓名', '身份证号', '单位', '年度', '科目类别', '形式', '学时', '天数', '人员类别'];
const ZHANG = '330102199001011234';
const LI = '330102199001015678';

function registerGrid(): WorkbookGrid {
  const rows = [
    HEADER,
    ['张三', ZHANG, '某研究所', 2024, '专业科目', '面授', 40, null, null],
    ['李四', LI, '某研究所', 2024, '专业科目', '面授', 72, null, '所局级'],
    ['张三', ZHANG, '某研究所', 2024, '公需科目', '网络', 31.5, null, null],
    ['张三', ZHANG, '某研究所', 2023, '专业科目', '出国（境）培训', null, 13, null],
  ];
  return { file: 'Book1.xlsx', sheets: [sheetFromRows('学时登记', rows), sheetFromRows('说明', [['本表登记继续教育学时']])] };
}

const button = (text: string) => screen.getByText(text, { selector: 'button' }) as HTMLButtonElement;

function rowOf(name: string, year: number, basis?: string): HTMLElement {
  const rows = [...document.querySelectorAll(`tr[data-person="${name}"]`)] as HTMLElement[];
  const r = rows.find((x) => x.textContent!.includes(String(year)) && (!basis || x.textContent!.includes(basis)));
  if (!r) throw new Error(`no row ${name} ${year}`);
  return r;
}

const cells = (r: HTMLElement) => [...r.querySelectorAll('td')].map((td) => td.textContent);

async function tally() {
  fireEvent.click(button('统计'));
  await screen.findByText(/行登记/);
}

function setup(grids = [registerGrid()]) {
  const host = fakeHost({ grids });
  render(<CeTab host={host} engine={coreEngine()} t={zh} />);
  return host;
}

describe('继续教育 tab', () => {
  it('tallies per person and year and highlights the shortfall rows', async () => {
    setup();
    await tally();
    expect(screen.getByText('4 行登记，3 人次，其中 1 人次学时不足。')).toBeTruthy();
    const z24 = rowOf('张三', 2024);
    // 专业科目 40; 公需科目 31.5 recorded and counted (RULES.md rev. 2: capped only with capPublicHours); 合计 71.5; 应修 72; 差额 0.5.
    // Columns: the figures that decide first (合计, 应修, 差额), then 专业科目, 公需科目, 出国（境）培训.
    expect(cells(z24).slice(1)).toEqual(['2024', '71.5', '72', '0.5', '40', '31.5 / 31.5', '0']);
    expect(z24.getAttribute('data-shortfall')).toBe('true');
    expect(within(z24).getByText('学时不足')).toBeTruthy();
    // Exactly 72 is enough: not highlighted.
    const li = rowOf('李四', 2024);
    expect(cells(li).slice(2, 5)).toEqual(['72', '72', '0']);
    expect(li.getAttribute('data-shortfall')).toBe('false');
    expect(within(li).queryByText('学时不足')).toBeNull();
    // Outbound days × 6.
    expect(cells(rowOf('张三', 2023)).slice(1)).toEqual(['2023', '78', '72', '0', '0', '0 / 0', '78']);
  });

  it('the year picker shows one year', async () => {
    setup();
    await tally();
    fireEvent.change(screen.getByLabelText('年度', { selector: 'select' }), { target: { value: '2023' } });
    await waitFor(() => expect(document.querySelectorAll('tr[data-person]')).toHaveLength(1));
    expect(cells(rowOf('张三', 2023))[1]).toBe('2023');
    fireEvent.change(screen.getByLabelText('年度', { selector: 'select' }), { target: { value: '' } });
    await waitFor(() => expect(document.querySelectorAll('tr[data-person]')).toHaveLength(3));
  });

  it('with the cas pack, 所局级 leaders need 110 hours', async () => {
    setup();
    await tally();
    fireEvent.click(screen.getByLabelText('中国科学院继续教育指导意见'));
    await waitFor(() => expect(document.querySelectorAll('tr[data-person]')).toHaveLength(6));
    const li = rowOf('李四', 2024, '中国科学院');
    expect(cells(li).slice(3, 6)).toEqual(['72', '110', '38']);
    expect(li.getAttribute('data-shortfall')).toBe('true');
  });

  it('clicking a row selects the person’s first row in Excel', async () => {
    const host = setup();
    await tally();
    fireEvent.click(rowOf('李四', 2024));
    await waitFor(() => expect(host.selected).toEqual(['Book1.xlsx|学时登记!A3']));
    fireEvent.keyDown(rowOf('张三', 2024), { key: 'Enter' });
    await waitFor(() => expect(host.selected.at(-1)).toBe('Book1.xlsx|学时登记!A2'));
  });

  it('标记 marks the shortfall rows with the review’s marks; 清除标记 removes them', async () => {
    const host = setup();
    await tally();
    fireEvent.click(button('标记'));
    await screen.findByText(/已标记 1 人次学时不足的行/);
    const marked = host.marked.at(-1)!;
    expect(marked.map((f) => [f.ruleId, f.sheet, f.cell])).toEqual([['CE-ANNUAL-HOURS', '学时登记', 'A2']]);
    expect(marked[0].related?.map((r) => r.cell)).toEqual(expect.arrayContaining(['A2:I2', 'A4:I4']));
    fireEvent.click(button('清除标记'));
    await screen.findByText('已清除标记。');
    expect(host.calls).toContain('clearMarks');
  });

  it('says so when the workbook holds no register', async () => {
    setup([{ file: 'Book1.xlsx', sheets: [sheetFromRows('说明', [['没有登记表']])] }]);
    fireEvent.click(button('统计'));
    await screen.findByText(/没有找到继续教育学时登记表/);
    expect(document.querySelectorAll('tr[data-person]')).toHaveLength(0);
    expect(button('标记').disabled).toBe(true);
  });
  it('in browser mode asks the worker for the register around the person\'s first row, shown when it answers', async () => {
    const host = fakeHost({ grids: [registerGrid()] }) as ReturnType<typeof fakeHost> & { files: LocalFiles };
    const asked: string[] = [];
    let answer: (c: CellContext | null) => void = () => undefined;
    host.files = {
      addFiles: () => undefined,
      removeFile: () => undefined,
      fileNames: () => ['Book1.xlsx'],
      unreadable: () => [],
      downloadMarked: async () => undefined,
      cellContext: () => {
        throw new Error('the page must not build the window itself when the worker can');
      },
      cellContextAsync: (file, sheet, cell) => {
        asked.push(`${file}|${sheet}!${cell}`);
        return new Promise((resolve) => (answer = resolve));
      },
    };
    render(<CeTab host={host} engine={coreEngine()} t={zh} />);
    await tally();
    fireEvent.click(rowOf('张三', 2024));
    const detail = await waitFor(() => document.querySelector('tr[data-detail="张三"]') as HTMLElement);
    expect(asked).toEqual(['Book1.xlsx|学时登记!A2']);
    expect(detail.querySelector('[data-context]')).toBeNull();
    answer({ sheet: '学时登记', cell: 'A2', top: 0, left: 0, rows: [['姓名'], ['张三']], at: { row: 1, col: 0 } });
    await waitFor(() => expect(detail.querySelector('[data-context]')?.getAttribute('data-context')).toBe('学时登记!A2'));
  });
});
