import { applySuppressions, defaultSettings, parseSettings, resolveParams } from '../../src/core/settings';
import type { Finding } from '../../src/core/model/findings';

describe('resolveParams', () => {
  it('gives the pack defaults', () => {
    const r = resolveParams('zj2017');
    expect(r).toMatchObject({ ok: true, params: { minStudyShare: '2/3', minTopicShare: '1/3', maxCities: 3, maxCivilServants: 2, planDeadline: '11-30', minNoticeWorkdays: 5, reportWithinMonths: 1, holidays: [] } });
    expect(resolveParams('sc2020')).toMatchObject({ ok: true, params: { maxGroupSize: 20, minDays: 14, maxDays: 360 } });
    expect(resolveParams('most2022-online')).toMatchObject({ ok: true, params: { maxClassSize: 150, maxDays: 7, deadline: '2022-06-20' } });
  });
  it('lets later layers win and converts settings-sheet text to the parameter\'s type', () => {
    const r = resolveParams('zj2017', { 'zj2017.maxCities': 4, 'sc2020.maxGroupSize': 1 }, { 'zj2017.maxCities': '５', 'zj2017.holidays': '2024-10-01、2024-10-02' });
    expect(r).toMatchObject({ ok: true, params: { maxCities: 5, holidays: ['2024-10-01', '2024-10-02'] } });
  });
  it('names the bad key and value in Chinese', () => {
    const r = resolveParams('zj2017', { 'zj2017.maxCities': 'abc', 'zj2017.minStudyShare': '3/2', 'zj2017.planDeadline': '11月30日' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      '参数 zj2017.minStudyShare 的值“3/2”无效：应为0到1之间的比例，如 2/3 或 0.5',
      '参数 zj2017.maxCities 的值“abc”无效：应为数字',
      '参数 zj2017.planDeadline 的值“11月30日”无效：应为 月-日，如 11-30',
    ]);
  });
  it('rejects an unknown parameter of the pack', () => {
    const r = resolveParams('sc2020', { 'sc2020.maxPeople': 3 });
    expect(r.ok === false && r.errors[0]).toContain('未知参数 sc2020.maxPeople');
  });
});

describe('settings', () => {
  it('has defaults and validates stored settings', () => {
    expect(defaultSettings()).toEqual({ packs: [], params: {}, suppressions: [], outstandingUnits: [], sheetKinds: {} });
    expect(parseSettings({ packs: ['zj2017'] })).toMatchObject({ ok: true });
    const bad = parseSettings({ packs: ['xx'], sheetKinds: { a: 'nope' } });
    expect(bad.ok).toBe(false);
  });
});

describe('applySuppressions', () => {
  const f = (ruleId: string, cell: string, file = 'a.xlsx'): Finding => ({ ruleId, severity: 'error', file, sheet: '需求表', cell, message: '' });
  it('suppresses the matching rule at the matching cell only', () => {
    const s = [{ ruleId: 'SC-GROUP-SIZE', sheet: '需求表', cell: 'D2', reason: '经批准', at: '2024-06-01' }];
    const r = applySuppressions([f('SC-GROUP-SIZE', 'D2'), f('SC-GROUP-SIZE', 'D3'), f('C-NUMBER', 'D2')], s);
    expect(r.kept.map((x) => `${x.ruleId}@${x.cell}`)).toEqual(['SC-GROUP-SIZE@D3', 'C-NUMBER@D2']);
    expect(r.suppressed).toHaveLength(1);
    expect(r.suppressed[0].suppression.reason).toBe('经批准');
  });
  it('restricts to a file when given', () => {
    const s = [{ ruleId: 'C-NUMBER', file: 'b.xlsx', sheet: '需求表', cell: 'D2', reason: 'r', at: '2024-06-01T10:00:00Z' }];
    expect(applySuppressions([f('C-NUMBER', 'D2', 'a.xlsx')], s).kept).toHaveLength(1);
    expect(applySuppressions([f('C-NUMBER', 'D2', 'b.xlsx')], s).kept).toHaveLength(0);
  });
});

describe('settings as a host stores them (decodeStoredSettings / encodeSettingsForStore)', () => {
  const { decodeStoredSettings, encodeSettingsForStore, MAX_STORED_SETTINGS, defaultSettings: defaults } = require('../../src/core/settings') as typeof import('../../src/core/settings');

  it('round-trips valid settings through JSON text, and accepts an already decoded value', () => {
    const s = defaults();
    expect(decodeStoredSettings(encodeSettingsForStore(s))).toEqual(s);
    expect(decodeStoredSettings(JSON.parse(encodeSettingsForStore(s)))).toEqual(s);
  });

  it('says in one sentence when the stored text is not JSON or not valid settings', () => {
    expect(() => decodeStoredSettings('{not json')).toThrow('工作簿中保存的审核设置已损坏（不是有效的 JSON），请重新保存设置。');
    expect(() => decodeStoredSettings('{"packs":"zj2017"}')).toThrow(/^工作簿中保存的审核设置无效：审核设置 packs/);
    expect(() => encodeSettingsForStore({ packs: 'zj2017' })).toThrow(/^审核设置无效，未保存：/);
  });

  it('refuses settings over the store limit, and keeps settings at it', () => {
    const base = encodeSettingsForStore(defaults());
    const fits = { ...defaults(), suppressions: [{ ruleId: 'C-PHONE', sheet: '需求表', cell: 'A1', reason: 'x', at: '2024-06-01' }] };
    const overhead = encodeSettingsForStore(fits).length - 1; // the JSON without the one-character reason
    expect(base.length).toBeLessThan(MAX_STORED_SETTINGS);
    const at = { ...fits, suppressions: [{ ...fits.suppressions[0], reason: 'x'.repeat(MAX_STORED_SETTINGS - overhead) }] };
    expect(encodeSettingsForStore(at).length).toBe(MAX_STORED_SETTINGS);
    const over = { ...fits, suppressions: [{ ...fits.suppressions[0], reason: 'x'.repeat(MAX_STORED_SETTINGS - overhead + 1) }] };
    expect(() => encodeSettingsForStore(over)).toThrow('审核设置过大（超过 1.5 MB），无法保存在工作簿中。');
  });
});
