/** @jest-environment jsdom */
/**
 * The 审核 tab against a recording fake host and a fake engine: pack checkboxes by their RULES.md names,
 * the 审核 button, grouping, filter and search, suppression (kept in the settings, reversible), clicking a
 * finding, sheet-kind correction, live checking (debounced), and Excel's errors shown in Chinese.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { PACK_NAMES } from '../../src/core/model/review';
import { App } from '../../src/taskpane/components/App';
import { LIVE_DEBOUNCE_MS } from '../../src/taskpane/components/ReviewTab';
import { en, zh } from '../../src/app/i18n';
import { fakeEngine, fakeHost, finding, project, type FakeHost } from './fakes';

const FINDINGS = {
  common: [
    finding({ ruleId: 'C-PHONE', severity: 'warning', cell: 'F3', projectKey: 'P1', message: '电话“12345”不是可识别的电话号码' }),
    finding({ ruleId: 'C-NORMALISED', severity: 'info', cell: 'G3', projectKey: 'P1', message: '人数“20人”按 20 读取' }),
    finding({ ruleId: 'C-UNREADABLE', severity: 'error', sheet: '说明', cell: 'A1', message: '工作表“说明”无法识别' }),
  ],
  sc2020: [
    finding({ ruleId: 'SC-GROUP-SIZE', cell: 'H3', projectKey: 'P1', message: '人数25人，超过每团20人' }),
    finding({ ruleId: 'SC-DURATION', cell: 'I4', projectKey: 'P2', message: '天数10天，少于14天' }),
  ],
  zj2017: [finding({ ruleId: 'ZJ-RATIO-STUDY', cell: 'B4', projectKey: 'P2', message: '课堂学习和考察9天，占15天的60.0%' })],
};
const PROJECTS = [project('P1', '数字经济专题培训班'), project('P2', '智慧城市研修班')];

function setup(opts: { stored?: unknown; host?: FakeHost } = {}) {
  const host = opts.host ?? fakeHost({ stored: opts.stored });
  const engine = fakeEngine(FINDINGS, PROJECTS);
  const utils = render(<App host={host} engine={engine} t={zh} today="2024-03-01" />);
  return { host, engine, ...utils };
}

/** Fast queries (getByRole computes accessible names over Fluent's large DOM and is slow in jsdom). */
const button = (text: string) => screen.getByText(text, { selector: 'button' }) as HTMLButtonElement;
const checkbox = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

async function review() {
  fireEvent.click(button('审核'));
  await screen.findByText(/审核完成/);
}

function region(name: string): HTMLElement {
  const el = document.querySelector(`section[aria-label="${name}"]`);
  if (!el) throw new Error(`no section ${name}`);
  return el as HTMLElement;
}
const findingsSection = () => region('问题');

describe('pack checkboxes', () => {
  it('carry exactly the pack names of RULES.md; 通用检查 is always on', async () => {
    setup();
    for (const name of Object.values(PACK_NAMES)) {
      expect(screen.getByRole('checkbox', { name })).toBeTruthy();
    }
    const common = screen.getByRole('checkbox', { name: '通用检查' }) as HTMLInputElement;
    expect(common.checked).toBe(true);
    expect(common.disabled).toBe(true);
    // A near-miss name is not a checkbox (the names are exact).
    expect(screen.queryByRole('checkbox', { name: '浙江省' })).toBeNull();
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '浙江省 浙外专发〔2017〕14号' })).toBeTruthy());
  });

  it('runs only the ticked packs, and keeps the choice in the workbook settings', async () => {
    const { engine, host } = setup();
    fireEvent.click(checkbox('四川省 2020年度计划申报'));
    await review();
    expect(engine.seen.at(-1)!.packs).toEqual(['sc2020']);
    expect(screen.getAllByText('SC-GROUP-SIZE').length).toBeGreaterThan(0);
    expect(screen.queryByText('ZJ-RATIO-STUDY')).toBeNull();
    expect((host.saved.at(-1) as { packs: string[] }).packs).toEqual(['sc2020']);
    // Marks: every finding that is not suppressed.
    expect(host.marked.at(-1)!.map((f) => f.ruleId).sort()).toEqual(['C-NORMALISED', 'C-PHONE', 'C-UNREADABLE', 'SC-DURATION', 'SC-GROUP-SIZE']);
  });

  it('with no pack picked, the first review runs and ticks the suggested packs, labelled 建议; the reviewer can change them', async () => {
    const host = fakeHost({});
    const engine = fakeEngine(FINDINGS, PROJECTS, ['sc2020']);
    render(<App host={host} engine={engine} t={zh} today="2024-03-01" />);
    expect(document.querySelector('[data-suggested]')).toBeNull();
    await review();
    expect(engine.seen.at(-1)).toMatchObject({ packs: [], suggestPacks: true });
    expect(screen.getAllByText('SC-GROUP-SIZE').length).toBeGreaterThan(0);
    await waitFor(() => expect(checkbox('四川省 2020年度计划申报').checked).toBe(true));
    expect([...document.querySelectorAll('[data-suggested]')].map((e) => [e.getAttribute('data-suggested'), e.textContent])).toEqual([['sc2020', '建议']]);
    expect(screen.getByText(/已按工作簿内容勾选建议的规则包：四川省 2020年度计划申报/)).toBeTruthy();
    expect((host.saved.at(-1) as { packs: string[] }).packs).toEqual(['sc2020']);
    // the reviewer's own choice is then used as it is, without suggesting again
    fireEvent.click(checkbox('四川省 2020年度计划申报'));
    fireEvent.click(checkbox('浙江省 浙外专发〔2017〕14号'));
    await review();
    expect(engine.seen.at(-1)!.packs).toEqual(['zj2017']);
    expect(engine.seen.at(-1)!.suggestPacks).toBeUndefined();
  });

  it('does not suggest when packs are saved in the workbook', async () => {
    const host = fakeHost({ stored: { packs: ['zj2017'] } });
    const engine = fakeEngine(FINDINGS, PROJECTS, ['sc2020']);
    render(<App host={host} engine={engine} t={zh} today="2024-03-01" />);
    await waitFor(() => expect(checkbox('浙江省 浙外专发〔2017〕14号').checked).toBe(true));
    await review();
    expect(engine.seen.at(-1)!.suggestPacks).toBeUndefined();
    expect(checkbox('四川省 2020年度计划申报').checked).toBe(false);
  });

  it('starts from the packs saved in the workbook', async () => {
    setup({ stored: { packs: ['zj2017'] } });
    await waitFor(() => expect(checkbox('浙江省 浙外专发〔2017〕14号').checked).toBe(true));
    expect(checkbox('四川省 2020年度计划申报').checked).toBe(false);
  });

  it('warns in Chinese when the stored settings are invalid, and uses defaults', async () => {
    setup({ stored: { packs: 'sc2020' } });
    expect(await screen.findByText(/工作簿中保存的审核设置无效.*packs/)).toBeTruthy();
  });
});

describe('findings', () => {
  async function reviewed() {
    const ctx = setup({ stored: { packs: ['sc2020', 'zj2017'] } });
    await waitFor(() => expect(checkbox('四川省 2020年度计划申报').checked).toBe(true));
    await review();
    return ctx;
  }

  it('groups by project (workbook-level first), then by rule', async () => {
    await reviewed();
    const groupNames = () => [...findingsSection().querySelectorAll('[role=group]')].map((g) => g.getAttribute('aria-label')).filter((x) => x !== '级别');
    expect(groupNames()).toEqual(['工作簿与未关联项目的问题', '数字经济专题培训班', '智慧城市研修班']);
    const p1 = findingsSection().querySelector('[role=group][aria-label="数字经济专题培训班"]') as HTMLElement;
    // Within a group: errors first.
    expect([...p1.querySelectorAll('li')].map((li) => li.getAttribute('data-rule'))).toEqual(['SC-GROUP-SIZE', 'C-PHONE', 'C-NORMALISED']);

    fireEvent.click(screen.getByLabelText('按规则'));
    expect(groupNames()).toEqual(['C-UNREADABLE', 'SC-DURATION', 'SC-GROUP-SIZE', 'ZJ-RATIO-STUDY', 'C-PHONE', 'C-NORMALISED']);
  });

  it('只看: a severity chip shows only that severity and looks pressed; again shows all; searches text', async () => {
    await reviewed();
    const rules = () => [...findingsSection().querySelectorAll('li')].map((li) => li.getAttribute('data-rule')).sort();
    const pressed = () => [...findingsSection().querySelectorAll('[role=group][aria-label="级别"] button')].filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.textContent);
    expect(rules()).toHaveLength(6);
    expect(pressed()).toEqual(['全部']);
    fireEvent.click(button('提示 1'));
    expect(rules()).toEqual(['C-NORMALISED']);
    expect(pressed()).toEqual(['提示 1']);
    fireEvent.click(button('警告 1'));
    expect(rules()).toEqual(['C-PHONE']);
    expect(pressed()).toEqual(['警告 1']);
    fireEvent.click(button('警告 1'));
    expect(rules()).toHaveLength(6);
    expect(pressed()).toEqual(['全部']);
    fireEvent.click(button('错误 4'));
    expect(rules()).toEqual(['C-UNREADABLE', 'SC-DURATION', 'SC-GROUP-SIZE', 'ZJ-RATIO-STUDY']);
    fireEvent.click(button('全部'));
    expect(rules()).toHaveLength(6);

    fireEvent.change(screen.getByLabelText('搜索'), { target: { value: '智慧城市' } });
    expect(rules()).toEqual(['SC-DURATION', 'ZJ-RATIO-STUDY']); // matched through the project's theme
    fireEvent.change(screen.getByLabelText('搜索'), { target: { value: 'sc-group' } });
    expect(rules()).toEqual(['SC-GROUP-SIZE']);
    fireEvent.change(screen.getByLabelText('搜索'), { target: { value: '不存在的词' } });
    expect(screen.getByText('没有符合筛选条件的问题。')).toBeTruthy();
  });

  it('selects the cell of a clicked finding', async () => {
    const { host } = await reviewed();
    fireEvent.click(screen.getByLabelText('定位到 需求表!H3'));
    await waitFor(() => expect(host.selected).toEqual(['plan.xlsx|需求表!H3']));
  });

  it('suppresses a finding with a reason, lists it under 已忽略, and restores it', async () => {
    const { host } = await reviewed();
    const item = findingsSection().querySelector('li[data-rule="SC-GROUP-SIZE"]') as HTMLElement;
    fireEvent.click(within(item).getByText('忽略', { selector: 'button' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: '忽略', hidden: true }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true); // a reason is required
    fireEvent.change(within(dialog).getByRole('textbox', { hidden: true }), { target: { value: '省外办特批25人' } });
    fireEvent.click(confirm);

    await waitFor(() => expect(findingsSection().querySelector('li[data-rule="SC-GROUP-SIZE"]')).toBeNull());
    const ignored = region('已忽略（1）');
    expect(within(ignored).getByText('SC-GROUP-SIZE')).toBeTruthy();
    expect(within(ignored).getByText(/省外办特批25人/)).toBeTruthy();
    const stored = host.saved.at(-1) as { suppressions: { ruleId: string; sheet: string; cell: string; reason: string }[] };
    expect(stored.suppressions).toMatchObject([{ ruleId: 'SC-GROUP-SIZE', sheet: '需求表', cell: 'H3', reason: '省外办特批25人' }]);
    await waitFor(() => expect(host.marked.at(-1)!.map((f) => f.ruleId)).not.toContain('SC-GROUP-SIZE'));

    fireEvent.click(within(ignored).getByLabelText('恢复 SC-GROUP-SIZE 需求表!H3'));
    await waitFor(() => expect(findingsSection().querySelector('li[data-rule="SC-GROUP-SIZE"]')).not.toBeNull());
    expect(region('已忽略（0）')).toBeTruthy();
    expect((host.saved.at(-1) as { suppressions: unknown[] }).suppressions).toEqual([]);
    await waitFor(() => expect(host.marked.at(-1)!.map((f) => f.ruleId)).toContain('SC-GROUP-SIZE'));
  });

  it('keeps a stored suppression across reviews (the finding stays hidden and unmarked)', async () => {
    const host = fakeHost({ stored: { packs: ['sc2020'], suppressions: [{ ruleId: 'SC-DURATION', sheet: '需求表', cell: 'i4', reason: '线上', at: '2024-01-01' }] } });
    setup({ host });
    await waitFor(() => expect(checkbox('四川省 2020年度计划申报').checked).toBe(true));
    await review();
    expect(findingsSection().querySelector('li[data-rule="SC-DURATION"]')).toBeNull();
    expect(host.marked.at(-1)!.map((f) => f.ruleId)).not.toContain('SC-DURATION');
    expect(region('已忽略（1）')).toBeTruthy();
  });

  it('re-runs with the corrected sheet kind', async () => {
    const { engine } = await reviewed();
    fireEvent.change(await screen.findByLabelText('工作表“需求表”的类型'), { target: { value: 'demand-form' } });
    await waitFor(() => expect(engine.seen.at(-1)!.sheetKinds).toEqual({ 需求表: 'demand-form' }));
    await waitFor(() => expect((screen.getByLabelText('工作表“需求表”的类型') as HTMLSelectElement).value).toBe('demand-form'));
  });
});

describe('Excel errors', () => {
  it('shows the message of an OfficeExtension.Error in Chinese, with a hint', async () => {
    const host = fakeHost();
    host.failNext = { method: 'applyMarks', error: { name: 'RichApi.Error', code: 'InvalidOperationInCellEditMode', message: 'Cell edit mode', debugInfo: {} } };
    setup({ host });
    fireEvent.click(button('审核'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Excel 拒绝了这个操作：Cell edit mode（InvalidOperationInCellEditMode）');
    expect(alert.textContent).toContain('有单元格正在编辑');
  });

  it('clears marks through the host', async () => {
    const { host } = setup();
    fireEvent.click(button('清除标记'));
    expect(await screen.findByText(/已清除全部审核标记/)).toBeTruthy();
    expect(host.calls).toContain('clearMarks');
  });
});

describe('live checking', () => {
  afterEach(() => jest.useRealTimers());

  it('reviews again once cells stop changing for the debounce time, ignoring the 审核结果 sheet', async () => {
    jest.useFakeTimers();
    const { host, engine } = setup();
    const sw = checkbox('边填边查');
    await act(async () => {
      await jest.advanceTimersByTimeAsync(0);
    });
    fireEvent.click(sw);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(0);
    });
    expect(host.calls).toContain('onChange');
    const before = engine.seen.length;

    host.fireChange('需求表');
    await act(async () => {
      await jest.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS - 100);
    });
    host.fireChange('需求表'); // typing goes on: the wait starts again
    await act(async () => {
      await jest.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS - 100);
    });
    expect(engine.seen.length).toBe(before);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(200);
    });
    expect(engine.seen.length).toBe(before + 1);

    host.fireChange('审核结果');
    await act(async () => {
      await jest.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS * 2);
    });
    expect(engine.seen.length).toBe(before + 1);

    fireEvent.click(sw);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(0);
    });
    expect(host.calls).toContain('offChange');
  });

  it('is disabled when the Excel version has no change events', async () => {
    setup({ host: fakeHost({ caps: { changeEvents: false, notice: '此版本的 Excel 不支持数据验证下拉列表。' } }) });
    expect(await screen.findByText('此版本的 Excel 不支持数据验证下拉列表。')).toBeTruthy();
    expect(checkbox('边填边查').disabled).toBe(true);
  });
});

describe('templates', () => {
  it('inserts a standard form from the menu', async () => {
    const { host } = setup();
    fireEvent.click(button('插入模板'));
    fireEvent.click(await screen.findByRole('menuitem', { name: '日程表' }));
    await waitFor(() => expect(host.calls).toContain('insertTemplate:schedule'));
    expect(await screen.findByText('已插入模板“日程表”。')).toBeTruthy();
  });
});

describe('language', () => {
  it('speaks English when asked, with the same pack names', async () => {
    const host = fakeHost();
    render(<App host={host} engine={fakeEngine({})} t={en} />);
    await act(async () => {}); // let the stored settings load
    expect(button('Review')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Review' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: PACK_NAMES.sc2020 })).toBeTruthy();
  });
});
