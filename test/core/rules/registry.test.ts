/** The packs the engine knows, as the UI and reports list them: order, names, rules with their flags, parameter defaults. */
import { PACK_IDS, PACK_NAMES } from '../../../src/core/model/review';
import { findRule, getPack, listPacks, registeredPacks, ruleInfo } from '../../../src/core/rules/registry';
import { PACKS } from '../../../src/core/rules/catalog';
import type { Rule } from '../../../src/core/rules/types';

describe('registry', () => {
  it('lists every pack once, in the order of PACK_IDS, with its name', () => {
    expect(registeredPacks().map((p) => p.id)).toEqual([...PACK_IDS]);
    const packs = listPacks();
    expect(packs.map((p) => [p.id, p.name])).toEqual(PACK_IDS.map((id) => [id, PACK_NAMES[id]]));
    expect(PACKS).toEqual(packs);
  });

  it('gives each rule its ID, pack, severity, clause, description and mode flags', () => {
    const zj = listPacks().find((p) => p.id === 'zj2017')!;
    const ratio = zj.rules.find((r) => r.id === 'ZJ-RATIO-STUDY')!;
    expect(ratio).toMatchObject({ id: 'ZJ-RATIO-STUDY', pack: 'zj2017', severity: 'error', offlineOnly: true, onlineOnly: false });
    expect(ratio.clause).toContain('浙外专发〔2017〕14号');
    expect(ratio.description).not.toBe('');
    const mo = listPacks().find((p) => p.id === 'most2022-online')!.rules.find((r) => r.id === 'MO-CLASS-SIZE')!;
    expect([mo.offlineOnly, mo.onlineOnly]).toEqual([false, true]);
    const common = listPacks().find((p) => p.id === 'common')!.rules.find((r) => r.id === 'C-REQUIRED')!;
    expect([common.offlineOnly, common.onlineOnly]).toEqual([false, false]);
  });

  it('a rule without a description gets an empty one', () => {
    const bare = { id: 'X-TEST', pack: 'common', severity: 'info', clause: '某条', check: () => undefined } as unknown as Rule;
    expect(ruleInfo(bare)).toEqual({ id: 'X-TEST', pack: 'common', severity: 'info', clause: '某条', description: '', offlineOnly: false, onlineOnly: false });
  });

  it('gives each pack its parameter defaults', () => {
    const sc = listPacks().find((p) => p.id === 'sc2020')!;
    expect(Object.keys(sc.params).length).toBeGreaterThan(0);
    expect(sc.params).toEqual(getPack('sc2020')!.params.parse({}));
  });

  it('finds a pack and a rule by ID, and nothing for an unknown one', () => {
    expect(getPack('cas')?.id).toBe('cas');
    expect(findRule('ZJ-NOTICE')?.pack).toBe('zj2017');
    expect(findRule('CAS-LEADER-HOURS')?.pack).toBe('cas');
    expect(findRule('ZJ-NOTICE-X')).toBeUndefined();
  });
});
