/** Pack `cas` — 中国科学院继续教育指导意见 (source 003). */
import type { Pack } from '../types';
import { annualHours } from './annualHours';
import { idConflict } from './idConflict';
import { leaderHours } from './leaderHours';
import { casParams, casTally } from './params';
import { value } from './value';

export const casPack: Pack<typeof casParams> = {
  id: 'cas',
  params: casParams,
  rules: [annualHours, leaderHours, value, idConflict],
};

export { casParams, casTally };
