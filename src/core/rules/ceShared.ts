/**
 * What the register packs (`ce2007`, `cas`) share: their input (the workbook's 继续教育学时 rows and
 * unit fund rows), number wording, and the two checks of the register itself that both packs have —
 * a 学时/天数/年度 that cannot be read (CE-VALUE / CAS-VALUE) and an ID written with two names
 * (CE-ID-CONFLICT / CAS-ID-CONFLICT). When both packs run, the `cas` ones stay quiet (one finding per thing).
 */
import type { PackId } from '../model/review';
import type { CellRef } from '../grid';
import type { CeFundRow, CeRow } from '../model/records';
import { cachedTally, type TallyOptions } from '../ce/tally';
import { formatDays, parseFraction, type Fraction } from '../values/fraction';
import { cite } from './clauses';
import type { Rule, RuleContext } from './types';

/** The register rows and fund rows a CE rule reads. */
export function registerOf(ctx: RuleContext): { rows: readonly CeRow[]; funds: readonly CeFundRow[] } {
  return { rows: ctx.parsed.ce ?? [], funds: ctx.parsed.ceFunds ?? [] };
}

/** A parameter (a number, or a share such as `1/3`) as an exact fraction; params are validated, so this does not fail. */
export function fr(x: number | string): Fraction {
  const f = parseFraction(x);
  if (!f) throw new RangeError(`不是有效的数值参数：${x}`);
  return f;
}

/** Hours as people write them: 71.5, 24, 33.33. */
export const fmtHours = formatDays;

const SHARE_WORDS = new Map([
  ['1/3', '三分之一'],
  ['1/2', '二分之一'],
  ['1/4', '四分之一'],
  ['2/3', '三分之二'],
]);

/** 三分之一 for 1/3, else a percentage. */
export function fmtShare(f: Fraction): string {
  return SHARE_WORDS.get(`${f.n}/${f.d}`) ?? `${((f.n / f.d) * 100).toFixed(1)}%`;
}

function defers(pack: PackId, ctx: RuleContext): boolean {
  return pack === 'cas' && (ctx.options.packs ?? []).includes('ce2007');
}

/** A value the tally needed and could not read: the row is not counted, and the cell says why. */
export function valueRule<P>(id: string, pack: PackId, clause: string, tallyOptions: (p: P) => TallyOptions): Rule<P> {
  return {
    id,
    pack,
    severity: 'error',
    clause,
    description: '继续教育登记表中的学时、天数、年度或单位经费无法读取',
    check(ctx, params, emit) {
      if (defers(pack, ctx)) return;
      const { rows, funds } = registerOf(ctx);
      for (const v of cachedTally(rows, tallyOptions(params)).valueIssues) {
        const who = v.row.name.text || v.row.idNumber?.text || v.row.staffNumber?.text || '';
        emit(v.ref, cite(`${who} 第${v.row.source.row + 1}行${v.message}，该行学时未计入`, clause), { data: { row: v.row.source.row + 1 } });
      }
      for (const f of funds) {
        for (const [r, label] of [
          [f.payroll, '工资总额'],
          [f.fund, '职工教育经费'],
        ] as const) {
          let what = '';
          if (!r.ok) what = r.problem === 'blank' ? '为空' : r.problem === 'error' ? `为错误值 ${r.text}` : `“${r.text}”不是数字`;
          else if (label === '工资总额' ? !(r.value > 0) : r.value < 0) what = label === '工资总额' ? '应为正数' : '为负数';
          if (what) emit(r.ref, cite(`${f.unit.text} ${label}${what}，无法计算职工教育经费占比`, clause), { data: { row: f.source.row + 1 } });
        }
      }
    },
  };
}

/**
 * One 身份证号 (or 工号) written with two different names: reported at the name cell of the first row of
 * the second name; the rows stay one person (keyed by the ID). Namesakes with different IDs are two people,
 * never a finding (RULES.md CE-ID-CONFLICT).
 */
export function idConflictRule<P>(id: string, pack: PackId, clause: string, tallyOptions: (p: P) => TallyOptions): Rule<P> {
  return {
    id,
    pack,
    severity: 'warning',
    clause,
    description: '同一身份证号或工号对应不同的姓名',
    check(ctx, params, emit) {
      if (defers(pack, ctx)) return;
      // one finding per cell: a 工号 conflict on the very rows of a 身份证号 conflict (listed first) adds nothing
      const reported = new Set<CellRef>();
      for (const c of cachedTally(registerOf(ctx).rows, tallyOptions(params)).conflicts) {
        const at = c.names[1];
        if (reported.has(at.ref)) continue;
        reported.add(at.ref);
        const what = c.kind === 'idNumber' ? '身份证号' : '工号';
        const list = c.names.map((n) => `${n.name}（${n.row.source.sheet} 第${n.row.source.row + 1}行）`).join('、');
        const related: CellRef[] = c.names.filter((n) => n !== at).map((n) => n.ref);
        const message = cite(`${what}“${c.id}”对应${c.names.length}个不同的姓名：${list}；已按同一人统计，请核对姓名或${what}是否录入有误`, clause);
        emit(at.ref, message, { related, data: { idKind: c.kind, id: c.id, names: c.names.length } });
      }
    },
  };
}

/** `{ related }` when there are further cells, else nothing (a finding without related cells has no `related` key). */
export function relatedCells(refs: CellRef[]): { related: CellRef[] } | undefined {
  return refs.length > 0 ? { related: refs } : undefined;
}
