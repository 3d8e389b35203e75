/**
 * CAS-VALUE — 三(七): "落实继续教育与培训登记制度，各单位要建立职工培训档案，对参加继续教育与培训的种类、内容、时间…进行记录"。
 * A 学时 / 天数 / 年度 that cannot be read is an error at its cell; the row is not counted (never as 0).
 * Quiet when `ce2007` runs too (its CE-VALUE reports the same cells).
 */
import { CAS_DOC } from '../clauses';
import { valueRule } from '../ceShared';
import { casTally, type CasParams } from './params';

export const value = valueRule<CasParams>('CAS-VALUE', 'cas', `${CAS_DOC} 三(七)`, casTally);
