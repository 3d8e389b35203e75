/**
 * Conservation (issue 4): every project row of every source file is in 省级汇总 or listed in
 * 导入记录 as rejected, over randomly generated batches, first merges and re-merges alike; and a
 * re-merge loses no row and no reviewer value of the earlier summary.
 */
import fc from 'fast-check';
import { COL, mergeSources, readExistingSummary, resultSheets, type MergeResult, type MergeSource } from '../../../src/core/merge';
import { failed, reopen, source, T0, T1, type P } from './helpers';

const UNITS = ['甲单位', '乙单位', '丙单位', '丁单位'];
const THEMES = ['智能制造培训班', '医院管理研修班', '现代农业培训班', '碳中和培训班', '职业教育研修班'];

const projectArb: fc.Arbitrary<P> = fc.record({
  unit: fc.constantFrom(...UNITS, ''),
  theme: fc.constantFrom(...THEMES, ''),
  id: fc.option(fc.constantFrom('ZJ-1', 'ZJ-2', 'ZJ-3'), { nil: undefined }),
  people: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant('二十人')),
  days: fc.integer({ min: 3, max: 30 }),
});

const sourceArb = (i: number, at: string): fc.Arbitrary<MergeSource> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.tuple(fc.array(projectArb, { maxLength: 4 }), fc.array(fc.constantFrom('3 | 德国', '| | 20人'), { maxLength: 2 })).map(([ps, rej]) => source(`f${i}.xlsx`, ps, { rejected: rej, importedAt: at })) },
    { weight: 1, arbitrary: fc.constant(failed(`f${i}.xlsx`)) },
  );

const batchArb = (at: string) => fc.integer({ min: 0, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => sourceArb(i, at))));

function checkConservation(batch: MergeSource[], r: MergeResult) {
  const read = batch.filter((s) => s.status === 'read');
  const projects = read.flatMap((s) => (s.status === 'read' ? s.projects : []));
  const rejected = read.flatMap((s) => (s.status === 'read' ? s.rejected : []));
  expect(r.counts.projectsIn).toBe(projects.length + rejected.length);
  expect(r.counts.projectsIn).toBe(r.counts.projectsMerged + r.counts.rejected);
  expect(r.counts.filesRead + r.counts.filesFailed).toBe(batch.length);
  // each project of the batch: exactly one active row with its provenance
  for (const p of projects) {
    const rows = r.rows.filter((x) => x[COL.file] === p.file && x[COL.sheet] === p.sheet && x[COL.row] === p.row && x[COL.importedAt] === p.importedAt);
    expect(rows).toHaveLength(1);
    expect(rows[0][COL.status]).toBe('有效');
  }
  // each rejected row: listed with its reason
  for (const x of rejected) {
    expect(r.log.filter((e) => e.kind === '拒收' && e.file === x.file && e.row === x.row && e.note === x.reason)).toHaveLength(1);
  }
}

describe('conservation', () => {
  it('first merge: every project row is in 省级汇总 or rejected in 导入记录', () => {
    fc.assert(
      fc.property(batchArb(T0), (batch) => {
        const r = mergeSources(batch, { importedAt: T0 });
        checkConservation(batch, r);
        expect(r.rows).toHaveLength(r.counts.added);
      }),
      { numRuns: 300 },
    );
  });

  it('the check itself fails when a project row is lost or a rejected row is not listed', () => {
    const batch = [source('a.xlsx', [{ unit: '甲', theme: 'A培训班' }, { unit: '甲', theme: 'B培训班' }], { rejected: ['| | 20人'] })];
    const r = mergeSources(batch, { importedAt: T0 });
    expect(() => checkConservation(batch, r)).not.toThrow();
    expect(() => checkConservation(batch, { ...r, rows: r.rows.slice(1) })).toThrow();
    expect(() => checkConservation(batch, { ...r, log: r.log.filter((e) => e.kind !== '拒收') })).toThrow();
  });

  it('re-merge: nothing of the earlier summary is lost, every new row is accounted for', () => {
    fc.assert(
      fc.property(batchArb(T0), batchArb(T1), (first, second) => {
        const r1 = mergeSources(first, { importedAt: T0 });
        const existing = readExistingSummary(reopen(resultSheets(r1)));
        // the reviewer types an opinion on every row, each one unique
        existing.rows.forEach((row, i) => (row.values[COL.opinion] = `意见${i}`));
        const r2 = mergeSources(second, { existing, importedAt: T1 });
        checkConservation(second, r2);
        expect(r2.rows.length).toBe(existing.rows.length + r2.counts.added);
        existing.rows.forEach((_, i) => expect(r2.rows.filter((x) => x[COL.opinion] === `意见${i}`)).toHaveLength(1));
        const matched = r2.counts.changed + r2.counts.unchanged;
        expect(matched + r2.counts.added).toBe(r2.counts.projectsMerged);
        expect(r2.counts.kept + matched + r2.counts.withdrawn).toBeLessThanOrEqual(existing.rows.length);
      }),
      { numRuns: 300 },
    );
  });
});
