/** Pack `ce2007` — 专业技术人员继续教育 国人部发〔2007〕96号 (source 004, plus 000 三(四)). */
import type { Pack } from '../types';
import { abroadHours } from './abroadHours';
import { annualHours } from './annualHours';
import { fundShare } from './fundShare';
import { idConflict } from './idConflict';
import { ce2007Params, ce2007Tally } from './params';
import { publicShare } from './publicShare';
import { value } from './value';

export const ce2007Pack: Pack<typeof ce2007Params> = {
  id: 'ce2007',
  params: ce2007Params,
  // in the order RULES.md lists them, then the register checks
  rules: [annualHours, publicShare, abroadHours, fundShare, value, idConflict],
};

export { ce2007Params, ce2007Tally };
