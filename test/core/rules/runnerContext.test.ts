/**
 * Round 15: a context's schedule and participant lookups (a workbook's few schedules looked through, a Map
 * past FEW_SCHEDULES; participants grouped at the first ask), the packs' list kept for the next workbook,
 * and the ZJ-RATIO rules' share parameters kept parsed — each against the plain way.
 */
import fc from 'fast-check';
import type { Participant, Schedule } from '../../../src/core/model/records';
import type { PackId } from '../../../src/core/model/review';
import { FEW_SCHEDULES, buildContext, runPacks } from '../../../src/core/rules/runner';
import { shareFraction } from '../../../src/core/rules/util';
import { parseFraction } from '../../../src/core/values/fraction';
import { participant, project, schedule, workbook } from './builders';

const KEYS = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6'];

/** The plain way: the first schedule of each key, and each key's participants in order, by Map. */
function plainLookups(schedules: Schedule[], participants: Participant[]) {
  const byKey = new Map<string, Schedule>();
  for (const s of schedules) if (s.projectKey !== null && !byKey.has(s.projectKey)) byKey.set(s.projectKey, s);
  const people = new Map<string, Participant[]>();
  for (const x of participants) if (x.projectKey !== null) people.set(x.projectKey, [...(people.get(x.projectKey) ?? []), x]);
  return { scheduleOf: (k: string) => byKey.get(k), peopleOf: (k: string) => people.get(k) ?? [] };
}

describe('a context finds a project\'s schedule and participants as the plain Maps do', () => {
  it('on generated workbooks either side of FEW_SCHEDULES, keys repeated and missing', () => {
    const keyArb = fc.option(fc.constantFrom(...KEYS), { nil: null });
    fc.assert(
      fc.property(fc.array(keyArb, { maxLength: 2 * FEW_SCHEDULES + 2 }), fc.array(keyArb, { maxLength: 8 }), (scheduleKeys, peopleKeys) => {
        const schedules = scheduleKeys.map((k, i) => schedule(k, [{ day: i + 1 }]));
        const participants = peopleKeys.map((k, i) => participant(k as string, i + 1, `人${i}`));
        const projects = KEYS.map((key) => project({ key }));
        const ctx = buildContext(workbook({ projects, schedules, participants }), { packs: [], asOf: '2024-06-01' });
        const plain = plainLookups(schedules, participants);
        for (const p of projects) {
          expect(ctx.scheduleFor(p)).toBe(plain.scheduleOf(p.key));
          expect(ctx.participantsFor(p)).toEqual(plain.peopleOf(p.key));
          // the same list again (it is the group's own), or a new empty one each time
          if (plain.peopleOf(p.key).length > 0) expect(ctx.participantsFor(p)).toBe(ctx.participantsFor(p));
          else expect(ctx.participantsFor(p)).not.toBe(ctx.participantsFor(p));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the packs run for a workbook', () => {
  it('follow options.packs when the same list is changed between workbooks, or another given', () => {
    // (an online and an offline project, one with a schedule: each pack finds something)
    const wb = workbook({
      projects: [project({ key: 'P1', days: 60, people: 40, mode: 'online' }), project({ key: 'P2', row: 2, days: 60, people: 40 })],
      schedules: [schedule('P2', [{ day: 1, type: '休整' }])],
    });
    const ran = (packs: PackId[]) => [...new Set(runPacks(wb, { asOf: '2024-06-01', packs }).map((f) => f.ruleId.split('-')[0]))].sort();
    const packs: PackId[] = ['zj2017'];
    expect(ran(packs)).toEqual(['C', 'ZJ']);
    packs[0] = 'most2022-online';
    expect(ran(packs)).toEqual(['C', 'MO']);
    packs.push('zj2017');
    expect(ran(packs)).toEqual(['C', 'MO', 'ZJ']);
    expect(ran([])).toEqual(['C']);
    expect(ran(['sc2020'])).toEqual(['C', 'SC']);
    expect(ran(['zj2017'])).toEqual(['C', 'ZJ']);
  });
});

describe('shareFraction', () => {
  it('is parseFraction, asked once or again', () => {
    const textArb = fc.oneof(
      fc.tuple(fc.integer({ min: -5, max: 9 }), fc.integer({ min: 0, max: 9 })).map(([n, d]) => `${n}/${d}`),
      fc.constantFrom('1/3', '2/3', ' 1 / 3 ', '0.5', '', 'abc', '1e-3', '0.3333333', 'Infinity'),
      fc.double({ noNaN: false }),
    );
    fc.assert(
      fc.property(fc.array(textArb, { maxLength: 10 }), (xs) => {
        for (const x of [...xs, ...xs]) expect(shareFraction(x)).toEqual(parseFraction(x));
      }),
    );
  });
});
