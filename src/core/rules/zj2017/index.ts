/** 浙江省 浙外专发〔2017〕14号 (`zj2017`). */
import type { Pack } from '../types';
import { zj2017Params } from './params';
import { ratioStudy } from './ratioStudy';
import { ratioTopic } from './ratioTopic';
import { intercity } from './intercity';
import { intercityEnds } from './intercityEnds';
import { cities } from './cities';
import { civilServants } from './civilServants';
import { planDeadline } from './planDeadline';
import { generalProject } from './generalProject';
import { predeparture } from './predeparture';
import { notice } from './notice';
import { noticeLate } from './noticeLate';
import { reportLate } from './reportLate';

export const zj2017Pack: Pack<typeof zj2017Params> = {
  id: 'zj2017',
  params: zj2017Params,
  rules: [ratioStudy, ratioTopic, intercity, intercityEnds, cities, civilServants, planDeadline, generalProject, predeparture, notice, noticeLate, reportLate],
};
