/** Findings made to break rules on purpose, shared by the English-message tests. */
import { runPacks } from '../../../src/core/rules/runner';
import type { Finding } from '../../../src/core/model/findings';
import { project, workbook, type ProjectSpec } from './builders';

export const run = (specs: ProjectSpec[], packs: Parameters<typeof runPacks>[1]['packs'], extra: Parameters<typeof workbook>[0] = {}): Finding[] =>
  runPacks(workbook({ projects: specs.map((s, i) => project({ key: `P${i}`, row: i + 1, ...s })), ...extra }), { packs, asOf: '2024-06-01', outstandingUnits: ['成都市科学技术局'] });

/** sc2020: a group over 20 on a 党政 category, a city's 组织部, a 协会 with cross-region trainees. */
export const scSample = (): Finding[] =>
  run(
    [
      { people: 25, days: 10, text: { unit: '成都市科学技术局', theme: '宗教事务管理专题培训' }, category: '党政干部综合管理类', isPartner: { yes: false, no: true }, inBudget: false },
      { text: { unit: '中共成都市委组织部', theme: '旅游观光团' }, category: '综合管理类' },
      { text: { unit: '四川省旅游协会', targets: '全省跨地区学员' } },
    ],
    ['sc2020'],
  );
