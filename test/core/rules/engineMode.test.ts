/** The engine and the training mode: online-only and offline-only rules see only projects of their mode. */
import { buildContext, isOnline, runRule } from '../../../src/core/rules/runner';
import type { Rule } from '../../../src/core/rules/types';
import { packUseLine, combinePackUse } from '../../../src/core/suggest';
import { project, workbook } from './builders';

const keysSeen = (flags: Pick<Rule, 'onlineOnly' | 'offlineOnly'>) => {
  const rule: Rule = {
    id: 'X-SEE',
    pack: 'common',
    severity: 'info',
    clause: '',
    ...flags,
    check(ctx, _p, emit) {
      for (const p of ctx.parsed.projects) emit({ sheet: 'S', cell: 'A1' }, p.key, { projectKey: p.key });
    },
  };
  const wb = workbook({ projects: [project({ key: 'on', mode: 'online' }), project({ key: 'off', mode: 'offline', row: 2 }), project({ key: 'unsaid', row: 3 })] });
  return runRule(rule, buildContext(wb, { packs: [] }), {}).map((f) => f.message);
};

describe('rules and the training mode', () => {
  it('a rule for both modes sees every project', () => expect(keysSeen({})).toEqual(['on', 'off', 'unsaid']));
  it('an online-only rule sees only projects read as online', () => expect(keysSeen({ onlineOnly: true })).toEqual(['on']));
  it('an offline-only rule sees stated and assumed offline projects', () => expect(keysSeen({ offlineOnly: true })).toEqual(['off', 'unsaid']));
  it('a rule marked both is a rule error, reported as its own error finding', () => {
    const out = keysSeen({ onlineOnly: true, offlineOnly: true });
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('X-SEE');
  });
  it('isOnline is true only for online', () => {
    expect([isOnline(project({ mode: 'online' })), isOnline(project({ mode: 'offline' })), isOnline(project())]).toEqual([true, false, false]);
  });
});

describe('packUseLine when packs were given', () => {
  it('names the packs as given, not as suggested', () => {
    const use = combinePackUse([{ used: ['common', 'sc2020'], suggested: ['zj2017'], fromSuggestion: false, reasons: [] }]);
    expect(use).toEqual({ used: ['common', 'sc2020'], suggested: ['zj2017'], fromSuggestion: false, reasons: [] });
    expect(packUseLine(use)).toBe('规则包：common、sc2020（按 --packs 或设置指定）');
  });
  it('counts the files behind a suggestion', () => {
    const r = (file: string) => ({ pack: 'zj2017' as const, why: '组团单位“杭州市科技局”含“杭州”', file, sheet: 'S', cell: 'B2' });
    const use = combinePackUse([
      { used: ['common', 'zj2017'], suggested: ['zj2017'], fromSuggestion: true, reasons: [r('a.xlsx')] },
      { used: ['common', 'zj2017'], suggested: ['zj2017'], fromSuggestion: true, reasons: [r('b.xlsx')] },
      undefined,
    ]);
    expect(packUseLine(use, 2)).toBe('未指定规则包，按内容选用：common、zj2017（组团单位“杭州市科技局”含“杭州”，a.xlsx等2个文件）；可用 --packs 改选');
  });
});
