/** Parameters of the `ce2007` pack (RULES.md "Continuing education"), every one with its default. */
import { z } from 'zod';
import { shareParam } from '../params';
import { fr } from '../ceShared';
import type { TallyOptions } from '../../ce/tally';

/** A yes/no parameter as settings write it: true/false, 是/否, 1/0. */
const flagParam = z.preprocess((v) => {
  if (typeof v !== 'string') return v;
  const t = v.trim().toLowerCase();
  if (['true', '是', '1', 'yes', 'y', '开'].includes(t)) return true;
  if (['false', '否', '0', 'no', 'n', '关'].includes(t)) return false;
  return v;
}, z.boolean());

export const ce2007Params = z.object({
  /** 第10条: 每人每年…累计应不少于12天或72学时. */
  minHours: z.coerce.number().positive().default(72),
  /** 第6条: 公需科目的学习一般不超过国家规定继续教育总学时的三分之一 — of `minHours` (24 of 72). */
  maxPublicShare: shareParam.default('1/3'),
  /**
   * Public hours above `maxPublicShare` × `minHours` do not count (for a province whose own registration
   * rules cap them). Off by default: 004 does not say the excess is not recognised.
   */
  capPublicHours: flagParam.default(false),
  /** 12天或72学时: a day of training is 6 hours. */
  hoursPerDay: z.coerce.number().positive().default(6),
  /** 浙外专发〔2017〕14号 三(四): 每天可认定登记6个学时. */
  hoursPerDayAbroad: z.coerce.number().positive().default(6),
  /** 第21条: 一般企业按照职工工资总额的1.5%足额提取职工教育经费 — the floor for every enterprise (the seed reads 15%: an extraction defect). */
  minFundShare: shareParam.default('0.015'),
  /** 第21条: …的企业可按2.5%提取 — a permission, shown in CE-FUND-SHARE's message, never checked as a floor. */
  permittedFundShare: shareParam.default('0.025'),
  /** Only this year (e.g. 2024); absent: every year in the register. */
  year: z.coerce.number().int().min(1950).max(2100).optional(),
});
export type Ce2007Params = z.infer<typeof ce2007Params>;

export function ce2007Tally(p: Ce2007Params): TallyOptions {
  return {
    basis: 'ce2007',
    minHours: fr(p.minHours),
    ...(p.capPublicHours ? { maxPublicShare: fr(p.maxPublicShare) } : {}),
    hoursPerDay: fr(p.hoursPerDay),
    hoursPerDayAbroad: fr(p.hoursPerDayAbroad),
    year: p.year,
  };
}
