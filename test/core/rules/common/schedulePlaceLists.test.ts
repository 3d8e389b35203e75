/**
 * C-SCHEDULE-PLACE looks through the declared countries (as written, then as compared, made at the first row
 * naming another) and the countries reported, short lists instead of three Sets per project: against the
 * plain way (the Sets), the same findings on generated schedules.
 */
import fc from 'fast-check';
import { schedulePlace, message } from '../../../../src/core/rules/common/schedulePlace';
import { normaliseName } from '../../../../src/core/rules/util';
import { runRule, buildContext } from '../../../../src/core/rules/runner';
import type { Project, Schedule } from '../../../../src/core/model/records';
import { a1 } from '../../../../src/core/grid';
import { project, schedule, workbook } from '../builders';

/** The rule as it was: a Set of the declared names as written, one as compared, one of those reported. */
function plain(p: Project, s: Schedule): { cell: string; message: string }[] {
  const out: { cell: string; message: string }[] = [];
  if (!p.countries || !p.countries.ok) return out;
  const raw = new Set(p.countries.value);
  const declared = new Set(p.countries.value.map(normaliseName));
  const reported = new Set<string>();
  for (const row of s.rows) {
    for (const c of row.countries) {
      if (raw.has(c)) continue;
      const k = normaliseName(c);
      if (c === '中国' || declared.has(k) || reported.has(k)) continue;
      reported.add(k);
      const ref = row.countryRef ?? row.city?.ref ?? row.content?.ref;
      if (ref) out.push({ cell: a1(ref.row, ref.col), message: message(c, p.countries.value, schedulePlace.clause) });
    }
  }
  return out;
}

const COUNTRIES = ['德国', '法国', '（法国）', 'Germany', 'GERMANY', '中国', '荷兰', ' 荷兰'];

describe('C-SCHEDULE-PLACE against the plain way', () => {
  it('reports the same countries at the same cells', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom(...COUNTRIES, undefined), { minLength: 1, maxLength: 12 }),
        (declared, rows) => {
          const p = project({ key: 'P', countries: declared });
          const s = schedule('P', rows.map((country, i) => ({ date: `2024-06-${String(3 + i).padStart(2, '0')}`, city: '柏林', country })));
          const ctx = buildContext(workbook({ projects: [p], schedules: [s] }), { packs: [] });
          const p0 = ctx.parsed.projects[0];
          const got = runRule(schedulePlace as never, ctx, {}).map((f) => ({ cell: f.cell, message: f.message }));
          const want = plain(p0, s).map((x) => ({ cell: x.cell, message: x.message }));
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 500 },
    );
  });
});
