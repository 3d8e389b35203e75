/**
 * The engine around the rules (runner.ts), by what a reviewer sees: packs run once each with common first,
 * findings in sheet order, one finding per cell and project, a rule that fails named as an error, info left
 * out when asked, settings read in the right order with a bad workbook setting reported at its sheet.
 */
import { buildContext, packsToRun, runPacks, runRule, sortFindings } from '../../../src/core/rules/runner';
import type { Finding } from '../../../src/core/model/findings';
import type { Pack, Rule } from '../../../src/core/rules/types';
import { SettingsError } from '../../../src/core/settings';
import { participant, project, rate, schedule, standard, workbook } from './builders';
import { z } from 'zod';

const rule = (id: string, check: Rule['check'], extra: Partial<Rule> = {}): Rule => ({ id, pack: 'common', severity: 'warning', clause: '某通知 一', check, ...extra });
const pack = (...rules: Rule[]): Pack => ({ id: 'common', rules, params: z.object({}) }) as unknown as Pack;
const f = (sheet: string, cell: string, ruleId = 'R', file = 'a.xlsx'): Finding => ({ ruleId, severity: 'warning', file, sheet, cell, message: `${sheet}!${cell}` });

describe('packsToRun', () => {
  it('common first, then each chosen pack once, in the order given', () => {
    expect(packsToRun({ packs: ['sc2020', 'zj2017', 'sc2020', 'common'] })).toEqual(['common', 'sc2020', 'zj2017']);
    expect(packsToRun({} as Parameters<typeof packsToRun>[0])).toEqual(['common']); // packs left out by a JS caller
  });
});

describe('findings in order', () => {
  it('by file, then the workbook’s sheet order, then row, column and rule; equal ones as emitted', () => {
    const parsed = workbook({ recognition: [{ sheet: '需求表', kind: 'demand-list', reason: '' }, { sheet: '日程表', kind: 'schedule', reason: '' }] });
    const list = [
      f('日程表', 'A2'), f('需求表', 'B3'), f('需求表', 'A3', 'Z'), f('需求表', 'A3', 'A'), f('需求表', 'C2'),
      f('其他', 'A1'), f('备注', 'A1'), f('需求表', '', 'W'), f('需求表', 'A10'), f('需求表', 'A2', 'R', 'b.xlsx'),
      { ...f('需求表', 'C2'), message: 'second' },
    ];
    expect(sortFindings(list, parsed).map((x) => `${x.file}|${x.sheet}!${x.cell}|${x.ruleId}|${x.message}`)).toEqual([
      'a.xlsx|需求表!|W|需求表!',
      'a.xlsx|需求表!C2|R|需求表!C2',
      'a.xlsx|需求表!C2|R|second',
      'a.xlsx|需求表!A3|A|需求表!A3',
      'a.xlsx|需求表!A3|Z|需求表!A3',
      'a.xlsx|需求表!B3|R|需求表!B3',
      'a.xlsx|需求表!A10|R|需求表!A10',
      'a.xlsx|日程表!A2|R|日程表!A2',
      'a.xlsx|其他!A1|R|其他!A1',
      'a.xlsx|备注!A1|R|备注!A1',
      'b.xlsx|需求表!A2|R|需求表!A2',
    ]);
    expect(sortFindings([])).toEqual([]);
  });
});

describe('runPacks orders findings by the positions it recorded as they were made', () => {
  // runPacks keeps each finding's row and column as it is emitted (no address parsed back to sort):
  // the order must be exactly what sorting the same findings by their addresses gives.
  const emitMany: Rule['check'] = (_c, _p, emit) => {
    emit({ sheet: '日程表', row: 9, col: 1 }, 'ref B10');
    emit({ sheet: '需求表', cell: 'C2:D4' }, 'range C2');
    emit({ sheet: '需求表', row: 1, col: 2 }, 'ref C2', { projectKey: 'P1' });
    emit({ sheet: '需求表', cell: '$A$3' }, 'absolute A3');
    emit({ sheet: '需求表', row: 0, col: 27 }, 'ref AB1');
    emit({ sheet: '需求表', row: 2, col: 0 }, 'ref A3 again'); // another rule id at the same cell sorts after
    emit({ sheet: '需求表', cell: '' }, 'whole sheet');
    emit({ sheet: '需求表', cell: 'not an address' }, 'text');
    emit({ sheet: '需求表', row: 1, col: 2 }, 'duplicate of C2', { projectKey: 'P1' }); // dropped: no position either
    emit({ sheet: '需求表', row: -1, col: 0 }, 'odd ref'); // a1 gives A0: firstCellOf reads it as row -1
    emit({ sheet: '需求表', row: 0, col: 20000 }, 'wide ref'); // four letters: firstCellOf cannot read it
    emit({ sheet: '需求表', row: 4, col: 0 }, 'info', { severity: 'info' });
    // the edges of what an address can hold: ZZZ is the last three-letter column, row 999 999 999 the last row firstCellOf reads
    emit({ sheet: '需求表', row: 0, col: 18277 }, 'ref ZZZ1');
    emit({ sheet: '需求表', row: 0, col: 18278 }, 'ref AAAA1');
    emit({ sheet: '需求表', row: 999999998, col: 0 }, 'ref A999999999');
    emit({ sheet: '需求表', row: 999999999, col: 0 }, 'ref A1000000000');
    emit({ sheet: '需求表', row: 3.5, col: 0 }, 'fractional row');
    emit({ sheet: '需求表', row: 3, col: 1 }, 'ref B4'); // R-A's B4 (a fractional column) sorts before it, by rule
    emit({ sheet: '需求表', row: -2, col: 0 }, 'row -2'); // A-1 and the column -2 ("1") have no position
    emit({ sheet: '需求表', row: 0, col: -2 }, 'column -2');
  };
  const parsed = () => workbook({ recognition: [{ sheet: '需求表', kind: 'demand-list', reason: '' }, { sheet: '日程表', kind: 'schedule', reason: '' }] });

  it('same order as sorting the findings by their addresses, and the order a reviewer expects', () => {
    for (const skipInfo of [false, true]) {
      // R-Z's findings on the sheet '' meet R-BOOM's error there: the error has no position (row and column -1)
      const sheetless: Rule['check'] = (_c, _p, emit) => {
        emit({ sheet: '', cell: 'A1' }, 'sheetless A1');
        emit({ sheet: '', cell: '' }, 'sheetless whole');
      };
      const rules = [rule('R-B', emitMany), rule('R-Z', sheetless), rule('R-BOOM', () => { throw new Error('x'); }), rule('R-A', (_c, _p, emit) => {
        emit({ sheet: '需求表', row: 2, col: 0 }, 'A3 by R-A');
        emit({ sheet: '需求表', row: 3, col: 1.5 }, 'B4 by R-A, a fractional column');
      })];
      const out = runPacks(parsed(), { packs: [], skipInfo }, [pack(...rules)]);
      const ctx = buildContext(parsed(), { packs: [], skipInfo });
      const asMade = rules.flatMap((r) => runRule(r, ctx, {}));
      expect(sortFindings(asMade, parsed())).toEqual(out);
      // no position first (emitted order), then row -1 (A0), rows and columns, the rule at one cell; other sheets after
      expect(out.map((x) => x.message)).toEqual([
        'whole sheet', 'text', 'wide ref', 'ref AAAA1', 'fractional row', 'row -2', 'column -2', 'odd ref', 'ref AB1', 'ref ZZZ1', 'range C2', 'ref C2', 'A3 by R-A', 'absolute A3', 'ref A3 again', 'B4 by R-A, a fractional column', 'ref B4',
        ...(skipInfo ? [] : ['info']),
        'ref A999999999', 'ref A1000000000',
        'ref B10',
        '检查“R-BOOM”运行出错，未能完成：x',
        'sheetless whole',
        'sheetless A1',
      ]);
    }
  });
});

describe('runRule', () => {
  const ctx = () => buildContext(workbook({ projects: [project({ key: 'P1' })] }), { packs: [], asOf: '2024-06-01' });

  it('keeps one finding per cell and project, hands the second to onDuplicate, keeps every whole-file finding', () => {
    const dropped: Finding[] = [];
    const out = runRule(
      rule('R-ONE', (_c, _p, emit) => {
        emit({ sheet: 'S', row: 1, col: 0 }, 'first', { projectKey: 'P1' });
        emit({ sheet: 'S', cell: 'A2' }, 'again', { projectKey: 'P1' });
        emit({ sheet: 'S', cell: 'A2' }, 'other project', { projectKey: 'P2' });
        emit({ sheet: 'S', cell: 'A2' }, 'no project');
        emit({ sheet: 'S', cell: '' }, 'file 1');
        emit({ sheet: 'S', cell: '' }, 'file 2');
      }),
      ctx(),
      {},
      (d) => dropped.push(d),
    );
    expect(out.map((x) => [x.cell, x.message, x.projectKey])).toEqual([
      ['A2', 'first', 'P1'], ['A2', 'other project', 'P2'], ['A2', 'no project', undefined], ['', 'file 1', undefined], ['', 'file 2', undefined],
    ]);
    expect(dropped).toEqual([{ ruleId: 'R-ONE', severity: 'warning', file: 'test.xlsx', sheet: 'S', cell: 'A2', message: 'again' }]);
    expect(runRule(rule('R-TWO', (_c, _p, emit) => { emit({ sheet: 'S', cell: 'A2' }, 'a'); emit({ sheet: 'S', cell: 'A2' }, 'b'); }), ctx(), {})).toHaveLength(1);
  });

  it('gives a finding its clause, severity, related cells and data as emitted', () => {
    const [x, y] = runRule(
      rule('R-PARTS', (_c, _p, emit) => {
        emit({ sheet: 'S', cell: 'B2' }, 'm', { severity: 'info', related: [{ sheet: 'T', row: 0, col: 2 }, { sheet: 'U', cell: 'A1:B1' }], data: { n: 1 } });
        emit({ sheet: 'S', cell: 'B3' }, 'n', { related: [] });
      }),
      ctx(),
      {},
    );
    expect(x).toEqual({ ruleId: 'R-PARTS', severity: 'info', file: 'test.xlsx', sheet: 'S', cell: 'B2', message: 'm', clause: '某通知 一', related: [{ sheet: 'T', cell: 'C1' }, { sheet: 'U', cell: 'A1:B1' }], data: { n: 1 } });
    expect(y).toEqual({ ruleId: 'R-PARTS', severity: 'warning', file: 'test.xlsx', sheet: 'S', cell: 'B3', message: 'n', clause: '某通知 一' });
    const [z] = runRule(rule('R-BARE', (_c, _p, emit) => emit({ sheet: 'S', cell: 'B2' }, 'm'), { clause: '' }), ctx(), {});
    expect('clause' in z).toBe(false);
  });

  it('a finding holds only the keys it has a value for (none left undefined), with or without clause, project, related cells and data', () => {
    const emitAll: Rule['check'] = (_c, _p, emit) => {
      emit({ sheet: 'S', cell: 'A1' }, 'bare');
      emit({ sheet: 'S', cell: 'A2' }, 'data', { data: { n: 1 } });
      emit({ sheet: 'S', cell: 'A3' }, 'project', { projectKey: 'P1' });
      emit({ sheet: 'S', cell: 'A4' }, 'project and data', { projectKey: 'P1', data: { n: 2 } });
      emit({ sheet: 'S', cell: 'A5' }, 'related', { related: [{ sheet: 'T', cell: 'B1' }] });
      emit({ sheet: 'S', cell: 'A6' }, 'related, project, data', { related: [{ sheet: 'T', cell: 'B2' }], projectKey: 'P1', data: { n: 3 } });
    };
    for (const clause of ['某通知 一', '']) {
      const out = runRule(rule('R-KEYS', emitAll, { clause }), ctx(), {});
      expect(out).toHaveLength(6);
      for (const f of out) {
        for (const [k, v] of Object.entries(f)) expect([f.message, k, v]).not.toEqual([f.message, k, undefined]);
      }
      const keys = out.map((f) => Object.keys(f).slice(6).join(','));
      const c = clause ? ['clause'] : [];
      expect(keys).toEqual([[...c], [...c, 'data'], [...c, 'projectKey'], [...c, 'projectKey', 'data'], [...c, 'related'], [...c, 'projectKey', 'related', 'data']].map((k) => k.join(',')));
    }
  });

  it('a rule that throws is one error finding naming the rule and why, with its clause', () => {
    const boom = rule('R-BOOM', () => { throw new Error('坏了'); });
    expect(runRule(boom, ctx(), {})).toEqual([{ ruleId: 'R-BOOM', severity: 'error', file: 'test.xlsx', sheet: '', cell: '', message: '检查“R-BOOM”运行出错，未能完成：坏了', clause: '某通知 一' }]);
    const text = rule('R-TEXT', () => { throw 'plain'; }, { clause: '' });
    expect(runRule(text, ctx(), {})).toEqual([{ ruleId: 'R-TEXT', severity: 'error', file: 'test.xlsx', sheet: '', cell: '', message: '检查“R-TEXT”运行出错，未能完成：plain' }]);
  });

  it('with skipInfo an info finding is left out, a warning kept', () => {
    const both = rule('R-INFO', (_c, _p, emit) => { emit({ sheet: 'S', cell: 'A1' }, 'i', { severity: 'info' }); emit({ sheet: 'S', cell: 'A2' }, 'w'); });
    const skipping = buildContext(workbook(), { packs: [], skipInfo: true });
    expect(runRule(both, skipping, {}).map((x) => x.message)).toEqual(['w']);
    expect(runPacks(workbook(), { packs: [], skipInfo: true }, [pack(rule('R-I', (_c, _p, emit) => emit({ sheet: 'S', cell: 'A1' }, 'x'), { severity: 'info' }))])).toEqual([]);
    expect(runPacks(workbook(), { packs: [], skipInfo: false }, [pack(rule('R-I', (_c, _p, emit) => emit({ sheet: 'S', cell: 'A1' }, 'x'), { severity: 'info' }))])).toHaveLength(1);
  });
});

describe('buildContext', () => {
  it('the first schedule of a project is its schedule; participants by project; today when no asOf', () => {
    const s1 = schedule('P1', [{ date: '2024-06-03', city: '柏林' }]);
    const s2 = schedule('P1', [{ date: '2024-06-04', city: '巴黎' }]);
    const loose = schedule(null, [{ date: '2024-06-05', city: '罗马' }]);
    const p1 = project({ key: 'P1' });
    const p2 = project({ key: 'P2', row: 2 });
    const people = [participant('P1', 1, '张三'), participant('P2', 2, '李四'), participant('P1', 3, '王五'), { ...participant('P1', 4, '赵六'), projectKey: null }];
    const ctx = buildContext(workbook({ projects: [p1, p2], schedules: [loose, s1, s2], participants: people }), { packs: [] });
    expect(ctx.scheduleFor(p1)).toBe(s1);
    expect(ctx.scheduleFor(p2)).toBeUndefined();
    expect(ctx.participantsFor(p1).map((x) => x.name.text)).toEqual(['张三', '王五']);
    expect(ctx.participantsFor(p2).map((x) => x.name.text)).toEqual(['李四']);
    expect(ctx.participantsFor(project({ key: 'P3' }))).toEqual([]);
    expect(ctx.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const d = new Date();
    expect(ctx.asOf).toBe(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);
    expect(buildContext(workbook(), { packs: [], asOf: '2024-06-01' }).asOf).toBe('2024-06-01');
  });

  it('a workbook’s own 费用标准 is used for it, and the batch’s lists for the next workbook without one', () => {
    const given = { standards: [{ country: '美国', currency: 'USD', feePerDay: 99, ref: { sheet: 'x', row: 0, col: 0 } }], rates: [] };
    const own = workbook({ standards: [{ country: '美国', currency: 'USD', feePerDay: 50, ref: { sheet: '费用标准', row: 1, col: 2 } }] });
    const usd = (c: ReturnType<typeof buildContext>) => c.standards.filter((s) => s.country === '美国').map((s) => s.feePerDay);
    const a = buildContext(workbook(), { packs: [], standards: given });
    expect(usd(a)).toContain(99);
    expect(usd(buildContext(own, { packs: [], standards: given }))).toContain(50);
    expect(usd(buildContext(workbook(), { packs: [], standards: given }))).toEqual(usd(a));
    expect(usd(buildContext(workbook(), { packs: [] }))).not.toContain(99);
  });
});

describe('runPacks and settings', () => {
  const wb = (settings: Record<string, string>) => workbook({ projects: [project({ key: 'P1', people: 25 })], settings, recognition: [{ sheet: '需求表', kind: 'demand-list', reason: '' }, { sheet: '设置', kind: 'settings', reason: '' }] });
  const size = (fs: Finding[]) => fs.filter((x) => x.ruleId === 'SC-GROUP-SIZE').length;

  it('the workbook’s 审核设置 wins over the options', () => {
    expect(size(runPacks(wb({}), { packs: ['sc2020'], asOf: '2024-06-01' }))).toBe(1);
    expect(size(runPacks(wb({ 'sc2020.maxGroupSize': '30' }), { packs: ['sc2020'], asOf: '2024-06-01' }))).toBe(0);
    expect(size(runPacks(wb({ ' sc2020.maxGroupSize': '30' }), { packs: ['sc2020'], asOf: '2024-06-01' }))).toBe(0);
    expect(size(runPacks(wb({}), { packs: ['sc2020'], asOf: '2024-06-01', params: { 'sc2020.maxGroupSize': 30 } }))).toBe(0);
    expect(size(runPacks(wb({ 'sc2020.maxGroupSize': '20' }), { packs: ['sc2020'], asOf: '2024-06-01', params: { 'sc2020.maxGroupSize': 30 } }))).toBe(1);
    expect(size(runPacks(wb({ 'zj2017.maxCities': '30' }), { packs: ['sc2020'], asOf: '2024-06-01', params: { 'sc2020.maxGroupSize': 30 } }))).toBe(0);
  });

  it('a bad value in the workbook is C-UNREADABLE at its sheet, and the pack runs with the options', () => {
    const fs = runPacks(wb({ 'sc2020.maxGroupSize': '很多' }), { packs: ['sc2020'], asOf: '2024-06-01', params: { 'sc2020.maxGroupSize': 30 } });
    const bad = fs.filter((x) => x.ruleId === 'C-UNREADABLE');
    expect(bad.map((x) => [x.sheet, x.cell, x.severity])).toEqual([['设置', '', 'error']]);
    expect(bad[0].message).toMatch(/^审核设置有误，已按默认值或设置对象审核：/);
    expect(bad[0].message).toContain('maxGroupSize');
    expect(size(fs)).toBe(0);
    const noSheet = runPacks(workbook({ projects: [project({ key: 'P1' })], settings: { 'sc2020.maxGroupSize': '很多' } }), { packs: ['sc2020'], asOf: '2024-06-01' });
    expect(noSheet.filter((x) => x.ruleId === 'C-UNREADABLE').map((x) => x.sheet)).toEqual(['审核设置']);
  });

  it('a bad value in the options is the caller’s error (SettingsError), each time it is given', () => {
    for (let i = 0; i < 2; i++) expect(() => runPacks(wb({}), { packs: ['sc2020'], params: { 'sc2020.maxGroupSize': 'x' } })).toThrow(SettingsError);
  });

  it('runs the chosen packs in order and tells the rules which ran', () => {
    let seen: unknown;
    const spy = pack(rule('R-SPY', (c) => { seen = c.packs; }));
    runPacks(workbook(), { packs: ['sc2020'] }, [spy]);
    expect(seen).toEqual(['common']);
    let packs: unknown;
    runPacks(workbook(), { packs: ['sc2020', 'zj2017', 'sc2020'] }, undefined);
    const probe = pack(rule('R-SPY', (c) => { packs = c.packs; }));
    runPacks(workbook(), { packs: ['zj2017'] }, [probe, { ...probe, id: 'zj2017' } as Pack]);
    expect(packs).toEqual(['common', 'zj2017']);
    const fs = runPacks(wb({}), { packs: ['sc2020', 'zj2017'], asOf: '2024-06-01' });
    expect(size(fs)).toBe(1);
    expect(fs.some((x) => x.ruleId === 'C-SCHEDULE-MISSING')).toBe(true); // zj2017 ran: its schedule rules are named
  });
});

describe('more of the engine at its edges', () => {
  it('sorts a finding without a cell before A1, files and unknown sheets by name whatever the input order, rules both ways, and keeps many equal ones in order', () => {
    const list = [f('需求表', 'A2', 'R', 'b.xlsx'), f('备注', 'A1'), f('其他', 'A1'), f('需求表', 'A1'), f('需求表', '', 'W'), f('需求表', 'D4', 'B'), f('需求表', 'D4', 'Y')];
    expect(sortFindings(list).map((x) => `${x.file}|${x.sheet}!${x.cell}|${x.ruleId}`)).toEqual([
      'a.xlsx|其他!A1|R', 'a.xlsx|备注!A1|R', 'a.xlsx|需求表!|W', 'a.xlsx|需求表!A1|R', 'a.xlsx|需求表!D4|B', 'a.xlsx|需求表!D4|Y', 'b.xlsx|需求表!A2|R',
    ]);
    const rules = Array.from({ length: 300 }, (_, i) => f('需求表', 'B2', `R-${String(999 - i).padStart(3, '0')}`));
    expect(sortFindings(rules).map((x) => x.ruleId)).toEqual(rules.map((x) => x.ruleId).reverse());
    const same = Array.from({ length: 300 }, (_, i) => ({ ...f('需求表', 'B2'), message: String(i) }));
    expect(sortFindings(same).map((x) => x.message)).toEqual(same.map((x) => x.message));
  });

  it('today, written YYYY-MM-DD, is the date when no asOf is given', () => {
    jest.useFakeTimers({ now: new Date(2024, 2, 5, 10, 0, 0) });
    try {
      expect(buildContext(workbook(), { packs: [] }).asOf).toBe('2024-03-05');
    } finally {
      jest.useRealTimers();
    }
  });

  it('each workbook’s own 费用标准 or 汇率 is used for it, one after another; a settings object changed in place is read again', () => {
    const given = { standards: [standard('美国', 'USD', 99)], rates: [rate('USD', 7.0)] };
    const usd = (c: ReturnType<typeof buildContext>) => c.standards.filter((s) => s.country === '美国').map((s) => s.feePerDay);
    const usdRate = (c: ReturnType<typeof buildContext>) => c.rates.filter((r) => r.currency === 'USD').map((r) => r.cny);
    expect(usd(buildContext(workbook({ standards: [standard('美国', 'USD', 50)] }), { packs: [], standards: given }))).toContain(50);
    expect(usd(buildContext(workbook({ standards: [standard('美国', 'USD', 60)] }), { packs: [], standards: given }))).toContain(60);
    expect(usdRate(buildContext(workbook({ rates: [rate('USD', 7.5)] }), { packs: [], standards: given }))).toContain(7.5);
    expect(usdRate(buildContext(workbook({ rates: [rate('USD', 7.6)] }), { packs: [], standards: given }))).toContain(7.6);
    expect(usd(buildContext(workbook(), { packs: [], standards: given }))).toContain(99);
    given.standards = [standard('美国', 'USD', 77)];
    expect(usd(buildContext(workbook(), { packs: [], standards: given }))).toContain(77);
    given.rates = [rate('USD', 6.9)];
    expect(usdRate(buildContext(workbook(), { packs: [], standards: given }))).toContain(6.9);
  });

  it('a rule marked both online only and offline only says so in its error', () => {
    const both = rule('R-BOTH', () => undefined, { onlineOnly: true, offlineOnly: true });
    expect(runRule(both, buildContext(workbook(), { packs: [] }), {})[0].message).toBe('检查“R-BOTH”运行出错，未能完成：规则 R-BOTH 不能同时仅限线上和仅限线下');
  });

  it('skipInfo leaves out info rules only: a warning rule still runs', () => {
    const warn = rule('R-W', (_c, _p, emit) => emit({ sheet: 'S', cell: 'A1' }, 'w'));
    expect(runPacks(workbook(), { packs: [], skipInfo: true }, [pack(warn)]).map((x) => x.ruleId)).toEqual(['R-W']);
  });

  it('with skipInfo an info rule does not run at all: one that would fail gives no error either', () => {
    const broken = rule('R-INFO-BROKEN', () => { throw new Error('x'); }, { severity: 'info' });
    expect(runPacks(workbook(), { packs: [], skipInfo: true }, [pack(broken)])).toEqual([]);
    expect(runPacks(workbook(), { packs: [], skipInfo: false }, [pack(broken)]).map((x) => x.severity)).toEqual(['error']);
  });
});
