/**
 * C-SCHEDULE-PLACE — 浙外专发〔2017〕14号 四(二) “不得增加出访国家（地区）或城市”: the schedule may
 * visit only the declared 国家（地区）. Once per undeclared country, at its first row (the 国家 cell
 * where there is one, else the city cell).
 */
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { normaliseName } from '../util';
import type { CommonParams } from './params';

/** The home country (departure and return legs) is never an added destination. */
const HOME = '中国';

export const message = (country: string, declared: string[], clause: string) =>
  cite(`日程安排前往“${country}”，不在申报的国家（地区）“${declared.join('、')}”之内，不得增加出访国家（地区）`, clause);

/**
 * The names as compared, pushed in a loop: a list made by `map` is of another elements kind once the rule runs
 * optimised (docs/BENCH.md, round 11), and the rule was thrown away at `includes` on it in every cold run (round 14).
 */
function normalisedAll(names: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i++) out.push(normaliseName(names[i]));
  return out;
}

export const schedulePlace: Rule<CommonParams> = {
  id: 'C-SCHEDULE-PLACE',
  pack: 'common',
  severity: 'error',
  clause: `${ZJ2017} 四(二)`,
  description: '日程前往未申报的国家（地区）',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      const s = ctx.scheduleFor(p);
      if (!s || !p.countries || !p.countries.ok) continue;
      // the declared countries as written, then (made at the first row naming another) as compared, and the
      // countries reported: short lists looked through, not three Sets per project (most rows name a declared one)
      const raw = p.countries.value;
      let declared: string[] | undefined;
      let reported: string[] | undefined;
      for (const row of s.rows) {
        const countries = row.countries;
        // (indexed: an iterator per row over the shared lists was this rule's garbage)
        for (let i = 0; i < countries.length; i++) {
          const c = countries[i];
          if (raw.includes(c)) continue;
          const k = normaliseName(c);
          if (c === HOME) continue;
          declared ??= normalisedAll(raw);
          if (declared.includes(k) || (reported !== undefined && reported.includes(k))) continue;
          (reported ??= []).push(k);
          const ref = row.countryRef ?? row.city?.ref ?? row.content?.ref;
          if (ref) emit(ref, message(c, p.countries.value, this.clause), { projectKey: p.key, data: { country: c, declared: p.countries.value.join('、') } });
        }
      }
    }
  },
};
