/**
 * ZJ-GENERAL-PROJECT (info) — 浙外专发〔2017〕14号 二(一)：“培训项目应当主题鲜明…禁止组织…主题宽泛、
 * 针对性不强…的一般性项目”. A heuristic: a theme shorter than `minThemeLength` characters, or one with
 * 考察/参观/访问/交流 and none of 培训/研修/课程/专题.
 */
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { codePointLength, containsAny } from '../util';
import type { Zj2017Params } from './params';

export const messages = {
  short: (theme: string, min: number, clause: string) => cite(`培训班主题“${theme}”少于${min}个字，可能主题宽泛、针对性不强`, clause),
  visit: (theme: string, word: string, clause: string) => cite(`培训班主题“${theme}”含“${word}”而无培训内容，可能属参观考察性质的一般性项目`, clause),
};

export const generalProject: Rule<Zj2017Params> = {
  id: 'ZJ-GENERAL-PROJECT',
  pack: 'zj2017',
  severity: 'info',
  clause: `${ZJ2017} 二(一)`,
  description: '主题宽泛或参观考察性质的一般性项目（提示）',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      const f = p.fields.theme;
      if (!f) continue;
      const theme = f.text.replace(/[\s\u3000]/g, '');
      if (theme === '') continue;
      const length = codePointLength(theme);
      if (length < params.minThemeLength) {
        emit(f.ref, messages.short(theme, params.minThemeLength, this.clause), { projectKey: p.key, data: { theme, length, minThemeLength: params.minThemeLength } });
        continue;
      }
      const visit = containsAny(theme, params.visitWords);
      if (visit && !containsAny(theme, params.trainingWords)) emit(f.ref, messages.visit(theme, visit, this.clause), { projectKey: p.key, data: { theme, word: visit } });
    }
  },
};
