/** @jest-environment jsdom */
import '../../taskpane/dom';
/**
 * The shared task pane over the WPS host (as src/taskpane/index.tsx renders it when src/app/hosts.ts picks WPS): the real core reviews a workbook
 * in the fake WPS, marks it, and 清除标记 restores it.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../src/taskpane/components/App';
import { coreEngine } from '../../../src/app/coreEngine';
import { forHost, zh } from '../../../src/app/i18n';
import { createWpsHost, STORE_SHEET } from '../../../src/hosts/wps';
import { buildPlan } from '../../support/excelPlan';
import type { FakeExcel } from '../../support/fakeExcel';
import { FakeWps } from '../../support/fakeWps';

test('审核 in the pane reads the WPS workbook, marks it and writes 审核结果; 清除标记 restores it', async () => {
  const fake = new FakeWps();
  buildPlan(fake as unknown as FakeExcel, 8);
  fake.sheet('需求表').values.delete('2,2'); // a 培训班主题 left empty
  const before = fake.snapshot();
  render(<App host={createWpsHost({ app: fake.app })} engine={coreEngine()} t={forHost(zh, 'wps')} />);
  fireEvent.click(await screen.findByText('审核', { selector: 'button' }));
  await screen.findByText(/审核完成/, undefined, { timeout: 20_000 });
  expect(fake.sheets.map((s) => s.name)).toContain('审核结果');
  expect(fake.sheet('需求表').cfs.length).toBeGreaterThan(0);
  expect(fake.sheet('需求表').values.size).toBe((before as { sheets: { values: unknown[] }[] }).sheets[0].values.length);
  fireEvent.click(screen.getByText('清除标记', { selector: 'button' }));
  // The pane saves the settings it reviewed with into the workbook (the store sheet); everything else is as before.
  const withoutStore = () => {
    const snap = fake.snapshot() as { sheets: { name: string }[] };
    return { ...snap, sheets: snap.sheets.filter((s) => s.name !== STORE_SHEET) };
  };
  await waitFor(() => expect(withoutStore()).toEqual(before));
  expect(fake.sheet(STORE_SHEET).visible).toBe(2);
}, 60_000);
