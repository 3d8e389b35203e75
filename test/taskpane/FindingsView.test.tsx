/** @jest-environment jsdom */
/**
 * Each finding shows its clause once, and its message in the pane's language (English from its figures); 定位 opens
 * the sheet around the cell when the worker answers (a promise), and not when it answers after the finding was closed.
 */
import './dom';
import { act, fireEvent, render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FindingsView } from '../../src/taskpane/components/FindingsView';
import { en, zh } from '../../src/app/i18n';
import { finding, project } from './fakes';

const CLAUSE = '四川省2020年度因公出国（境）培训项目计划申报预通知 四(三)';
const withData = finding({
  ruleId: 'SC-GROUP-SIZE', severity: 'warning', cell: 'D2', projectKey: 'P1',
  message: `每团申报人数25人，超过20人（${CLAUSE}）`, clause: CLAUSE, data: { people: 25, maxGroupSize: 20 },
});
const noData = finding({ ruleId: 'SC-NO-BUDGET', cell: 'I2', projectKey: 'P1', message: `未纳入预算（${CLAUSE}）`, clause: CLAUSE });

function item(t: typeof zh, ruleId: string) {
  const c = render(
    <FluentProvider theme={webLightTheme}>
      <FindingsView findings={[withData, noData]} projects={[project('P1', '培训班')]} onSelect={() => {}} onSuppress={() => {}} t={t} />
    </FluentProvider>,
  ).container;
  return (c.querySelector(`li[data-rule="${ruleId}"]`) as HTMLElement).textContent ?? '';
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('FindingsView', () => {
  it('shows the clause once, beside the Chinese message', () => {
    const text = item(zh, 'SC-GROUP-SIZE');
    expect(text).toContain('每团申报人数25人，超过20人');
    expect(count(text, CLAUSE)).toBe(1);
    expect(text).toContain(`依据：${CLAUSE}`);
  });
  it('in English, builds the message from its figures; falls back to Chinese without figures; the clause once', () => {
    const text = item(en, 'SC-GROUP-SIZE');
    expect(text).toContain('25 people in the group, more than 20 (as a rule)');
    expect(text).not.toContain('每团申报人数');
    expect(count(text, CLAUSE)).toBe(1);
    const fallback = item(en, 'SC-NO-BUDGET');
    expect(fallback).toContain('未纳入预算');
    expect(count(fallback, CLAUSE)).toBe(1);
  });
  it('定位 with the sheet from the worker: shown when it arrives; a late answer for a closed finding is dropped', async () => {
    const answers: ((c: unknown) => void)[] = [];
    const ctx = { sheet: '需求表', cell: 'D2', top: 0, left: 2, rows: [['人数'], ['25']], at: { row: 1, col: 1 } };
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <FindingsView
          findings={[withData, noData]}
          projects={[project('P1', '培训班')]}
          onSelect={() => {}}
          onSuppress={() => {}}
          context={() => new Promise((resolve) => answers.push(resolve as (c: unknown) => void))}
          t={zh}
        />
      </FluentProvider>,
    );
    const link = container.querySelector('li[data-rule="SC-GROUP-SIZE"] button[aria-label^="定位到"]') as HTMLElement;
    fireEvent.click(link);
    expect(container.querySelector('[data-context]')).toBeNull();
    await act(async () => answers[0](ctx));
    expect(container.querySelector('[data-context]')?.getAttribute('data-context')).toBe('需求表!D2');
    // closed, then opened and closed again before the answer: nothing shows
    fireEvent.click(link);
    fireEvent.click(link);
    fireEvent.click(link);
    await act(async () => answers[1](ctx));
    expect(container.querySelector('[data-context]')).toBeNull();
  });
});
