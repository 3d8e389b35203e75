/** The documents rules cite (seeds/README.md), as they appear in messages: `（浙外专发〔2017〕14号 二(二)）`. */
export const ZJ2017 = '浙外专发〔2017〕14号';
export const MOST2022 = '国科才函〔2022〕39号';
export const SC2020 = '四川省2020年度因公出国（境）培训项目计划申报预通知';
export const FEE2014 = '财行〔2014〕4号';
/** The demand table (需求表) of 001 附件2, whose fields C-REQUIRED and friends check. */
export const DEMAND_FORM = `${MOST2022} 附件2 培训需求表`;

/** `message（clause）`, or the message alone when there is no clause. */
export function cite(message: string, clause: string): string {
  return clause ? `${message}（${clause}）` : message;
}
/** Continuing education: the national notice (source 004) and the CAS guidance (source 003). */
export const CE2007 = '国人部发〔2007〕96号';
export const CAS_DOC = '中国科学院继续教育与培训指导意见';
