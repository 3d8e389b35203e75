/** @jest-environment jsdom */
/**
 * The pane's everyday behaviour (issue 12 items 2–7, issue 13 item 1) against fakes: 取消 while the engine's
 * worker reviews, browser mode without 清除标记 and with the download beside the results, 定位 opening the sheet
 * around the cell, stale “请先打开…” messages cleared, findings paged, the language switch, and the parameter
 * editor by type (switch, number with unit, the holiday calendar per year with its notice).
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/components/App';
import { PAGE_SIZE } from '../../src/taskpane/components/FindingsView';
import { TALLY_PAGE } from '../../src/taskpane/components/ReviewTab';
import { SHEET_PAGE } from '../../src/taskpane/components/SheetPanel';
import { ParamsEditor } from '../../src/taskpane/components/ParamsEditor';
import { coreEngine } from '../../src/app/coreEngine';
import type { Engine } from '../../src/app/engine';
import { CancelledError } from '../../src/app/engineWorker';
import { en, zh } from '../../src/app/i18n';
import type { CellContext, LocalFiles, WorkbookHost } from '../../src/hosts/host';
import { fakeEngine, fakeHost, finding, project, type FakeHost } from './fakes';

const button = (text: string) => screen.getByText(text, { selector: 'button' }) as HTMLButtonElement;
const queryButton = (text: string) => screen.queryByText(text, { selector: 'button' });

/** The fake host with the `files` capability (browser mode): files opened in the pane, a cell's neighbourhood. */
function browserLike(): FakeHost & { files: LocalFiles; names: string[]; downloadedWith: number[] } {
  const host = fakeHost() as FakeHost & { files: LocalFiles; names: string[]; downloadedWith: number[] };
  host.names = [];
  host.downloadedWith = [];
  (host as { kind: string }).kind = 'browser';
  const ctx: CellContext = { sheet: '需求表', cell: 'H3', top: 0, left: 4, rows: [['人数', '天数'], ['20', '10'], ['25', '14']], at: { row: 2, col: 0 } };
  host.files = {
    addFiles: (fs) => host.names.push(...fs.map((f) => f.name)),
    removeFile: (n) => (host.names = host.names.filter((x) => x !== n)),
    fileNames: () => [...host.names],
    unreadable: () => [],
    downloadMarked: async (f) => void host.downloadedWith.push(f.length),
    cellContext: (file, sheet, cell) => (cell === 'H3' ? ctx : null),
  };
  return host;
}

const FINDINGS = { common: [finding({ ruleId: 'SC-GROUP-SIZE', cell: 'H3', projectKey: 'P1', message: '人数25人，超过每团20人' })] };

describe('取消', () => {
  it('answers while the worker reviews: the run stops, the worker is ended, and the pane says so', async () => {
    const base = fakeEngine(FINDINGS, [project('P1', '数字经济专题培训班')]);
    let cancelled = 0;
    let reject: (e: unknown) => void = () => undefined;
    const engine: Engine = {
      ...base,
      reviewAsync: () => new Promise((_, rej) => (reject = rej)),
      cancel: () => {
        cancelled++;
        reject(new CancelledError());
      },
    };
    const host = fakeHost();
    render(<App host={host} engine={engine} t={zh} today="2024-03-01" />);
    fireEvent.click(button('审核'));
    const cancel = await screen.findByText('取消', { selector: 'button' });
    expect(button('审核').disabled).toBe(true);
    fireEvent.click(cancel);
    expect(await screen.findByText('已取消审核，结果未更新。')).toBeTruthy();
    expect(cancelled).toBe(1);
    expect(button('审核').disabled).toBe(false);
    expect(queryButton('取消')).toBeNull();
    expect(host.marked).toEqual([]); // nothing marked from a cancelled run
  });
});

describe('browser mode (the files capability)', () => {
  it('hides 清除标记, clears “请先打开…” once files are open, offers the download with the results, and 定位 opens the sheet around the cell', async () => {
    const host = browserLike();
    render(<App host={host as WorkbookHost} engine={fakeEngine(FINDINGS, [project('P1', '数字经济专题培训班')])} t={zh} today="2024-03-01" />);
    await act(async () => {});
    expect(queryButton('清除标记')).toBeNull();
    fireEvent.click(button('审核'));
    expect(await screen.findByText('请先打开要审核的工作簿文件。')).toBeTruthy();
    const input = screen.getAllByLabelText('打开工作簿', { selector: 'input' })[0];
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([1])], 'plan.xlsx')] } });
    await waitFor(() => expect(screen.queryByText('请先打开要审核的工作簿文件。')).toBeNull());
    fireEvent.click(button('审核'));
    await screen.findByText(/审核完成/);
    const results = screen.getByRole('region', { name: '审核结果' });
    fireEvent.click(within(results).getByText('下载已标记的副本', { selector: 'button' }));
    await waitFor(() => expect(host.downloadedWith).toEqual([1]));
    // 定位: the neighbourhood, the cell marked as current.
    fireEvent.click(screen.getByLabelText('定位到 需求表!H3'));
    const grid = await screen.findByRole('table', { name: '需求表!H3 及周围' });
    const current = grid.querySelector('td[aria-current="true"]')!;
    expect(current.textContent).toBe('25');
    expect([...grid.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['', 'E', 'F']);
    expect(host.selected).toEqual(['plan.xlsx|需求表!H3']);
  });

  it('in Excel (no files capability) 清除标记 is there and 定位 opens no grid', async () => {
    const host = fakeHost();
    render(<App host={host} engine={fakeEngine(FINDINGS, [project('P1', '数字经济专题培训班')])} t={zh} today="2024-03-01" />);
    expect(button('清除标记')).toBeTruthy();
    fireEvent.click(button('审核'));
    await screen.findByText(/审核完成/);
    fireEvent.click(screen.getByLabelText('定位到 需求表!H3'));
    await waitFor(() => expect(host.selected).toEqual(['plan.xlsx|需求表!H3']));
    expect(screen.queryByRole('table', { name: /及周围/ })).toBeNull();
  });
});

describe('paging', () => {
  it('draws one page of findings at a time, with previous / next', async () => {
    const many = Array.from({ length: PAGE_SIZE * 2 + 5 }, (_, i) => finding({ ruleId: `C-X${i}`, cell: `A${i + 1}`, severity: 'warning' }));
    render(<App host={fakeHost()} engine={fakeEngine({ common: many })} t={zh} today="2024-03-01" />);
    fireEvent.click(button('审核'));
    await screen.findByText(/审核完成/);
    const drawn = () => document.querySelectorAll('li[data-rule]').length;
    expect(drawn()).toBe(PAGE_SIZE);
    expect(screen.getByText(`第 1–${PAGE_SIZE} 条，共 ${many.length} 条`)).toBeTruthy();
    expect(button('上一页').disabled).toBe(true);
    fireEvent.click(button('下一页'));
    fireEvent.click(button('下一页'));
    expect(drawn()).toBe(5);
    expect(button('下一页').disabled).toBe(true);
    expect(document.querySelector('li[data-rule]')!.getAttribute('data-rule')).toBe(`C-X${PAGE_SIZE * 2}`);
  });
});

describe('results drawn in parts (findings, then tallies, then sheets)', () => {
  // More files, projects and findings than a page of each holds: every one must be reachable through its pager.
  const files = Array.from({ length: SHEET_PAGE + 5 }, (_, i) => `单位${String(i + 1).padStart(2, '0')}.xlsx`);
  const projects = files.flatMap((file, i) => [project(`P${i}a`, `第${i + 1}单位甲班`, {}, file), project(`P${i}b`, `第${i + 1}单位乙班`, {}, file)]);
  const findings = projects.flatMap((p, i) => [
    finding({ ruleId: 'SC-GROUP-SIZE', file: p.file, cell: `E${i + 2}`, projectKey: p.key, severity: 'error' }),
    finding({ ruleId: 'C-PHONE', file: p.file, cell: `M${i + 2}`, projectKey: p.key, severity: 'warning' }),
  ]);
  const grids = files.map((file) => ({ file, sheets: [] }));
  const section = (name: string) => document.querySelector(`section[aria-label="${name}"]`) as HTMLElement | null;

  /** `read` on every page of the pager found by `pager` (none: one page). */
  function eachPage(read: () => void, pager: () => HTMLElement | null) {
    for (;;) {
      read();
      const p = pager();
      const next = p && (within(p).queryByText('下一页', { selector: 'button' }) as HTMLButtonElement | null);
      if (!next || next.disabled) return;
      fireEvent.click(next);
    }
  }

  async function reviewed() {
    render(<App host={fakeHost({ grids })} engine={fakeEngine({ common: findings }, projects)} t={zh} today="2024-03-01" />);
    fireEvent.click(button('审核'));
    await screen.findByText(/审核完成/);
    expect(section('问题')).not.toBeNull();
    await waitFor(() => expect(section('工作表识别')).not.toBeNull());
    expect(section('项目统计')).not.toBeNull();
  }

  it('draws every finding, tally card and workbook, each reachable through its pager', async () => {
    expect(projects.length).toBeGreaterThan(TALLY_PAGE * 2);
    expect(findings.length).toBeGreaterThan(PAGE_SIZE * 3);
    await reviewed();

    const seen: string[] = [];
    eachPage(
      () => section('问题')!.querySelectorAll('li[data-rule]').forEach((li) => seen.push(`${li.getAttribute('data-rule')} ${li.querySelector('button[aria-label^="定位到"]')!.textContent}`)),
      () => section('问题')!.querySelector('nav'),
    );
    expect(seen.length).toBe(findings.length);
    expect(new Set(seen)).toEqual(new Set(findings.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`)));

    // the tally cards' pager is the nav after their section
    const themes: string[] = [];
    eachPage(
      () => section('项目统计')!.querySelectorAll('[role=group]').forEach((c) => themes.push(c.getAttribute('aria-label')!)),
      () => section('项目统计')!.nextElementSibling as HTMLElement,
    );
    expect(themes).toEqual(projects.map((p) => p.theme));

    const names: string[] = [];
    eachPage(
      () => section('工作表识别')!.querySelectorAll('span').forEach((t) => /^单位\d+\.xlsx$/.test(t.textContent ?? '') && names.push(t.textContent!)),
      () => section('工作表识别')!.querySelector('nav'),
    );
    expect(names).toEqual(files);
  });

  it('a later review redraws the results at once and keeps the sheet panel on its page', async () => {
    await reviewed();
    fireEvent.click(within(section('工作表识别')!.querySelector('nav')!).getByText('下一页', { selector: 'button' }));
    expect(within(section('工作表识别')!).getByText(files.at(-1)!)).toBeTruthy();
    fireEvent.click(button('审核'));
    await waitFor(() => expect(button('审核').disabled).toBe(false));
    // the new results committed and any later parts' timers run (a redraw in parts would have remounted the panel)
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(section('项目统计')).not.toBeNull();
    expect(within(section('工作表识别')!).getByText(files.at(-1)!)).toBeTruthy();
  });
});

describe('language switch', () => {
  it('offers the other language and calls back with it', async () => {
    const chosen: string[] = [];
    const { rerender } = render(<App host={fakeHost()} engine={fakeEngine({})} t={zh} onLanguage={(l) => chosen.push(l)} />);
    fireEvent.click(screen.getByRole('button', { name: '切换语言 / Switch language' }));
    expect(chosen).toEqual(['en']);
    rerender(<App host={fakeHost()} engine={fakeEngine({})} t={en} onLanguage={(l) => chosen.push(l)} />);
    expect(screen.getByRole('tab', { name: 'Review' })).toBeTruthy();
    fireEvent.click(screen.getByText('中文', { selector: 'button' }));
    expect(chosen).toEqual(['en', 'zh']);
  });

  it('keeps the packs ticked before the switch (the settings are not loaded again)', async () => {
    const host = fakeHost();
    const engine = fakeEngine({});
    const { rerender } = render(<App host={host} engine={engine} t={zh} onLanguage={() => undefined} />);
    await act(async () => {});
    fireEvent.click(screen.getByLabelText('四川省 2020年度计划申报'));
    rerender(<App host={host} engine={engine} t={en} onLanguage={() => undefined} />);
    await act(async () => {});
    expect((screen.getByLabelText('四川省 2020年度计划申报') as HTMLInputElement).checked).toBe(true);
  });
});

describe('parameter editor', () => {
  const engine = coreEngine();
  function setup(values: Record<string, unknown> = {}, selected: string[] = ['zj2017']) {
    const changes: [string, unknown][] = [];
    render(
      <ParamsEditor packs={engine.packs} selected={selected as never} asOf="2024-03-01" onAsOf={() => undefined} values={values as never} onParam={(k, v) => changes.push([k, v])} t={zh} />,
    );
    fireEvent.click(screen.getByText(/显示参数/, { selector: 'button' }));
    return changes;
  }

  it('a yes/no parameter is a switch; a number has its unit', () => {
    const changes = setup({}, ['zj2017', 'ce2007']);
    const sw = screen.getByRole('switch', { name: new RegExp(zh.paramLabels['ce2007.capPublicHours']) }) as HTMLInputElement;
    expect(sw.checked).toBe(false);
    fireEvent.click(sw);
    expect(changes).toEqual([['ce2007.capPublicHours', true]]);
    const cities = screen.getByLabelText('最多城市数') as HTMLInputElement;
    expect(cities.type).toBe('number');
    expect(within(cities.closest('[data-param]') as HTMLElement).getByText('个')).toBeTruthy();
    fireEvent.change(cities, { target: { value: '4' } });
    fireEvent.blur(cities);
    expect(changes.at(-1)).toEqual(['zj2017.maxCities', 4]);
  });

  it('extra days off (zj2017.holidays) are date chips, added with a date picker', () => {
    const changes = setup({ 'zj2017.holidays': ['2024-10-01', '2023-10-02'] });
    const field = document.querySelector('[data-param="zj2017.holidays"]') as HTMLElement;
    expect(within(field).getAllByText(/^\d{4}-\d{2}-\d{2}$/).map((e) => e.textContent)).toEqual(['2023-10-02', '2024-10-01']);
    const add = within(field).getByLabelText(`${zh.paramLabels['zj2017.holidays']} 添加`) as HTMLInputElement;
    expect(add.type).toBe('date');
    fireEvent.change(add, { target: { value: '2025-01-01' } });
    fireEvent.click(within(field).getByText('添加', { selector: 'button' }));
    expect(changes.at(-1)).toEqual(['zj2017.holidays', ['2023-10-02', '2024-10-01', '2025-01-01']]);
  });

  it('the holiday calendar shows each shipped year with its notice, its holidays and its 调休 working days', () => {
    setup();
    const cal = document.querySelector('[data-calendar="china"]') as HTMLElement;
    const shipped = [...cal.querySelectorAll('[data-origin="shipped"]')].map((y) => y.getAttribute('data-year'));
    expect(shipped).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    const y2023 = cal.querySelector('[data-year="2023"]') as HTMLElement;
    expect(within(y2023).getByText(/^2023 · 国办发明电〔2022〕16号/)).toBeTruthy();
    const autumn = within(y2023).getByText(/中秋节、国庆节 9\.29–10\.6 放假/);
    expect(autumn.textContent).toMatch(/调休上班 10\.7、10\.8$/);
    // 2022's 国庆 line has other working days: the row is the year's own.
    expect(within(cal.querySelector('[data-year="2022"]') as HTMLElement).getByText(/国庆节/).textContent).not.toMatch(/10\.7、10\.8/);
    expect(within(y2023).getByText('放假 27 天，调休上班 7 天')).toBeTruthy();
  });

  it('a year the settings add is shown with its source; its dates are added with a date picker and saved as calendar keys', () => {
    const changes = setup({ 'calendar.2027.holidays': '2027-02-05~2027-02-07', 'calendar.2027.source': '国办发明电〔2026〕9号' });
    const cal = document.querySelector('[data-calendar="china"]') as HTMLElement;
    const y2027 = cal.querySelector('[data-year="2027"][data-origin="settings"]') as HTMLElement;
    expect(within(y2027).getByText(/^2027 · 国办发明电〔2026〕9号/)).toBeTruthy();
    expect(within(y2027).getAllByText(/^2027-02-0\d$/).map((e) => e.textContent)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07']);
    fireEvent.change(within(cal).getByLabelText('日期'), { target: { value: '2027-02-20' } });
    fireEvent.click(within(cal).getByText('加为上班', { selector: 'button' }));
    expect(changes).toEqual([
      ['calendar.2027.holidays', ['2027-02-05', '2027-02-06', '2027-02-07']],
      ['calendar.2027.workdays', ['2027-02-20']],
    ]);
    // A date of a shipped year adds a settings year of its own; the shipped row says the settings win.
    changes.length = 0;
    fireEvent.change(within(cal).getByLabelText('日期'), { target: { value: '2024-10-08' } });
    fireEvent.click(within(cal).getByText('加为放假', { selector: 'button' }));
    expect(changes).toEqual([
      ['calendar.2024.holidays', ['2024-10-08']],
      ['calendar.2024.workdays', undefined],
    ]);
    fireEvent.click(within(y2027).getByLabelText('删除 2027-02-06'));
    expect(changes.at(-2)).toEqual(['calendar.2027.holidays', ['2027-02-05', '2027-02-07']]);
  });

  it('lists are chips that can be removed', () => {
    const changes = setup();
    fireEvent.click(screen.getByLabelText('删除 参观'));
    expect(changes.at(-1)).toEqual(['zj2017.visitWords', ['考察', '访问', '交流']]);
  });
});
