/** The documents the CE rules cite (seeds/README.md), as they appear in messages. */
export const CE2007 = '国人部发〔2007〕96号';
export const ZJ2017_DOC = '浙外专发〔2017〕14号';
export const CAS_DOC = '中国科学院继续教育与培训指导意见';
