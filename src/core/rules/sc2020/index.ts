/** 四川省 2020年度计划申报 (`sc2020`). */
import type { Pack } from '../types';
import { sc2020Params } from './params';
import { groupSize } from './groupSize';
import { duration } from './duration';
import { reservedField } from './reservedField';
import { cadreLocal } from './cadreLocal';
import { orgDeptLocal } from './orgDeptLocal';
import { partner } from './partner';
import { noBudget } from './noBudget';
import { prohibited } from './prohibited';
import { lastSummary } from './lastSummary';

export const sc2020Pack: Pack<typeof sc2020Params> = {
  id: 'sc2020',
  params: sc2020Params,
  rules: [groupSize, duration, reservedField, orgDeptLocal, cadreLocal, partner, noBudget, prohibited, lastSummary],
};
