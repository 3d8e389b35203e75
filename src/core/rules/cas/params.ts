/** Parameters of the `cas` pack (RULES.md "CAS"), every one with its default. */
import { z } from 'zod';
import { fr } from '../ceShared';
import type { TallyOptions } from '../../ce/tally';

export const casParams = z.object({
  /** 二(二): 正式在册职工每年参加继续教育与培训的时间累计不少于100学时. */
  minHours: z.coerce.number().positive().default(100),
  /** 三(五): 所局级领导人员每年接受继续教育与培训时间不少于110学时. */
  minLeaderHours: z.coerce.number().positive().default(110),
  /** A day of training (or abroad) is 6 hours. */
  hoursPerDay: z.coerce.number().positive().default(6),
  /** Only this year (e.g. 2024); absent: every year in the register. */
  year: z.coerce.number().int().min(1950).max(2100).optional(),
});
export type CasParams = z.infer<typeof casParams>;

/** 003 sets no cap on 公需 hours: every hour recorded counts (outbound training as days × 6). */
export function casTally(p: CasParams): TallyOptions {
  return {
    basis: 'cas',
    minHours: fr(p.minHours),
    minLeaderHours: fr(p.minLeaderHours),
    hoursPerDay: fr(p.hoursPerDay),
    hoursPerDayAbroad: fr(p.hoursPerDay),
    year: p.year,
  };
}
