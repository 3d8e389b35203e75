/** 科技部 国科才函〔2022〕39号（线上培训） (`most2022-online`). */
import type { Pack } from '../types';
import { most2022Params } from './params';
import { classSize } from './classSize';
import { duration } from './duration';
import { fee } from './fee';
import { feeUnknown } from './feeUnknown';
import { deadline } from './deadline';

export const most2022Pack: Pack<typeof most2022Params> = {
  id: 'most2022-online',
  params: most2022Params,
  rules: [classSize, duration, fee, feeUnknown, deadline],
};
