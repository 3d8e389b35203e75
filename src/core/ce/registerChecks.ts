/**
 * Checks of the register itself that both CE packs need: a 学时/天数/年度 that cannot be read, and a
 * name seen with two different IDs. `ce2007` has them as CE-VALUE / CE-ID-CONFLICT and `cas` as
 * CAS-VALUE / CAS-ID-CONFLICT; when both packs run, the `cas` ones stay quiet (one finding per thing).
 */
import type { PackId } from '../api';
import type { CellRef } from '../grid';
import { cite } from '../rules/clauses';
import { cachedTally, type CeInput, type CeIssue, type CeRule } from './rules';
import type { TallyOptions } from './tally';

function defers(pack: PackId, input: CeInput): boolean {
  return pack === 'cas' && input.packs.includes('ce2007');
}

/** A value the tally needed and could not read: the row is not counted, and the cell says why. */
export function valueRule<P>(id: string, pack: PackId, clause: string, tallyOptions: (p: P) => TallyOptions): CeRule<P> {
  return {
    id,
    pack,
    severity: 'error',
    clause,
    description: '继续教育登记表中的学时、天数、年度或单位经费无法读取',
    find(input, params) {
      if (defers(pack, input)) return [];
      const out: CeIssue[] = [];
      const t = cachedTally(input.rows, tallyOptions(params));
      for (const v of t.valueIssues) {
        const who = v.row.name.text || v.row.idNumber?.text || v.row.staffNumber?.text || '';
        out.push({
          file: v.row.source.file,
          ref: v.ref,
          message: cite(`${who} 第${v.row.source.row + 1}行${v.message}，该行学时未计入`, clause),
        });
      }
      for (const f of input.funds) {
        for (const [r, label] of [
          [f.payroll, '工资总额'],
          [f.fund, '职工教育经费'],
        ] as const) {
          let what = '';
          if (!r.ok) what = r.problem === 'blank' ? '为空' : r.problem === 'error' ? `为错误值 ${r.text}` : `“${r.text}”不是数字`;
          else if (label === '工资总额' ? !(r.value > 0) : r.value < 0) what = label === '工资总额' ? '应为正数' : '为负数';
          if (what)
            out.push({ file: f.source.file, ref: r.ref, message: cite(`${f.unit.text} ${label}${what}，无法计算职工教育经费占比`, clause) });
        }
      }
      return out;
    },
  };
}

/** A name seen with two different 身份证号 (or 工号): reported at the first row of the second ID, not merged. */
export function idConflictRule<P>(id: string, pack: PackId, clause: string, tallyOptions: (p: P) => TallyOptions): CeRule<P> {
  return {
    id,
    pack,
    severity: 'warning',
    clause,
    description: '同一姓名对应不同的身份证号或工号（未合并）',
    find(input, params) {
      if (defers(pack, input)) return [];
      return cachedTally(input.rows, tallyOptions(params)).conflicts.map((c) => {
        const what = c.kind === 'idNumber' ? '身份证号' : '工号';
        const list = c.ids.map((i) => `${i.id}（${i.row.source.sheet} 第${i.row.source.row + 1}行）`).join('、');
        const at = c.ids[1];
        const related: CellRef[] = c.ids.filter((i) => i !== at).map((i) => i.ref);
        return {
          file: at.row.source.file,
          ref: at.ref,
          related,
          message: cite(`姓名“${c.name}”对应${c.ids.length}个不同的${what}：${list}；已按不同人员分别统计，请核对是否同名或录入有误`, clause),
        };
      });
    },
  };
}
