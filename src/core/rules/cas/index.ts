/** Pack `cas` — 中国科学院继续教育指导意见 (source 003). */
import type { Pack } from '../types';
import { asRule } from '../../ce/rules';
import { annualHours } from './annualHours';
import { idConflict } from './idConflict';
import { leaderHours } from './leaderHours';
import { casParams } from './params';
import { value } from './value';

export const casRules = [annualHours, leaderHours, value, idConflict];

export const pack: Pack<typeof casParams> = {
  id: 'cas',
  params: casParams,
  rules: casRules.map(asRule),
};

export { casParams };
