/**
 * One finding per rule, sheet, project and cell: the runner looks through a rule's first SCAN_LIMIT
 * findings for a cell already reported, and keeps sets beyond them. Whatever a rule emits, in one rule
 * or in several run one after another over the same list (runPacks), what is kept and what is dropped
 * must be what one set of every cell reported, per rule, gives. And the findings' order is the plain
 * sort's, whichever way the sheets' order is looked up.
 */
import fc from 'fast-check';
import type { Finding } from '../../../src/core/model/findings';
import { firstCellOf } from '../../../src/core/grid';
import { INSERTION_SORT_MAX, SCAN_LIMIT, buildContext, runPacks, runRule, sortFindings } from '../../../src/core/rules/runner';
import type { Emit, Pack, Rule } from '../../../src/core/rules/types';
import { workbook } from './builders';
import { z } from 'zod';

type Emitted = { sheet: string; cell: string | [number, number]; projectKey?: string; related: boolean; info: boolean };

const emitted: fc.Arbitrary<Emitted> = fc.record({
  sheet: fc.constantFrom('需求表', '日程表'),
  // addresses and the same cells as numbers ('A2' is row 1, column 0), and '' (no cell: always kept)
  cell: fc.oneof(fc.constantFrom('A2', 'B2', 'A3', 'C7', ''), fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 1 }))),
  projectKey: fc.option(fc.constantFrom('P1', 'P2', ''), { nil: undefined }),
  related: fc.boolean(),
  info: fc.boolean(),
});

const address = (e: Emitted): string => (typeof e.cell === 'string' ? e.cell : `${String.fromCharCode(65 + e.cell[1])}${e.cell[0] + 1}`);

function emitAll(list: Emitted[], emit: Emit): void {
  list.forEach((e, i) => {
    const ref = typeof e.cell === 'string' ? { sheet: e.sheet, cell: e.cell } : { sheet: e.sheet, row: e.cell[0], col: e.cell[1] };
    emit(ref, `m${i}`, { projectKey: e.projectKey, severity: e.info ? 'info' : undefined, related: e.related ? [{ sheet: e.sheet, cell: 'Z9' }] : undefined });
  });
}

/** The plain way: a set of every (sheet, project, cell) the rule has reported. */
function plain(list: Emitted[], skipInfo: boolean): { kept: string[]; dropped: string[] } {
  const seen = new Set<string>();
  const kept: string[] = [];
  const dropped: string[] = [];
  list.forEach((e, i) => {
    if (skipInfo && e.info) return;
    const cell = address(e);
    const key = JSON.stringify([e.sheet, e.projectKey ?? '', cell]);
    if (cell !== '' && seen.has(key)) dropped.push(`m${i}`);
    else {
      seen.add(key);
      kept.push(`m${i}`);
    }
  });
  return { kept, dropped };
}

const rule = (id: string, list: Emitted[]): Rule => ({ id, pack: 'common', severity: 'warning', clause: '', check: (_c, _p, emit) => emitAll(list, emit) });

describe('one finding per cell: looked through, then kept in sets', () => {
  it('keeps and drops what one set of every cell reported gives, below and beyond SCAN_LIMIT findings', () => {
    fc.assert(
      fc.property(fc.array(emitted, { maxLength: 3 * SCAN_LIMIT, size: 'max' }), fc.boolean(), (list, skipInfo) => {
        const dropped: Finding[] = [];
        const out = runRule(rule('R-X', list), buildContext(workbook(), { packs: [], skipInfo }), {}, (d) => dropped.push(d));
        const want = plain(list, skipInfo);
        expect(out.map((f) => f.message)).toEqual(want.kept);
        expect(dropped.map((f) => f.message)).toEqual(want.dropped);
      }),
      { numRuns: 1500 },
    );
  });

  it('each rule of a pack judged on its own findings only, after others were added to the same list', () => {
    fc.assert(
      fc.property(fc.array(fc.array(emitted, { maxLength: 2 * SCAN_LIMIT, size: 'max' }), { minLength: 1, maxLength: 4 }), (lists) => {
        const rules = lists.map((l, k) => rule(`R-${k}`, l));
        const pack = { id: 'common', rules, params: z.object({}) } as unknown as Pack;
        const out = runPacks(workbook(), { packs: [] }, [pack]);
        const want = lists.flatMap((l, k) => plain(l, false).kept.map((m) => `R-${k} ${m}`));
        expect(out.map((f) => `${f.ruleId} ${f.message}`).sort()).toEqual(want.sort());
      }),
      { numRuns: 500 },
    );
  });
});

describe('sortFindings: sheet order looked along the list or by map, numbers kept between calls', () => {
  const SHEETS = ['需求表', '日程表', '名单', '备注', '其他', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11'];
  const finding = fc.record({
    ruleId: fc.constantFrom('R-A', 'R-B', 'C-X'),
    file: fc.constantFrom('a.xlsx', 'b.xlsx'),
    sheet: fc.constantFrom(...SHEETS, ''),
    cell: fc.constantFrom('', 'A1', 'B2', 'A10', 'C2:D4', '$B$2', 'x'),
  });
  /** The plain way: a map of the workbook's sheets (a sheet listed twice at its last place), addresses read in the comparator. */
  function plainSort(list: Finding[], recognised: string[]): Finding[] {
    const order = new Map<string, number>();
    recognised.forEach((s, i) => order.set(s, i));
    const at = (f: Finding) => firstCellOf(f.cell) ?? { row: -1, col: -1 };
    const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return list
      .map((f, i) => ({ f, i }))
      .sort((x, y) => text(x.f.file, y.f.file) || (order.get(x.f.sheet) ?? Number.MAX_SAFE_INTEGER) - (order.get(y.f.sheet) ?? Number.MAX_SAFE_INTEGER) || text(x.f.sheet, y.f.sheet) || at(x.f).row - at(y.f).row || at(x.f).col - at(y.f).col || text(x.f.ruleId, y.f.ruleId) || x.i - y.i)
      .map((x) => x.f);
  }

  it('the order of the plain sort, short and long sheet lists (a sheet listed twice), small and large batches one after another', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SHEETS), { maxLength: 11 }),
        fc.array(fc.record({ f: finding, n: fc.integer({ min: 1, max: 3 }) }), { maxLength: 400, size: 'max' }),
        (recognised, items) => {
          const list: Finding[] = items.map(({ f }, i) => ({ ...f, severity: 'warning', message: `m${i}` }));
          const parsed = workbook({ recognition: recognised.map((sheet) => ({ sheet, kind: 'schedule', reason: '' })) });
          expect(sortFindings(list, parsed)).toEqual(plainSort(list, recognised));
          // (either side of the insertion sort's limit: up to it sorted by insertion, past it by Array.prototype.sort)
          for (const n of [5, INSERTION_SORT_MAX - 1, INSERTION_SORT_MAX, INSERTION_SORT_MAX + 1]) {
            expect(sortFindings(list.slice(0, n), parsed)).toEqual(plainSort(list.slice(0, n), recognised));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a first sort far larger than the numbers kept so far (they grow to the size asked, not just twice theirs)', () => {
    // a fresh runner module: its kept numbers at their first size (768: 256 findings), then 2 000 findings at once
    let fresh: typeof sortFindings = sortFindings;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      fresh = (require('../../../src/core/rules/runner') as { sortFindings: typeof sortFindings }).sortFindings;
    });
    const list: Finding[] = Array.from({ length: 2000 }, (_, i) => ({ ruleId: 'R-A', severity: 'warning', file: 'a.xlsx', sheet: '需求表', cell: `B${2000 - i}`, message: `m${i}` }));
    expect(fresh(list, workbook())).toEqual(plainSort(list, []));
  });
});
