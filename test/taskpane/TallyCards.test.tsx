/** @jest-environment jsdom */
/** Tally cards: study and topic share at their thresholds (exactly 2/3 and 1/3 pass), fee cap, and figures that cannot be computed. */
import './dom';
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TallyCards, verdictScope, type ScopeOf } from '../../src/taskpane/components/TallyCards';
import type { WorkbookReview } from '../../src/core/model/review';
import { zh } from '../../src/app/i18n';
import { project } from './fakes';

function card(container: HTMLElement, theme: string) {
  const el = container.querySelector(`[role=group][aria-label="${theme}"]`);
  if (!el) throw new Error(`no card ${theme}`);
  const line = (k: string) => (el.querySelector(`[data-tally="${k}"]`) as HTMLElement).textContent ?? '';
  return { study: line('study'), topic: line('topic'), fee: line('fee') };
}

const ALL_RAN: ScopeOf = () => ({ ratios: true, fee: true });

function show(projects: ReturnType<typeof project>[], study = '2/3', topic = '1/3', scope: ScopeOf = ALL_RAN) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TallyCards projects={projects} scope={scope} minStudyShare={study} minTopicShare={topic} t={zh} />
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
    expect(d.fee).toContain('预算 12 万元，无法计算资助额');
  });

  it('compares the budget with the subsidy at the standard: at it is not above, strictly above is', () => {
    const c = show([
      project('E', '等于资助额', { budgetWan: 15.3, feeCapWan: 15.3, budgetShareOfCap: 1 }),
      project('F', '高于资助额', { budgetWan: 15.31, feeCapWan: 15.3, budgetShareOfCap: 15.31 / 15.3 }),
    ]);
    expect(card(c, '等于资助额').fee).toContain('预算 15.3 万元 / 按标准资助额 15.3 万元（100.0%）');
    expect(card(c, '等于资助额').fee).toMatch(/未高于资助额$/);
    expect(card(c, '高于资助额').fee).toMatch(/高于资助额$/);
    expect(card(c, '高于资助额').fee).not.toMatch(/未高于资助额$/);
  });

  it('gives no verdict where the pack behind it did not run: a 2/3 shortfall without zj2017 is a fact', () => {
    const short = project('G', '未运行浙江规则', { totalDays: 15, studyDays: 9, topicDays: 4, studyShare: 9 / 15, topicShare: 4 / 15, budgetWan: 20, feeCapWan: 10 });
    const c = show([short], '2/3', '1/3', () => ({ ratios: false, fee: false }));
    const g = card(c, '未运行浙江规则');
    expect(g.study).toContain('9 / 15 天');
    expect(g.study).toMatch(/未判定$/);
    expect(g.study).not.toContain('不达标');
    expect(g.topic).toMatch(/未判定$/);
    expect(g.fee).toMatch(/未判定$/);
    expect(g.fee).not.toContain('高于资助额（');
    // the same project judged when the packs ran
    const judged = card(show([short]), '未运行浙江规则');
    expect(judged.study).toMatch(/不达标$/);
    expect(judged.fee).toMatch(/高于资助额$/);
  });

  it('verdictScope: ratios under zj2017 for offline projects, the fee under most2022-online for online ones', () => {
    const review = (used: string[], modes: ('online' | 'offline' | undefined)[]) =>
      ({
        parsed: { file: 'a.xlsx', projects: modes.map((mode, i) => ({ key: `k${i}`, mode })) },
        packs: { used, suggested: [], fromSuggestion: false, reasons: [] },
      }) as unknown as WorkbookReview;
    const at = (key: string) => project(key, key, {}, 'a.xlsx');
    const both = verdictScope([review(['common', 'zj2017', 'most2022-online'], ['offline', 'online', undefined])]);
    expect(both(at('k0'))).toEqual({ ratios: true, fee: false });
    expect(both(at('k1'))).toEqual({ ratios: false, fee: true });
    expect(both(at('k2'))).toEqual({ ratios: true, fee: false });
    const commonOnly = verdictScope([review(['common'], ['offline', 'online'])]);
    expect(commonOnly(at('k0'))).toEqual({ ratios: false, fee: false });
    expect(commonOnly(at('k1'))).toEqual({ ratios: false, fee: false });
    // a project of another file is not judged
    expect(both(project('k0', 'x', {}, 'b.xlsx'))).toEqual({ ratios: false, fee: false });
  });

  it('says so when there are no projects', () => {
    const c = show([]);
    expect(c.textContent).toContain('没有识别到项目。');
  });
});
