/**
 * CE-FUND-SHARE — 国人部发〔2007〕96号 第21条:
 * "一般企业按照职工工资总额的1.5%足额提取职工教育经费，从业人员技术素质要求高、培训任务重、经济效益较好的企业可按2.5%提取。"
 * (The seed text reads 15% / 25%: the decimal points were lost in extraction, see seeds/README.md.)
 * An enterprise whose 职工教育经费 is below `minFundShare` (1.5%) of its 工资总额 is a warning at the fund
 * cell — every enterprise, 技术素质要求高 or not: 2.5% is a permission (可按2.5%提取), shown in the
 * message, never checked as a floor. Exactly 1.5% passes; the comparison is exact.
 */
import { cite, CE2007 } from '../clauses';
import { fr, registerOf, relatedCells } from '../ceShared';
import { toNumber, type Fraction } from '../../values/fraction';
import type { Rule } from '../types';
import type { Ce2007Params } from './params';

/** A finite double as the exact decimal it prints as (`0.015` → 15/1000), in BigInt. */
export function decimalOf(x: number): { n: bigint; d: bigint } {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(x));
  if (!m) throw new RangeError(`not a finite number: ${x}`);
  const digits = BigInt(m[1] + m[2] + (m[3] ?? ''));
  const exp = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  return exp >= 0 ? { n: digits * 10n ** BigInt(exp), d: 1n } : { n: digits, d: 10n ** BigInt(-exp) };
}

/** fund / payroll < share, exactly (payroll > 0). */
export function belowShare(fund: number, payroll: number, share: Fraction): boolean {
  const f = decimalOf(fund);
  const p = decimalOf(payroll);
  // f.n/f.d < share.n/share.d × p.n/p.d  ⇔  f.n × share.d × p.d < share.n × p.n × f.d (all denominators > 0)
  return f.n * BigInt(share.d) * p.d < BigInt(share.n) * p.n * f.d;
}

function percent(x: number): string {
  const s = (x * 100).toFixed(2);
  return s.replace(/\.?0+$/, '') + '%';
}

export const fundShare: Rule<Ce2007Params> = {
  id: 'CE-FUND-SHARE',
  pack: 'ce2007',
  severity: 'warning',
  clause: `${CE2007} 第21条`,
  description: '企业职工教育经费低于职工工资总额的1.5%（可按2.5%提取，不作为下限）',
  check(ctx, params, emit) {
    const floor = fr(params.minFundShare);
    const permitted = fr(params.permittedFundShare);
    const limit = percent(floor.n / floor.d);
    for (const f of registerOf(ctx).funds) {
      if (!f.payroll.ok || !f.fund.ok || !(f.payroll.value > 0) || f.fund.value < 0) continue; // CE-VALUE says why
      if (!belowShare(f.fund.value, f.payroll.value, floor)) continue;
      const actual = f.fund.value / f.payroll.value;
      let shown = percent(actual);
      if (shown === limit) shown = `${(actual * 100).toFixed(4)}%`; // never print "1.5%, below 1.5%"
      const message = cite(
        `${f.unit.text} 职工教育经费${f.fund.text}，占工资总额${f.payroll.text}的${shown}，低于${limit}（技术素质要求高、培训任务重、经济效益较好的企业可按${percent(permitted.n / permitted.d)}提取）`,
        this.clause,
      );
      emit(f.fund.ref, message, {
        ...relatedCells([f.payroll.ref]),
        data: { fund: f.fund.value, payroll: f.payroll.value, share: actual, minShare: toNumber(floor), permittedShare: toNumber(permitted) },
      });
    }
  },
};
