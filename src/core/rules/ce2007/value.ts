/**
 * CE-VALUE — 国人部发〔2007〕96号 第10条: "完善继续教育登记制度…连续记载专业技术人员接受继续教育的基本情况"。
 * A 学时 / 天数 / 年度 (or a unit's 工资总额 / 职工教育经费) that cannot be read is an error at its cell;
 * the row is not counted (never as 0).
 */
import { CE2007 } from '../clauses';
import { valueRule } from '../ceShared';
import { ce2007Tally, type Ce2007Params } from './params';

export const value = valueRule<Ce2007Params>('CE-VALUE', 'ce2007', `${CE2007} 第10条`, ce2007Tally);
