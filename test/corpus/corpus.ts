/**
 * The labelled corpus (issue #9): small unit returns built as a reviewer would receive them, each
 * with the error and warning findings RULES.md (revision 2) gives it and the tallies it should show.
 * The labels were written from RULES.md, FORMS.md and the seeds before the code was run on them.
 *
 * Here: the shapes of a case, the sheet builders the cases share, writing each case as an .xlsx with
 * our writer, running `peixun review --json` (and `peixun ce --json`) on it, and scoring.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeXlsx, type OutCell, type OutSheet } from '../../src/hosts/files/write';
import { run } from '../cli/helpers';

/** A cell as written: text, number, an Excel date, an Excel error, or empty. */
export type Cell = string | number | null | undefined | { date: string } | { err: string };

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** A1 ranges, e.g. `A3:A4`. */
  merges?: string[];
}

export interface TallyLabel {
  totalDays?: number | null;
  studyDays?: number | null;
  topicDays?: number | null;
  studyShare?: number | null;
  topicShare?: number | null;
  feeCapWan?: number | null;
  budgetWan?: number | null;
}

export interface CeLabel {
  year: number;
  total: number | null;
  publicRecorded?: number;
  abroad?: number;
  shortfall?: number;
}

export interface Case {
  id: string;
  /** What the case is about (the rule and boundary, or the trap). */
  about: string;
  /** Packs besides common; `null`: none picked, the review takes the packs the content suggests. */
  packs: string[] | null;
  asOf: string;
  sheets: SheetSpec[];
  /** Every error and warning finding, as `RULE@sheet!cell`. */
  expect: string[];
  /** Project tallies by 培训班主题. */
  tallies?: Record<string, TallyLabel>;
  /** The packs the review should use when `packs` is null. */
  packsUsed?: string[];
  /** CE hours by person name (`peixun ce --json`), for cases with a register. */
  ce?: Record<string, CeLabel>;
  /** `--packs` for `peixun ce` (default ce2007). */
  cePacks?: string;
  /** Sent as a UTF-8 CSV of the first sheet (dates as ISO text); the sheet is then named after the file stem, the case id. */
  csv?: boolean;
}

// ---------------------------------------------------------------------------------------------
// builders

export const d = (iso: string): Cell => ({ date: iso });
export const err = (e: string): Cell => ({ err: e });

const WEEK = '日一二三四五六';
export function weekday(iso: string): string {
  return '星期' + WEEK[new Date(iso + 'T00:00:00Z').getUTCDay()];
}
export function addDays(iso: string, n: number): string {
  const t = new Date(iso + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** Column letter of a 0-based index. */
export function col(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * A list-layout plan (one project per row): a title row, a header row, the projects, a 合计 row
 * (人数 and 经费预算 summed) and a 备注 row. Headers are the keys of the projects in first-seen order.
 * `cellOf(label, i)` gives the A1 cell of project i's field (rows start at 3).
 */
export function listPlan(title: string, projects: Record<string, Cell>[], opts: { total?: boolean; note?: string } = {}) {
  const headers: string[] = [];
  for (const p of projects) for (const k of Object.keys(p)) if (!headers.includes(k)) headers.push(k);
  const rows: Cell[][] = [[title], headers, ...projects.map((p) => headers.map((h) => p[h]))];
  if (opts.total !== false) {
    const sum = (h: string) => projects.reduce((a, p) => a + (typeof p[h] === 'number' ? (p[h] as number) : 0), 0);
    rows.push(headers.map((h, i) => (i === 0 ? '合计' : /人数|预算/.test(h) ? sum(h) : null)));
  }
  rows.push([opts.note ?? '备注：经费预算单位为万元。']);
  const cellOf = (label: string, i = 0) => {
    const c = headers.indexOf(label);
    if (c < 0) throw new Error(`no column ${label}`);
    return `${col(c)}${i + 3}`;
  };
  return { rows, merges: [`A1:${col(headers.length - 1)}1`], cellOf };
}

/** One schedule row: [时段, 内容, 类型] (类型 may be omitted for a schedule without that column). */
export type Item = [string, string, string?];
export interface Day {
  city: string;
  items: Item[];
  country?: string;
}

export const T = (city: string, topic = '专题讲座'): Day => ({
  city,
  items: [
    ['上午', `${topic}：产业政策`, '专题培训'],
    ['下午', `${topic}：案例研讨`, '专题培训'],
  ],
});
export const C = (city: string): Day => ({
  city,
  items: [
    ['上午', '课堂学习：管理实务', '课堂学习'],
    ['下午', '课堂学习：小组讨论', '课堂学习'],
  ],
});
export const V = (city: string): Day => ({
  city,
  items: [
    ['上午', '对口考察当地企业', '对口考察'],
    ['下午', '与企业专家座谈交流', '对口考察'],
  ],
});
export const R = (city: string): Day => ({ city, items: [['全天', '休整', '休整']] });
export const ARRIVE = (city: string): Day => ({
  city,
  items: [
    ['上午', '乘机前往' + city, '交通'],
    ['下午', '抵达' + city + '，入住', '交通'],
  ],
});
export const LEAVE = (city: string): Day => ({
  city,
  items: [
    ['上午', '结业座谈', '课堂学习'],
    ['下午', '乘机回国', '交通'],
  ],
});

/**
 * A 日程表: title row, header (日期 星期 时段 城市 [国家] 内容 [类型]), one row per item. With
 * `mergeDates` a day's 日期 and 星期 cells are merged over its rows (blank below the first), as units do.
 */
export function schedule(
  title: string,
  start: string,
  days: Day[],
  opts: {
    mergeDates?: boolean;
    withType?: boolean;
    withCountry?: boolean;
    dates?: (iso: string, i: number) => Cell;
    weekdays?: (iso: string, i: number) => Cell;
    noWeekday?: boolean;
  } = {},
): { rows: Cell[][]; merges: string[]; rowOf: (day: number, item?: number) => number } {
  const withType = opts.withType !== false;
  const headers = [
    '日期',
    ...(opts.noWeekday ? [] : ['星期']),
    '时段',
    '城市',
    ...(opts.withCountry ? ['国家'] : []),
    '内容',
    ...(withType ? ['类型'] : []),
  ];
  const rows: Cell[][] = [[title], headers];
  const merges: string[] = [];
  const firstRow: number[] = [];
  days.forEach((day, i) => {
    const iso = addDays(start, i);
    firstRow.push(rows.length + 1);
    day.items.forEach((it, k) => {
      const show = k === 0 || !opts.mergeDates;
      const date = show ? (opts.dates ? opts.dates(iso, i) : d(iso)) : null;
      const wd = show ? (opts.weekdays ? opts.weekdays(iso, i) : weekday(iso)) : null;
      rows.push([
        date,
        ...(opts.noWeekday ? [] : [wd]),
        it[0],
        day.city,
        ...(opts.withCountry ? [day.country ?? null] : []),
        it[1],
        ...(withType ? [it[2] ?? null] : []),
      ]);
    });
    if (opts.mergeDates && day.items.length > 1) {
      const r0 = rows.length - day.items.length + 1;
      merges.push(`A${r0}:A${rows.length}`);
      if (!opts.noWeekday) merges.push(`B${r0}:B${rows.length}`);
    }
  });
  return { rows, merges, rowOf: (day, item = 0) => firstRow[day] + item };
}

/** The 001 附件2 form (one project per sheet), laid out as make-examples.py's online form. */
export interface FormFields {
  归口管理部门?: string;
  预计办班时间?: Cell;
  培训班主题?: string;
  组团单位?: string;
  联系人?: string;
  电话?: Cell;
  国家?: string;
  人数?: Cell;
  天数?: Cell;
  经费预算?: Cell;
  资助?: string;
  培训对象?: string;
  境外培训机构?: string;
  培训目的?: string;
  内容?: string;
  归口联系人?: string;
  归口电话?: string;
  培训形式?: string | null;
  填报日期?: Cell;
}
/** Cells of the form's values (fixed by the layout below). */
export const FORM = {
  预计办班时间: 'F3',
  培训班主题: 'B4',
  组团单位: 'B5',
  联系人: 'D5',
  电话: 'F5',
  国家: 'B6',
  人数: 'D6',
  天数: 'F6',
  经费预算: 'B7',
  资助: 'E7',
  培训对象: 'B8',
  境外培训机构: 'B9',
  培训目的: 'B10',
  内容: 'B11',
  培训形式: 'B13',
  填报日期: 'B14',
} as const;
export function form001(f: FormFields, title = '2022年线上出国（境）培训需求表'): SheetSpec & { name: string } {
  const rows: Cell[][] = [
    [title],
    ['组团单位公章', null, null, null, '年    月    日'],
    ['归口管理部门', f.归口管理部门 ?? '浙江省科学技术厅', null, null, '预计办班时间', f.预计办班时间 ?? '2022年9月'],
    ['培训班主题', f.培训班主题],
    ['组团单位', f.组团单位, '联系人', f.联系人, '电 话', f.电话],
    ['国家（地区）', f.国家, '人 数', f.人数, '天 数', f.天数],
    ['经费预算', f.经费预算, '万元', '是否有境外资助', f.资助 ?? '有☐（资助方_____）否☑'],
    ['培训对象', f.培训对象],
    ['境外培训机构', f.境外培训机构],
    ['培训目的', f.培训目的],
    ['培训主要内容和必要性', f.内容],
    ['归口管理部门联系人', f.归口联系人 ?? '任璐', null, null, '电 话', f.归口电话 ?? '0571-87054069'],
  ];
  if (f.培训形式 !== null) rows.push(['培训形式', f.培训形式 ?? '线上']);
  else rows.push([]);
  rows.push(['填报日期', f.填报日期 ?? '2022年6月15日']);
  rows.push(
    [],
    ['归口管理部门公章'],
    ['备注：经费资助标准参照《财政部 国家外国专家局关于印发〈因公短期出国培训费用管理办法〉的通知》（财行〔2014〕4号）。'],
  );
  const merges = ['A1:F1', 'B4:F4', 'B8:F8', 'B9:F9', 'B10:F10', 'B11:F11', 'E7:F7'];
  if (f.培训形式 !== null) merges.push('B13:F13');
  merges.push('B14:F14');
  return { name: '需求表', rows, merges };
}

/** A participant list: [姓名, 工作单位, 是否公务员, 行前教育日期]. */
export function people(rows: [string, string, string, Cell][], project?: string): SheetSpec {
  const head = [
    '序号',
    '姓名',
    '性别',
    '工作单位',
    '职务/职称',
    '是否公务员（含参公）',
    '行前教育日期',
    ...(project ? ['培训班主题'] : []),
  ];
  return {
    name: '人员名单',
    rows: [
      head,
      ...rows.map((r, i): Cell[] => [i + 1, r[0], i % 2 ? '男' : '女', r[1], '工程师', r[2], r[3], ...(project ? [project] : [])]),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// writing and running

function a1ToRC(ref: string): { r: number; c: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return { r: Number(m[2]) - 1, c: c - 1 };
}

function outCell(c: Cell): OutCell | undefined {
  if (c === null || c === undefined) return undefined;
  if (typeof c === 'object' && 'date' in c) return { value: c.date, isDate: true };
  if (typeof c === 'object' && 'err' in c) return { value: null, error: c.err };
  return { value: c };
}

export function caseBytes(k: Case): Uint8Array {
  return writeXlsx({
    sheets: k.sheets.map((s): OutSheet => ({
      name: s.name,
      rows: s.rows.map((row) => row.map(outCell)),
      merges: (s.merges ?? []).map((m) => {
        const [a, b] = m.split(':');
        const p = a1ToRC(a);
        const q = a1ToRC(b);
        return { r0: p.r, c0: p.c, r1: q.r, c1: q.c };
      }),
    })),
  });
}

export interface Outcome {
  k: Case;
  /** Error and warning findings as `RULE@sheet!cell`, one entry per finding (a repeat counts twice). */
  got: string[];
  messages: Map<string, string>;
  projects: { theme: string; tallies: Record<string, number | null> }[];
  packsUsed: string[];
  ce?: { name: string; year: number; total: number; publicRecorded: number; abroad: number; shortfall: number }[];
}

function csvText(rows: Cell[][]): string {
  const field = (c: Cell): string => {
    if (c === null || c === undefined) return '';
    const t = typeof c === 'object' ? ('date' in c ? c.date : c.err) : String(c);
    return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export async function runCase(k: Case, dir: string): Promise<Outcome> {
  const file = path.join(dir, k.id + (k.csv ? '.csv' : '.xlsx'));
  fs.writeFileSync(file, k.csv ? csvText(k.sheets[0].rows) : caseBytes(k));
  const args = ['review', file, '--as-of', k.asOf, '--json'];
  if (k.packs) args.push('--packs', k.packs.length ? k.packs.join(',') : 'common');
  const r = await run(...args);
  if (r.code === 2) throw new Error(`${k.id}: peixun review exit 2: ${r.stderr}`);
  const json = JSON.parse(r.stdout) as {
    findings: { ruleId: string; severity: string; sheet: string; cell: string; message: string }[];
    projects: { theme: string; tallies: Record<string, number | null> }[];
    packs?: { used: string[] };
  };
  const got: string[] = [];
  const messages = new Map<string, string>();
  for (const f of json.findings) {
    if (f.severity !== 'error' && f.severity !== 'warning') continue;
    const key = `${f.ruleId}@${f.sheet}!${f.cell}`;
    got.push(key);
    messages.set(key, f.message);
  }
  const out: Outcome = { k, got, messages, projects: json.projects, packsUsed: json.packs?.used ?? [] };
  if (k.ce) {
    const c = await run('ce', file, '--json', '--packs', k.cePacks ?? 'ce2007');
    const cj = JSON.parse(c.stdout) as { persons: Outcome['ce'] };
    out.ce = cj.persons;
  }
  return out;
}

/** A fresh folder for the case files; `CORPUS_DIR=folder` keeps them there to open in Excel. */
export function tempDir(): string {
  const keep = process.env.CORPUS_DIR;
  if (keep) {
    fs.mkdirSync(keep, { recursive: true });
    return keep;
  }
  return fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-corpus-'));
}

// ---------------------------------------------------------------------------------------------
// scoring

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
}
export interface Score {
  perRule: Map<string, RuleScore>;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Every disagreement, as a line naming the case. */
  misses: string[];
  talliesChecked: number;
}

const ruleOf = (key: string) => key.slice(0, key.indexOf('@'));

function near(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a === b || (a == null && b == null);
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}

export function score(outcomes: Outcome[]): Score {
  const perRule = new Map<string, RuleScore>();
  const bump = (rule: string, what: keyof RuleScore) => {
    let s = perRule.get(rule);
    if (!s) perRule.set(rule, (s = { tp: 0, fp: 0, fn: 0 }));
    s[what]++;
  };
  const misses: string[] = [];
  let talliesChecked = 0;
  for (const o of outcomes) {
    const left = [...o.got];
    for (const e of o.k.expect) {
      const i = left.indexOf(e);
      if (i >= 0) {
        left.splice(i, 1);
        bump(ruleOf(e), 'tp');
      } else {
        bump(ruleOf(e), 'fn');
        misses.push(`${o.k.id}: missed ${e}`);
      }
    }
    for (const g of left) {
      bump(ruleOf(g), 'fp');
      misses.push(`${o.k.id}: unexpected ${g} — ${o.messages.get(g)}`);
    }
    for (const [theme, want] of Object.entries(o.k.tallies ?? {})) {
      const p = o.projects.find((x) => x.theme === theme);
      if (!p) {
        misses.push(`${o.k.id}: no project “${theme}” (projects: ${o.projects.map((x) => x.theme).join('、')})`);
        continue;
      }
      for (const [key, v] of Object.entries(want)) {
        talliesChecked++;
        if (!near(p.tallies[key], v as number | null)) misses.push(`${o.k.id}: tally ${theme}.${key} = ${p.tallies[key]}, labelled ${v}`);
      }
    }
    if (o.k.packs === null && o.k.packsUsed) {
      talliesChecked++;
      const a = [...o.packsUsed].sort().join(',');
      const b = ['common', ...o.k.packsUsed].sort().join(',');
      if (a !== b) misses.push(`${o.k.id}: packs used ${a}, labelled ${b}`);
    }
    for (const [name, want] of Object.entries(o.k.ce ?? {})) {
      const p = (o.ce ?? []).find((x) => x.name === name && x.year === want.year);
      if (!p) {
        misses.push(`${o.k.id}: no CE tally for ${name} ${want.year}`);
        continue;
      }
      for (const [key, v] of Object.entries(want)) {
        talliesChecked++;
        if (!near((p as unknown as Record<string, number>)[key], v as number | null))
          misses.push(`${o.k.id}: CE ${name}.${key} = ${(p as unknown as Record<string, number>)[key]}, labelled ${v}`);
      }
    }
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of perRule.values()) {
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
  }
  return { perRule, tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, misses, talliesChecked };
}

export function formatScore(s: Score, cases: number): string {
  const pct = (x: number) => (x * 100).toFixed(1) + '%';
  const lines = [
    `corpus: ${cases} cases, ${s.tp + s.fn} labelled error/warning findings, ${s.talliesChecked} tallies checked`,
    `precision ${pct(s.precision)} (${s.tp}/${s.tp + s.fp})  recall ${pct(s.recall)} (${s.tp}/${s.tp + s.fn})`,
    '',
    'rule                  labelled  found  tp  fp  fn  precision  recall',
  ];
  for (const [rule, r] of [...s.perRule.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const p = r.tp + r.fp ? r.tp / (r.tp + r.fp) : 1;
    const q = r.tp + r.fn ? r.tp / (r.tp + r.fn) : 1;
    lines.push(
      `${rule.padEnd(22)}${String(r.tp + r.fn).padStart(8)}${String(r.tp + r.fp).padStart(7)}${String(r.tp).padStart(4)}${String(r.fp).padStart(4)}${String(r.fn).padStart(4)}${pct(p).padStart(11)}${pct(q).padStart(8)}`,
    );
  }
  if (s.misses.length) lines.push('', 'disagreements:', ...s.misses.map((m) => '  ' + m));
  return lines.join('\n');
}
