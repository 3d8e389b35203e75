import type { ProjectReport } from '../../../../src/core/model/review';
import type { Finding } from '../../../../src/core/model/findings';
import { reportSheets } from '../../../../src/core/report/projects';
import { writeXlsx } from '../../../../src/hosts/files/write/xlsx';
import { read } from './helpers';

const findings: Finding[] = [
  { ruleId: 'ZJ-STUDY-SHARE', severity: 'error', file: 'a.xlsx', sheet: '日程表', cell: 'A1', message: '学习占比60.0%，低于三分之二', clause: '浙外专发〔2017〕14号 二(二)' },
  { ruleId: 'C-UNREADABLE', severity: 'error', file: 'b.txt', sheet: '', cell: '', message: '=无法读取' },
];
const projects: ProjectReport[] = [
  {
    file: 'a.xlsx',
    sheet: '需求表',
    key: 'ZJ-2023-01',
    theme: '人工智能',
    unit: '某大学',
    tallies: { totalDays: 15, studyDays: 10, topicDays: 5, studyShare: 10 / 15, topicShare: 5 / 15, feeCapWan: 12.34, budgetWan: 10, budgetShareOfCap: 10 / 12.34 },
  },
  {
    file: 'b.xlsx',
    sheet: '计划',
    key: 'b.xlsx#计划#3',
    theme: '@主题',
    unit: '',
    tallies: { totalDays: null, studyDays: null, topicDays: null, studyShare: null, topicShare: null, feeCapWan: null, budgetWan: 0 },
  },
];

describe('reportSheets', () => {
  const wb = read(writeXlsx({ sheets: reportSheets(findings, projects) }));

  test('审核结果 then 项目统计', () => {
    expect(wb.SheetNames).toEqual(['审核结果', '项目统计']);
    const ws = wb.Sheets['审核结果'];
    expect(ws.C2.v).toBe('ZJ-STUDY-SHARE');
    expect(ws.B2.v).toBe('错误');
    expect(ws.F2.l).toBeUndefined(); // the cells are in other files
    expect(ws.G3).toMatchObject({ t: 's', v: '=无法读取' });
  });

  test('tallies with formats; a number that cannot be computed is blank, a real 0 is 0', () => {
    const ws = wb.Sheets['项目统计'];
    expect(['F1', 'G1', 'H1', 'I1', 'J1', 'K1', 'L1'].map((a) => ws[a].v)).toEqual([
      '在外总日程（天）',
      '学习天数',
      '专题培训天数',
      '学习占比',
      '专题占比',
      '费用上限（万元）',
      '经费预算（万元）',
    ]);
    expect(ws.F2.v).toBe(15);
    expect(ws.I2).toMatchObject({ v: 10 / 15, w: '66.7%' });
    expect(ws.K2.w).toBe('12.34');
    expect(ws.D3).toMatchObject({ t: 's', v: '@主题' });
    for (const a of ['F3', 'G3', 'H3', 'I3', 'J3', 'K3', 'M3']) expect(ws[a]?.v).toBeUndefined();
    expect(ws.L3.v).toBe(0);
  });
});
