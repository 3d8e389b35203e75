/** Parameters of the `ce2007` pack (RULES.md "Continuing education"), every one with its default. */
import { z } from 'zod';
import { shareParam } from '../params';
import { fr } from '../register';
import type { TallyOptions } from '../../ce/tally';

export const ce2007Params = z.object({
  /** 第10条: 每人每年…累计应不少于12天或72学时. */
  minHours: z.coerce.number().positive().default(72),
  /** 第6条: 公需科目的学习一般不超过…总学时的三分之一. */
  maxPublicShare: shareParam.default('1/3'),
  /** 12天或72学时: a day of training is 6 hours. */
  hoursPerDay: z.coerce.number().positive().default(6),
  /** 浙外专发〔2017〕14号 三(四): 每天可认定登记6个学时. */
  hoursPerDayAbroad: z.coerce.number().positive().default(6),
  /** 第21条: 一般企业按照职工工资总额的1.5%足额提取职工教育经费 (the seed reads 15%: an extraction defect). */
  minFundShare: shareParam.default('0.015'),
  /** 第21条: 从业人员技术素质要求高…的企业可按2.5%提取. */
  minFundShareHighSkill: shareParam.default('0.025'),
  /** Only this year (e.g. 2024); absent: every year in the register. */
  year: z.coerce.number().int().min(1950).max(2100).optional(),
});
export type Ce2007Params = z.infer<typeof ce2007Params>;

export function ce2007Tally(p: Ce2007Params): TallyOptions {
  return {
    basis: 'ce2007',
    minHours: fr(p.minHours),
    maxPublicShare: fr(p.maxPublicShare),
    hoursPerDay: fr(p.hoursPerDay),
    hoursPerDayAbroad: fr(p.hoursPerDayAbroad),
    year: p.year,
  };
}
