import { projectTallies, SHIPPED_STANDARDS } from '../../../src/core/tallies';
import { dailySchedule, project, rate } from '../rules/builders';

describe('projectTallies', () => {
  it('gives days, shares, cap, budget and share of cap', () => {
    const p = project({ key: 'P', countries: ['美国'], people: 10, days: 15, budgetWan: 4.6 });
    const s = dailySchedule('P', '2024-06-03', 15, (i) => (i < 5 ? '专题培训' : i < 10 ? '课堂学习' : '休整'));
    const t = projectTallies(p, s, SHIPPED_STANDARDS, [rate('USD', 7)]);
    expect(t).toEqual({
      totalDays: 15,
      studyDays: 10,
      topicDays: 5,
      studyShare: 0.666667,
      topicShare: 0.333333,
      feeCapWan: 9.135, // 10 × 15 × 87 × 7 / 10000
      budgetWan: 4.6,
      budgetShareOfCap: 0.503558,
    });
  });
  it('gives null, never 0, for what cannot be computed', () => {
    const t = projectTallies(project({ countries: ['法国'], budgetWan: { error: '#N/A' } }), undefined, SHIPPED_STANDARDS, []);
    expect(t).toEqual({ totalDays: null, studyDays: null, topicDays: null, studyShare: null, topicShare: null, feeCapWan: null, budgetWan: null, budgetShareOfCap: null });
  });
});
