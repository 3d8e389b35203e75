/**
 * runPacks reads each rule through a slot made once per pack's rule list, and gives a rule marked offline
 * or online only a view of the context made once per workbook (the context itself when every project is of
 * that mode). Against the plain way: each rule called on itself, with the projects of its mode filtered.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { buildContext, isOnline, runPacks } from '../../../src/core/rules/runner';
import type { Pack, Rule, RuleContext } from '../../../src/core/rules/types';
import { project, workbook } from './builders';

const pack = (...rules: Rule[]): Pack => ({ id: 'common', rules, params: z.object({}) }) as unknown as Pack;
const rule = (id: string, check: Rule['check'], extra: Partial<Rule> = {}): Rule => ({ id, pack: 'common', severity: 'warning', clause: `条款${id}`, check, ...extra });

describe('rules as the runner reads them', () => {
  it('runs a rule put in place of another in the same list, with its own fields', () => {
    const said = (ctx: RuleContext, _p: unknown, emit: Parameters<Rule['check']>[2], self: Rule) => emit({ sheet: 'S', cell: 'A1' }, `${self.id}:${self.clause}`);
    const a: Rule = rule('R-A', function (this: Rule, ctx, p, emit) { said(ctx, p, emit, this); });
    const b: Rule = rule('R-B', function (this: Rule, ctx, p, emit) { said(ctx, p, emit, this); }, { severity: 'error', clause: '' });
    const list = pack(a);
    const wb = workbook({ projects: [project({ key: 'P1' })] });
    expect(runPacks(wb, { packs: [] }, [list]).map((f) => [f.ruleId, f.severity, f.clause, f.message])).toEqual([['R-A', 'warning', '条款R-A', 'R-A:条款R-A']]);
    list.rules[0] = b;
    expect(runPacks(wb, { packs: [] }, [list]).map((f) => [f.ruleId, f.severity, f.clause, f.message])).toEqual([['R-B', 'error', undefined, 'R-B:']]);
    list.rules.push(a);
    expect(runPacks(wb, { packs: [] }, [list]).map((f) => f.ruleId)).toEqual(['R-A', 'R-B']);
  });

  it('gives each rule the projects of its mode, and the context itself when all are of it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('online' as const, 'offline' as const, undefined), { maxLength: 6 }), (modes) => {
        const wb = workbook({ projects: modes.map((mode, i) => project({ key: `P${i}`, mode })) });
        const seen: Record<string, { ctx: RuleContext; keys: string[] }[]> = { all: [], offline: [], online: [] };
        const probe = (name: string, extra: Partial<Rule>) =>
          rule(`R-${name}`, (ctx) => void seen[name].push({ ctx, keys: ctx.parsed.projects.map((p) => p.key) }), extra);
        // each twice: the second sees the view the first got
        const rules = [probe('all', {}), probe('offline', { offlineOnly: true }), probe('online', { onlineOnly: true })];
        runPacks(wb, { packs: [] }, [pack(...rules, ...rules)]);
        const plain = buildContext(wb, { packs: [] }).parsed.projects;
        const keys = (online: boolean) => plain.filter((p) => isOnline(p) === online).map((p) => p.key);
        expect(seen.offline.map((x) => x.keys)).toEqual([keys(false), keys(false)]);
        expect(seen.online.map((x) => x.keys)).toEqual([keys(true), keys(true)]);
        expect(seen.all.map((x) => x.keys)).toEqual([plain.map((p) => p.key), plain.map((p) => p.key)]);
        for (const name of ['offline', 'online']) {
          expect(seen[name][1].ctx).toBe(seen[name][0].ctx);
          const whole = seen[name][0].keys.length === plain.length;
          expect(seen[name][0].ctx === seen.all[0].ctx).toBe(whole);
          // a view keeps everything else of the context
          expect({ ...seen[name][0].ctx, parsed: { ...seen[name][0].ctx.parsed, projects: [] } }).toEqual({ ...seen.all[0].ctx, parsed: { ...seen.all[0].ctx.parsed, projects: [] } });
        }
      }),
      { numRuns: 200 },
    );
  });
});
