/** The common pack (通用检查): always on. */
import type { Pack } from '../types';
import { commonParams } from './params';
import { required } from './required';
import { number } from './number';
import { normalised } from './normalised';
import { phone } from './phone';
import { checkbox } from './checkbox';
import { sponsor } from './sponsor';
import { scheduleMissing } from './scheduleMissing';
import { scheduleDays } from './scheduleDays';
import { scheduleDates } from './scheduleDates';
import { schedulePlace } from './schedulePlace';
import { duplicate } from './duplicate';
import { unreadable } from './unreadable';
import { datesOrder } from './datesOrder';
import { modeMissing } from './modeMissing';

export const commonPack: Pack<typeof commonParams> = {
  id: 'common',
  params: commonParams,
  rules: [required, number, normalised, phone, checkbox, sponsor, scheduleMissing, scheduleDays, scheduleDates, schedulePlace, datesOrder, duplicate, unreadable, modeMissing],
};
