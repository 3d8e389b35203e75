/** @jest-environment jsdom */
/** Tally cards: study and topic share at their thresholds (exactly 2/3 and 1/3 pass), fee cap, and figures that cannot be computed. */
import './dom';
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TallyCards } from '../../src/taskpane/components/TallyCards';
import { zh } from '../../src/app/i18n';
import { project } from './fakes';

function card(container: HTMLElement, theme: string) {
  const el = container.querySelector(`[role=group][aria-label="${theme}"]`);
  if (!el) throw new Error(`no card ${theme}`);
  const line = (k: string) => (el.querySelector(`[data-tally="${k}"]`) as HTMLElement).textContent ?? '';
  return { study: line('study'), topic: line('topic'), fee: line('fee') };
}

function show(projects: ReturnType<typeof project>[], study = '2/3', topic = '1/3') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TallyCards projects={projects} minStudyShare={study} minTopicShare={topic} t={zh} />
    </FluentProvider>,
  ).container;
}

describe('TallyCards', () => {
  it('passes exactly 2/3 and 1/3, with the day counts', () => {
    const c = show([project('A', '恰好达标', { totalDays: 15, studyDays: 10, topicDays: 5, studyShare: 10 / 15, topicShare: 5 / 15 })]);
    const a = card(c, '恰好达标');
    expect(a.study).toContain('66.7%');
    expect(a.study).toContain('10 / 15 天');
    expect(a.study).toContain('应不低于 2/3');
    expect(a.study).toMatch(/达标$/);
    expect(a.study).not.toContain('不达标');
    expect(a.topic).toContain('5 / 15 天');
    expect(a.topic).toMatch(/达标$/);
    expect(a.topic).not.toContain('不达标');
  });

  it('fails just below, half days included', () => {
    const c = show([project('B', '差半天', { totalDays: 15, studyDays: 9.5, topicDays: 4.5, studyShare: 9.5 / 15, topicShare: 4.5 / 15 })]);
    const b = card(c, '差半天');
    expect(b.study).toContain('9.5 / 15 天');
    expect(b.study).toMatch(/不达标$/);
    expect(b.topic).toContain('4.5 / 15 天');
    expect(b.topic).toMatch(/不达标$/);
  });

  it('follows a changed threshold parameter', () => {
    const c = show([project('C', '四分之三', { totalDays: 12, studyDays: 8, topicDays: 4, studyShare: 8 / 12, topicShare: 4 / 12 })], '3/4');
    expect(card(c, '四分之三').study).toMatch(/应不低于 3\/4.*不达标$/);
  });

  it('says 无法计算 instead of 0 when the core could not count', () => {
    const c = show([project('D', '没有日程', { budgetWan: 12 })]);
    const d = card(c, '没有日程');
    expect(d.study).toContain('无法计算');
    expect(d.study).not.toMatch(/\b0(\.0)?%/);
    expect(d.topic).toContain('无法计算');
    expect(d.fee).toContain('预算 12 万元，无法计算上限');
  });

  it('compares the budget with the fee cap: at the cap is within, above is over', () => {
    const c = show([
      project('E', '等于上限', { budgetWan: 15.3, feeCapWan: 15.3, budgetShareOfCap: 1 }),
      project('F', '超过上限', { budgetWan: 15.31, feeCapWan: 15.3, budgetShareOfCap: 15.31 / 15.3 }),
    ]);
    expect(card(c, '等于上限').fee).toContain('预算 15.3 万元 / 上限 15.3 万元（100.0%）');
    expect(card(c, '等于上限').fee).toMatch(/未超上限$/);
    expect(card(c, '超过上限').fee).toMatch(/超上限$/);
    expect(card(c, '超过上限').fee).not.toMatch(/未超上限$/);
  });

  it('says so when there are no projects', () => {
    const c = show([]);
    expect(c.textContent).toContain('没有识别到项目。');
  });
});
