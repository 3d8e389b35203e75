/**
 * C-DUPLICATE (warning) — two projects with the same 组团单位 and 培训班主题 (compared without spaces,
 * brackets unified), within one workbook or across merged submissions: on the later project's theme cell.
 */
import type { Project } from '../../model/records';
import type { Rule } from '../types';
import { a1 } from '../../grid';
import { normaliseName, themeRef } from '../util';
import type { CommonParams } from './params';

/** The key two duplicates share; null when the unit or the theme is blank. */
export function duplicateKey(p: Project): string | null {
  const unit = normaliseName(p.fields.unit?.text ?? '');
  const theme = normaliseName(p.fields.theme?.text ?? '');
  return unit && theme ? `${unit}\u0000${theme}` : null;
}

export const message = (unit: string, theme: string, where: string) =>
  `组团单位“${unit}”的培训班“${theme}”与${where}的项目重复`;

export function placeOf(p: Project, withFile: boolean): string {
  const r = themeRef(p);
  return `${withFile ? `${p.source.file} ` : ''}${r.sheet}!${a1(r.row, r.col)}`;
}

export const duplicate: Rule<CommonParams> = {
  id: 'C-DUPLICATE',
  pack: 'common',
  severity: 'warning',
  clause: '',
  description: '组团单位和培训班主题相同的项目重复',
  check(ctx, _params, emit) {
    if (ctx.parsed.projects.length < 2) return; // (one project has no duplicate: no key made for it)
    const first = new Map<string, Project>();
    for (const p of ctx.parsed.projects) {
      const k = duplicateKey(p);
      if (!k) continue;
      const earlier = first.get(k);
      if (!earlier) {
        first.set(k, p);
        continue;
      }
      emit(themeRef(p), message(p.fields.unit!.text.trim(), p.fields.theme!.text.trim(), placeOf(earlier, false)), {
        projectKey: p.key,
        related: [themeRef(earlier)],
        data: { unit: p.fields.unit!.text.trim(), theme: p.fields.theme!.text.trim(), earlier: placeOf(earlier, false) },
      });
    }
  },
};
