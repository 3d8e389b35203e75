/** The ribbon's callbacks (entry.ts) driven against the fake: 审核, 清除标记, 打开审核面板. */
import { BUTTONS, makeRibbon } from '../../../src/hosts/wps/addin/entry';
import { buildPlan } from '../../support/excelPlan';
import type { FakeExcel } from '../../support/fakeExcel';
import { FakeWps } from '../../support/fakeWps';

function setup() {
  const fake = new FakeWps();
  buildPlan(fake as unknown as FakeExcel, 10);
  const said: string[] = [];
  const ribbon = makeRibbon({ app: () => fake.app, base: () => 'http://127.0.0.1:3889/index.html', say: (m) => said.push(m) });
  const click = async (id: string) => {
    (ribbon.OnAction as (c: { Id: string }) => unknown)({ Id: id });
    await ribbon.pending;
  };
  return { fake, said, ribbon, click };
}

describe('ribbon callbacks', () => {
  test('OnAddinLoad accepts the ribbon; every button has an image and is enabled', () => {
    const { ribbon } = setup();
    expect((ribbon.OnAddinLoad as (r: unknown) => unknown)({})).toBe(true);
    for (const id of Object.values(BUTTONS)) {
      expect((ribbon.GetImage as (c: { Id: string }) => string)({ Id: id })).toMatch(/^assets\/.+\.png$/);
      expect((ribbon.OnGetEnabled as (c: { Id: string }) => boolean)({ Id: id })).toBe(true);
    }
  });

  test('打开审核面板 creates the task pane once from the add-in’s own address, then shows and hides it', async () => {
    const { fake, click } = setup();
    await click(BUTTONS.pane);
    expect(fake.panes).toHaveLength(1);
    expect(fake.panes[0]).toMatchObject({ url: 'http://127.0.0.1:3889/taskpane.html', Visible: true });
    await click(BUTTONS.pane);
    await click(BUTTONS.pane);
    expect(fake.panes).toHaveLength(1);
    expect(fake.panes[0].Visible).toBe(true);
    await click(BUTTONS.pane);
    expect(fake.panes[0].Visible).toBe(false);
  });

  test('审核 marks the workbook with its saved settings; 清除标记 restores it', async () => {
    const { fake, said, click } = setup();
    fake.sheet('需求表').values.delete('1,2'); // 培训班主题 left empty
    const before = fake.snapshot();
    await click(BUTTONS.review);
    expect(said).toEqual([]);
    expect(fake.sheets.map((s) => s.name)).toContain('审核结果');
    await click(BUTTONS.clear);
    expect(fake.snapshot()).toEqual(before);
  });

  test('a failure is said in one Chinese line, not thrown at WPS', async () => {
    const { fake, said, click } = setup();
    Object.defineProperty(fake.app, 'ActiveWorkbook', { get: () => null });
    await click(BUTTONS.clear);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('没有打开的工作簿');
  });
});

describe('pane strings inside WPS', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { forHost, zh, en } = require('../../../src/app/i18n') as typeof import('../../../src/app/i18n');
  test.each([
    ['zh', zh, 'WPS 表格'],
    ['en', en, 'WPS Spreadsheets'],
  ] as const)('%s: where the pane names its host it says WPS, and Excel stays Excel', (_l, t, name) => {
    const w = forHost(t, 'wps');
    for (const s of [w.liveUnavailable, w.excelRefused('x', 'C'), w.merge.exportZipHint]) {
      expect(s).toContain(name);
      expect(s).not.toContain('Excel');
    }
    expect(forHost(t, 'excel')).toBe(t);
    expect(t.liveUnavailable).toContain('Excel');
  });
});
