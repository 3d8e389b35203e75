/** Parameters of the Sichuan 2020 plan notice (RULES.md `sc2020`), with their defaults. */
import { z } from 'zod';
import { positiveCountParam, wordsParam } from '../params';

export const sc2020Params = z.object({
  /** 四(三) 原则上每团总申报人数不超过20人 */
  maxGroupSize: positiveCountParam(20),
  /** 四(三) 培训时间为14天-360天以内 */
  minDays: positiveCountParam(14),
  maxDays: positiveCountParam(360),
  /** 二(三)3 立法、司法、公安、民族、宗教等领域的培训…由中央主管部门…统一组织申报 */
  reservedWords: wordsParam(['立法', '司法', '公安', '民族', '宗教']),
  /** 二(五)4 坚决制止假借培训名义变相公款出国（境）旅游 / 二(五)1 参观考察性质的一般性培训项目 */
  prohibitedWords: wordsParam(['旅游', '观光', '参观考察']),
  /** A theme with one of these is about training, not sightseeing only. */
  substanceWords: wordsParam(['培训', '研修', '课程', '专题', '技术']),
  /** 二(五)3 无外事审批权的学会、协会、基金会、培训中心等单位不得组织跨地区跨部门培训团组 */
  organiserWords: wordsParam(['学会', '协会', '基金会', '培训中心']),
  crossWords: wordsParam(['跨地区', '跨部门', '跨地区跨部门', '全省', '各市', '各地', '各部门']),
  /** 四(六)2 units whose previous-year summary is outstanding (added to the settings' list). */
  outstandingUnits: z.array(z.string()).default([]),
});
export type Sc2020Params = z.infer<typeof sc2020Params>;
