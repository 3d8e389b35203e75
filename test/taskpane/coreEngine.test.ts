/** The real engine behind the task pane: packs and parameters from the core, settings through the core's zod schema. */
import * as fs from 'fs';
import * as path from 'path';
import { PACK_NAMES } from '../../src/core/model/review';
import { readWorkbookBytes } from '../../src/hosts/files/read';
import { coreEngine } from '../../src/app/coreEngine';
import { EMPTY_SETTINGS, optionsFrom } from '../../src/app/engine';
import { zh } from '../../src/app/i18n';

const engine = coreEngine();

describe('coreEngine', () => {
  it('lists the packs with their RULES.md names, common first', () => {
    expect(engine.packs[0].id).toBe('common');
    for (const p of engine.packs) expect(p.name).toBe(PACK_NAMES[p.id]);
    expect(engine.packs.map((p) => p.id)).toEqual(expect.arrayContaining(['zj2017', 'sc2020']));
  });

  it('takes parameters and their defaults from the packs, each with a Chinese label', () => {
    const zj = engine.packs.find((p) => p.id === 'zj2017')!;
    expect(zj.params.find((p) => p.key === 'minStudyShare')?.defaultValue).toBe('2/3');
    const sc = engine.packs.find((p) => p.id === 'sc2020')!;
    expect(sc.params.find((p) => p.key === 'maxGroupSize')?.defaultValue).toBe(20);
    const unlabelled = engine.packs.flatMap((p) => p.params).filter((s) => !zh.paramLabels[`${s.pack}.${s.key}`]);
    expect(unlabelled.map((s) => `${s.pack}.${s.key}`)).toEqual([]);
  });

  it('says how each parameter is edited, from its zod schema', () => {
    const kind = (pack: string, key: string) => engine.packs.find((p) => p.id === pack)!.params.find((p) => p.key === key)?.kind;
    expect(kind('zj2017', 'exemptFirstLastDay')).toBe('switch');
    expect(kind('zj2017', 'maxCities')).toBe('number');
    expect(kind('zj2017', 'holidays')).toBe('dates');
    expect(kind('zj2017', 'visitWords')).toBe('list');
    expect(kind('zj2017', 'minStudyShare')).toBe('share');
    expect(kind('zj2017', 'planDeadline')).toBe('monthDay');
    expect(kind('ce2007', 'capPublicHours')).toBe('switch');
    expect(kind('sc2020', 'outstandingUnits')).toBe('list');
  });

  it('round-trips settings, a suppression made now included', () => {
    const s = { ...EMPTY_SETTINGS, packs: ['sc2020' as const], params: { 'sc2020.maxGroupSize': 25 }, suppressions: [{ ruleId: 'SC-DURATION', sheet: '表', cell: 'F5', reason: '线上', at: new Date().toISOString() }] };
    const back = engine.readSettings(JSON.parse(JSON.stringify(engine.storeSettings(s))));
    expect(back).toMatchObject({ packs: ['sc2020'], params: { 'sc2020.maxGroupSize': 25 } });
    expect(back.suppressions[0]).toMatchObject({ ruleId: 'SC-DURATION', reason: '线上' });
    expect(engine.readSettings(null)).toEqual({ ...EMPTY_SETTINGS });
  });

  it('refuses invalid stored settings with a Chinese message', () => {
    expect(() => engine.readSettings({ packs: ['nope'] })).toThrow(/审核设置/);
    expect(() => engine.readSettings({ suppressions: [{ ruleId: 'X', sheet: 'a', cell: 'A1', reason: '', at: '2024-01-01' }] })).toThrow(/忽略理由/);
  });

  it('reviews with a changed parameter', () => {
    const grid = readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'sc-plan.xlsx'))), 'sc-plan.xlsx');
    const count = (params: Record<string, number>) =>
      engine.review(grid, optionsFrom({ ...EMPTY_SETTINGS, packs: ['sc2020'], params }, engine)).findings.filter((f) => f.ruleId === 'SC-GROUP-SIZE').length;
    expect(count({})).toBeGreaterThan(0);
    expect(count({ 'sc2020.maxGroupSize': 1000 })).toBe(0);
  });
});
