/**
 * runPacks sorts its own list in place (round 17), with the positions it kept as the findings were made (typed
 * arrays kept between workbooks, grown past 256): workbook after workbook of any size, below and past the
 * insertion sort's limit, its findings must be what sortFindings gives the same findings made by runRule (a new
 * list, positions read back from the addresses), and no earlier workbook's finding may appear.
 */
import fc from 'fast-check';
import { INSERTION_SORT_MAX, buildContext, runPacks, runRule, sortFindings } from '../../../src/core/rules/runner';
import type { Pack, Rule } from '../../../src/core/rules/types';
import { workbook } from './builders';
import { z } from 'zod';

type Emit = { sheet: string; row: number; col: number; byAddress: boolean; rule: number };

const emitted: fc.Arbitrary<Emit> = fc.record({
  sheet: fc.constantFrom('需求表', '日程表', '其他'),
  row: fc.integer({ min: -1, max: 40 }),
  col: fc.integer({ min: 0, max: 30 }),
  byAddress: fc.boolean(),
  rule: fc.integer({ min: 0, max: 2 }),
});

const parsed = (file: string) => workbook({ file, recognition: [{ sheet: '日程表', kind: 'schedule', reason: '' }, { sheet: '需求表', kind: 'demand-list', reason: '' }] });

describe('runPacks sorts in place what sortFindings sorts into a new list', () => {
  it('workbook after workbook, either side of the insertion sort and of the kept positions\' first size', () => {
    const sizes = fc.oneof(fc.integer({ min: 0, max: INSERTION_SORT_MAX + 2 }), fc.integer({ min: 250, max: 700 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(sizes, fc.array(emitted, { minLength: 700, maxLength: 700 })), { minLength: 1, maxLength: 4 }), (books) => {
        books.forEach(([n, all], b) => {
          const list = all.slice(0, n);
          // every emit at its own cell (project key = its index): none dropped as a duplicate
          const rules: Rule[] = [0, 1, 2].map((r) => ({
            id: `R-${'CAB'[r]}`,
            pack: 'common',
            severity: 'warning',
            clause: '',
            check: (_c, _p, emit) => {
              list.forEach((e, i) => {
                if (e.rule !== r) return;
                const ref = e.byAddress ? { sheet: e.sheet, cell: e.row < 0 ? '' : `${String.fromCharCode(65 + (e.col % 26))}${e.row + 1}` } : { sheet: e.sheet, row: e.row, col: e.col };
                emit(ref, `b${b} m${i}`, { projectKey: `P${i}` });
              });
            },
          }));
          const pack = { id: 'common', rules, params: z.object({}) } as unknown as Pack;
          const wb = parsed(`w${b}.xlsx`);
          const out = runPacks(wb, { packs: [] }, [pack]);
          const ctx = buildContext(wb, { packs: [] });
          const asMade = rules.flatMap((r) => runRule(r, ctx, {}));
          expect(out).toEqual(sortFindings(asMade, wb));
          expect(out).toHaveLength(n);
        });
      }),
      { numRuns: 150 },
    );
  });
});
