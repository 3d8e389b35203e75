/** @jest-environment jsdom */
/**
 * The progress line draws a run's reports from its store without drawing the tab again (300 files report twice
 * a file), and shows where the run started when the store has none.
 */
import './dom';
import { act, render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { LiveBusyIndicator, progressStore } from '../../src/taskpane/components/Status';

describe('LiveBusyIndicator', () => {
  it("shows the store's reports as they come, the parent drawn once; the start when the store is empty", () => {
    const store = progressStore();
    let parentRenders = 0;
    function Parent() {
      parentRenders++;
      return <LiveBusyIndicator store={store} start={{ fraction: 0, step: '正在读取…' }} fallback="正在审核…" />;
    }
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <Parent />
      </FluentProvider>,
    );
    const text = () => container.querySelector('[aria-live]')?.textContent;
    expect(text()).toBe('正在读取…');
    act(() => store.set({ fraction: 0.5, step: '正在审核 3/300' }));
    expect(text()).toBe('正在审核 3/300');
    act(() => store.set({ fraction: 0.6, step: '' }));
    expect(text()).toBe('正在审核…');
    act(() => store.set(null));
    expect(text()).toBe('正在读取…');
    expect(parentRenders).toBe(1);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = progressStore();
    const heard: (string | undefined)[] = [];
    const off = store.subscribe(() => heard.push(store.get()?.step));
    store.set({ fraction: 0, step: 'a' });
    off();
    store.set({ fraction: 0, step: 'b' });
    expect(heard).toEqual(['a']);
  });
});
