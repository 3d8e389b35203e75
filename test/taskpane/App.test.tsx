/** @jest-environment jsdom */
import './dom';
/** The pane's tabs: 审核 first, then 合并汇总 and 继续教育; a tab keeps its state while another is looked at. */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/components/App';
import { coreEngine } from '../../src/app/coreEngine';
import { en, zh } from '../../src/app/i18n';
import { fakeHost } from './fakes';

describe('tabs', () => {
  it('are 审核, 合并汇总, 继续教育 in that order (English labels too)', async () => {
    const { unmount } = render(<App host={fakeHost()} engine={coreEngine()} t={zh} />);
    await act(async () => {}); // let the stored settings load
    expect(screen.getAllByRole('tab').map((t) => t.querySelector('.fui-Tab__content')?.textContent)).toEqual(['审核', '合并汇总', '继续教育']);
    unmount();
    render(<App host={fakeHost()} engine={coreEngine()} t={en} />);
    await act(async () => {});
    expect(screen.getAllByRole('tab').map((t) => t.querySelector('.fui-Tab__content')?.textContent)).toEqual(['Review', 'Merge', 'Continuing education']);
  });

  it('the merge tab keeps its picked files while the reviewer looks at another tab', async () => {
    render(<App host={fakeHost()} engine={coreEngine()} t={zh} />);
    fireEvent.click(screen.getByRole('tab', { name: '合并汇总' }));
    const input = (await screen.findByLabelText('选择报回的文件', { selector: 'input' })) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([1])], '甲.xlsx')] } });
    await screen.findByText('已选 1 个文件');
    fireEvent.click(screen.getByRole('tab', { name: '继续教育' }));
    await screen.findByText('统计', { selector: 'button' });
    expect(screen.getByText('已选 1 个文件').closest('[role="tabpanel"]')!.hasAttribute('hidden')).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: '合并汇总' }));
    await waitFor(() => expect(screen.getByText('已选 1 个文件').closest('[role="tabpanel"]')!.hasAttribute('hidden')).toBe(false));
  });
});
