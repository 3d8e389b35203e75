/** Ribbon commands: 审核 reviews with the workbook's saved settings (packs, suppressions) and marks; both always complete the event. */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbookBytes } from '../../src/hosts/files/read';
import { fakeHost, type FakeHost } from '../taskpane/fakes';

let host: FakeHost;
jest.mock('../../src/hosts/excel', () => ({ createExcelHost: () => host }));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const commands = require('../../src/ribbon/commands') as typeof import('../../src/ribbon/commands');

const file = path.join(__dirname, '..', '..', 'examples', 'sc-plan.xlsx');
const grid = () => readWorkbookBytes(new Uint8Array(fs.readFileSync(file)), 'sc-plan.xlsx');

function event() {
  const e = { completed: jest.fn() };
  return e as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

describe('ribbon commands', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('审核 runs the packs saved in the workbook and leaves suppressed findings unmarked', async () => {
    host = fakeHost({ grids: [grid()], stored: { packs: ['sc2020'] } });
    const e = event();
    await commands.runReview(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    const marked = host.marked.at(-1)!;
    const target = marked.find((f) => f.ruleId === 'SC-GROUP-SIZE')!;
    expect(target).toBeDefined();

    host = fakeHost({ grids: [grid()], stored: { packs: ['sc2020'], suppressions: [{ ruleId: 'SC-GROUP-SIZE', sheet: target.sheet, cell: target.cell, reason: '特批', at: '2024-01-01' }] } });
    await commands.runReview(event());
    expect(host.marked.at(-1)!.some((f) => f.ruleId === 'SC-GROUP-SIZE' && f.cell === target.cell)).toBe(false);
    expect(host.marked.at(-1)!.some((f) => f.ruleId === 'SC-DURATION')).toBe(true);
  });

  it('审核 without saved packs runs the packs the content suggests (a 四川 plan: sc2020), as the task pane does', async () => {
    host = fakeHost({ grids: [grid()] });
    await commands.runReview(event());
    const ids = new Set(host.marked.at(-1)!.map((f) => f.ruleId));
    expect(ids.has('SC-DURATION')).toBe(true);
    expect([...ids].some((id) => id.startsWith('ZJ-') || id.startsWith('MO-'))).toBe(false);
  });

  it('completes the event and logs a Chinese message when Excel refuses', async () => {
    host = fakeHost({ grids: [grid()] });
    host.failNext = { method: 'applyMarks', error: { name: 'RichApi.Error', code: 'AccessDenied', message: 'The sheet is protected', debugInfo: {} } };
    const e = event();
    await commands.runReview(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect((console.error as jest.Mock).mock.calls[0][0]).toContain('Excel 拒绝了这个操作');
  });

  it('清除标记 clears through the host and completes', async () => {
    host = fakeHost();
    const e = event();
    await commands.clearMarks(e);
    expect(host.calls).toEqual(['clearMarks']);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('registers both functions by name for the ribbon', () => {
    const g = globalThis as unknown as Record<string, unknown>;
    expect(g.runReview).toBe(commands.runReview);
    expect(g.clearMarks).toBe(commands.clearMarks);
  });
});
