/**
 * `peixun ce <files-or-dirs…> [--packs ce2007,cas] [--year YYYY] [--json] [--out tally.xlsx] [--settings FILE] [--show-ids]`
 *   Reads 继续教育学时 registers (docs/CE.md), tallies each person's hours per year and prints, per
 *   person and year, 专业科目 / 公需科目 / 出国（境）培训 / 合计 / 应修 / 差额, then the findings.
 *   身份证号 are masked on the terminal (330102********1234) unless `--show-ids`; `--json` and the
 *   workbook keep them whole. `--out` writes a workbook with 学时统计 (shortfall rows filled) and 审核结果.
 *
 * `peixun ce --from-plans <summary-or-returned-workbooks…> --out 继续教育学时.xlsx [--approved-only] [--year YYYY] [--json]`
 *   For approved projects with participant lists, writes the CE rows each participant earns
 *   (approved days abroad × 6, 浙外专发〔2017〕14号 三(四)) as a 继续教育学时 register sheet that
 *   `peixun ce` reads back. A merge summary (sheet 省级汇总) among the inputs decides approval
 *   (是否同意, 状态); the returned workbooks give the participant lists.
 *
 * Input files are only read. Exit: 0; 1 when an error-severity finding exists (e.g. an unreadable
 * file, an unreadable 学时 cell); 2 for a usage error.
 */
import * as path from 'path';
import type { PackId } from '../core';
import { planRowsToSheetValues, plansToRows, PLAN_LOOKED_FOR, type FromPlansResult, type PlanInput, type PersonYear } from '../core';
import { tallyCe } from '../core';
import { rowHours } from '../core';
import { appendAll } from '../core';
import { frac } from '../core';
import { a1 } from '../core';
import { SEVERITY_LABEL, unreadableFileFinding, type Finding } from '../core';
import type { CeRow, ParsedWorkbook } from '../core';
import { parseWorkbook } from '../core';
import { readMany } from '../hosts/files/read/many';
import { MARK_COLORS } from '../core';
import { resultsSheet } from '../core';
import { HEADER_STYLE } from '../core';
import { writeXlsx, type OutCell, type OutSheet, type StyleSpec } from '../hosts/files/write/xlsx';
import { SettingsError } from '../core';
import { parseArgs, parsePacks, parseYear, stringFlag, UsageError, type ParsedArgs } from './args';
import { loadSettings } from './review';
import { collectOrRefuse, collectWorkbooks } from './files';
import { checkTarget, InputSet, writeFileSafely } from '../hosts/files/write/safeWrite';
import type { CliIo } from './io';
import { progressBar } from './progress';

export const CE_USAGE = `用法: peixun ce <文件或文件夹…> [--packs ce2007,cas] [--year YYYY] [--json] [--out 统计.xlsx] [--settings 设置.json] [--show-ids]
      peixun ce --from-plans <汇总或回收的工作簿…> --out 继续教育学时.xlsx [--approved-only] [--year YYYY] [--json]`;

export const SPEC = { packs: true, year: true, json: false, out: true, settings: true, 'from-plans': false, 'approved-only': false, 'show-ids': false, help: false };

export const TALLY_SHEET = '学时统计';
export const PLAN_SHEET = '继续教育学时';
export const SKIPPED_SHEET = '未生成学时的项目';

type CePack = 'ce2007' | 'cas';
const CE_PACK_IDS: readonly CePack[] = ['ce2007', 'cas'];

const BASIS_TEXT: Record<CePack, string> = {
  ce2007: 'ce2007：国人部发〔2007〕96号，每年不少于72学时，登记学时全部计入（公需科目超过72学时的三分之一即24学时为警告）',
  cas: 'cas：中国科学院继续教育与培训指导意见，每年不少于100学时（所局级领导人员110学时），全部学时计入',
};

// ---------------------------------------------------------------------------------------------
// Shared: arguments, reading

/** `--packs` for `ce`: only ce2007 and cas mean something here (common is dropped); default ce2007. */
export function cePacks(text: string | undefined): CePack[] {
  if (text === undefined) return ['ce2007'];
  const packs = parsePacks(text);
  const other = packs.filter((p) => !(CE_PACK_IDS as readonly string[]).includes(p));
  if (other.length) throw new UsageError(`peixun ce 只使用继续教育规则包 ce2007、cas，收到 “${other.join(', ')}”（其他规则包请用 peixun review）`);
  return packs as CePack[];
}

const REGISTER_LOOKED_FOR = '应为 .xlsx、.xls 或 .csv 工作簿，含继续教育学时登记表（表头含“姓名”和“学时”，或“天数”与“年度/科目类别/形式”）';
type Input = PlanInput;

/** Expands files and folders (the output file excluded), reads them; a file that fails is a finding, the rest go on. */
async function readInputs(args: ParsedArgs, io: CliIo, out: string | undefined, lookedFor: string, title: string): Promise<{ inputs: Input[]; findings: Finding[] }> {
  if (args.positional.length === 0) throw new UsageError('请给出要读取的文件或文件夹\n' + CE_USAGE);
  const { files, missing } = collectOrRefuse(args.positional);
  const own = out ? path.resolve(out) : null;
  const list = files.filter((f) => path.resolve(f) !== own);
  const findings: Finding[] = missing.map((f) => unreadableFileFinding(f, '文件或文件夹不存在', lookedFor));
  const bar = progressBar(io, list.length, title);
  const outcomes = await readMany(list, { onProgress: (_d, _t, file) => bar.tick(file) }).finally(() => bar.done());
  const inputs: Input[] = [];
  for (const o of outcomes) {
    if (!o.grid) {
      findings.push(unreadableFileFinding(o.file, o.error?.reason ?? '无法读取', lookedFor));
      continue;
    }
    let parsed: ParsedWorkbook;
    try {
      parsed = parseWorkbook(o.grid);
    } catch (e) {
      findings.push(unreadableFileFinding(o.file, `读取表格时出错（${(e as Error).message}）`, lookedFor));
      continue;
    }
    inputs.push({ file: o.file, grid: o.grid, parsed });
  }
  return { inputs, findings };
}

/** --out is an .xlsx name that is not (and does not link to) any input given or found in a folder. */
function checkOut(out: string | undefined, inputs: string[]): void {
  if (out === undefined) return;
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out 应为 .xlsx 文件，收到 “${out}”`);
  checkTarget(out, { inputs: inputSet(inputs, out) });
}

/**
 * The files named, and those found in named folders except `out` itself (an earlier output in the
 * folder is not read, and may be replaced), so no write reaches an input, also through a link.
 */
function inputSet(args: string[], out: string): InputSet {
  const files = new InputSet(args);
  const self = path.resolve(out);
  for (const f of collectWorkbooks(args).files) if (path.resolve(f) !== self) files.add(f);
  return files;
}

/** Writes through safeWrite (temp file renamed on success; never onto an input). */
function writeAtomically(out: string, bytes: Uint8Array, inputs: string[]): void {
  writeFileSafely(out, bytes, { inputs: inputSet(inputs, out) });
}

export async function runCe(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (args.flags.help) {
    io.stdout.write(CE_USAGE + '\n');
    return 0;
  }
  return args.flags['from-plans'] ? runFromPlans(args, io) : runTally(args, io);
}

// ---------------------------------------------------------------------------------------------
// The tally

/** One person-year in the `--json` contract: figures that cannot be computed are null, never 0. */
export interface PersonJson {
  key: string;
  name: string;
  unit: string;
  idNumber?: string;
  staffNumber?: string;
  category: string;
  leader: boolean;
  year: number | null;
  basis: CePack;
  professional: number | null;
  publicRecorded: number | null;
  /** = publicRecorded unless `publicCapped` (public hours above their share not counted). */
  publicCounted: number | null;
  publicCapped: boolean;
  abroad: number | null;
  recorded: number | null;
  total: number | null;
  required: number;
  shortfall: number | null;
  /** Rows whose 学时/天数 could not be read (not counted; the figures they touch are null). */
  unreadableRows: number;
  /** The name cell of each of the person's rows that year. */
  sources: { file: string; sheet: string; cell: string }[];
}

const rowKey = (file: string, sheet: string, row: number) => `${file}\u0000${sheet}\u0000${row}`;

const PER_DAY = { hoursPerDay: frac(6), hoursPerDayAbroad: frac(6) };

/** Which bucket a row falls in, and whether its hours can be read (the tally's own rowHours decides). */
function rowState(r: CeRow): { bucket: 'professional' | 'public' | 'abroad'; readable: boolean } {
  const rh = rowHours(r, PER_DAY);
  return { bucket: rh.bucket, readable: rh.hours !== null };
}

/** PersonYear (plain numbers) → the JSON contract, with null wherever an unreadable row makes a figure unknown. */
export function personJson(p: PersonYear, rows: Map<string, CeRow>): PersonJson {
  const own = p.rows.map((s) => rows.get(rowKey(s.file, s.sheet, s.row)));
  const unknown = { professional: false, public: false, abroad: false };
  for (const r of own) {
    if (!r) continue;
    const st = rowState(r);
    if (!st.readable) unknown[st.bucket] = true;
  }
  const anyUnknown = p.unreadableRows > 0 || unknown.professional || unknown.public || unknown.abroad;
  // public counted is known despite an unreadable public row only when the cap is already reached
  const publicCounted = unknown.public && !(p.publicRecorded > p.publicCounted) ? null : p.publicCounted;
  return {
    key: p.key,
    name: p.name,
    unit: p.unit,
    ...(p.idNumber ? { idNumber: p.idNumber } : {}),
    ...(p.staffNumber ? { staffNumber: p.staffNumber } : {}),
    category: p.category,
    leader: p.leader,
    year: p.year,
    basis: p.basis,
    professional: unknown.professional ? null : p.professional,
    publicRecorded: unknown.public ? null : p.publicRecorded,
    publicCounted,
    publicCapped: p.publicCapped,
    abroad: unknown.abroad ? null : p.abroad,
    recorded: anyUnknown ? null : p.recorded,
    total: anyUnknown ? null : p.total,
    required: p.required,
    // more hours can only raise the total: a person already at the requirement has no shortfall
    shortfall: anyUnknown ? (p.total >= p.required ? 0 : null) : p.shortfall,
    unreadableRows: p.unreadableRows,
    sources: p.rows.map((s, i) => {
      const r = own[i];
      return { file: s.file, sheet: s.sheet, cell: r ? a1(r.name.ref.row, r.name.ref.col) : a1(s.row, 0) };
    }),
  };
}

export interface CeReport {
  persons: PersonJson[];
  findings: Finding[];
  conflicts: ReturnType<typeof tallyCe>['conflicts'];
}

/** Tallies parsed registers: persons per basis, CE findings, plus C-UNREADABLE / C-NORMALISED of the register files. */
export function ceReport(inputs: Input[], packs: CePack[], year: number | undefined, readFindings: Finding[], params?: Record<string, unknown>): CeReport {
  const findings: Finding[] = [...readFindings];
  const parsed: ParsedWorkbook[] = [];
  const rows = new Map<string, CeRow>();
  for (const inp of inputs) {
    const w = inp.parsed;
    if (w.ce.length === 0 && w.ceFunds.length === 0) {
      const seen = w.recognition.filter((r) => r.kind !== 'ignored').map((r) => `${r.sheet}（${r.reason}）`);
      findings.push(unreadableFileFinding(inp.file, seen.length ? `没有继续教育学时登记表，只识别到：${seen.join('；')}` : '没有可识别的继续教育学时登记表', REGISTER_LOOKED_FOR));
      continue;
    }
    parsed.push(w);
    for (const r of w.ce) rows.set(rowKey(r.source.file, r.source.sheet, r.source.row), r);
    // conversions the reader made on register and fund sheets (→ C-NORMALISED), in the chosen year
    const ceSheets = new Set(w.recognition.filter((r) => r.kind === 'ce-register' || r.kind === 'ce-funds').map((r) => r.sheet));
    for (const n of w.notes) {
      if (!ceSheets.has(n.ref.sheet)) continue;
      const row = rows.get(rowKey(w.file, n.ref.sheet, n.ref.row));
      if (year !== undefined && row && !(row.year?.ok && row.year.value === year)) continue;
      findings.push({ ruleId: 'C-NORMALISED', severity: 'info', file: w.file, sheet: n.ref.sheet, cell: a1(n.ref.row, n.ref.col), message: n.message });
    }
  }
  let t: ReturnType<typeof tallyCe>;
  try {
    t = tallyCe(parsed, { packs: packs as PackId[], year, params });
  } catch (e) {
    if (e instanceof SettingsError) throw new UsageError(`--settings 中的参数有误：${e.errors.join('；')}`);
    throw e;
  }
  appendAll(findings, t.findings);
  return { persons: t.persons.map((p) => personJson(p, rows)), findings, conflicts: t.conflicts };
}

async function runTally(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.flags['approved-only']) throw new UsageError('--approved-only 只用于 --from-plans\n' + CE_USAGE);
  const packs = cePacks(stringFlag(args, 'packs'));
  const year = parseYear(stringFlag(args, 'year'));
  const out = stringFlag(args, 'out');
  checkOut(out, args.positional);
  const settingsFile = stringFlag(args, 'settings');
  const params = settingsFile ? loadSettings(settingsFile).params : undefined;
  const { inputs, findings: readFindings } = await readInputs(args, io, out, REGISTER_LOOKED_FOR, '读取');
  const report = ceReport(inputs, packs, year, readFindings, params);
  const filesGiven = inputs.length + readFindings.length;

  if (out) writeAtomically(out, writeXlsx({ sheets: [tallySheet(report.persons), resultsSheet(report.findings, () => null)] }), args.positional);
  if (args.flags.json) {
    io.stdout.write(
      JSON.stringify({
        persons: report.persons,
        findings: report.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file, sheet: f.sheet, cell: f.cell, message: f.message, clause: f.clause, data: f.data })),
        conflicts: report.conflicts,
      }) + '\n',
    );
    if (out) io.stderr.write(`已写出统计表：${out}\n`);
  } else {
    io.stdout.write(formatTally(report, packs, year, filesGiven, out, { showIds: !!args.flags['show-ids'] }));
  }
  return report.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

function num(x: number | null): string {
  return x === null ? '—' : String(Math.round(x * 100) / 100);
}

function findingLine(f: Finding, showFile: boolean, mask: (text: string) => string = (t) => t): string {
  const where = f.sheet ? `${f.sheet}${f.cell ? '!' + f.cell : ''}` : '（整个文件）';
  return `  ${SEVERITY_LABEL[f.severity]} [${f.ruleId}] ${showFile ? `${f.file} ` : ''}${where}  ${mask(f.message)}`;
}

/**
 * A 身份证号 as the terminal shows it by default: the first 6 and last 4 characters, the rest as *
 * (330102********1234), so that a tally shown on screen or pasted into a chat does not carry whole IDs.
 * `--show-ids` prints them in full; JSON and the workbook always keep them whole.
 */
export function maskIdNumber(id: string): string {
  const n = id.length;
  if (n >= 11) return id.slice(0, 6) + '*'.repeat(n - 10) + id.slice(-4);
  return n > 4 ? '*'.repeat(n - 4) + id.slice(-4) : '*'.repeat(n);
}

// 18-character IDs (last may be X) and old 15-digit ones, not inside a longer run of digits or letters
const ID_IN_TEXT = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;

/** Masks every 身份证号 in a line of text (finding messages name IDs, e.g. CE-ID-CONFLICT). */
export function maskIdsInText(text: string): string {
  return text.replace(ID_IN_TEXT, (id) => maskIdNumber(id));
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function formatTally(report: CeReport, packs: CePack[], year: number | undefined, files: number, out?: string, opts: { showIds?: boolean } = {}): string {
  const lines: string[] = [];
  const showId = opts.showIds ? (id: string) => id : maskIdNumber;
  const mask = opts.showIds ? (t: string) => t : maskIdsInText;
  const bases: CePack[] = packs.length ? packs : ['ce2007'];
  const persons = report.persons;
  for (const basis of bases) {
    const list = persons.filter((p) => p.basis === basis);
    lines.push(`继续教育学时统计${year !== undefined ? `（${year}年度）` : ''}——${BASIS_TEXT[basis]}`);
    if (list.length === 0) {
      lines.push('  没有登记记录', '');
      continue;
    }
    for (const p of list) {
      const who = [p.unit, p.idNumber ? showId(p.idNumber) : p.staffNumber].filter(Boolean).join('，');
      const flag = p.shortfall === null ? '  ？无法确定是否达标' : p.shortfall > 0 ? '  ✗ 未达标' : '';
      const extra = p.unreadableRows ? `（另有${p.unreadableRows}行学时无法读取，未计入）` : '';
      lines.push(
        `  ${p.year === null ? '年度不明' : `${p.year}年度`} ${p.name}${who ? `（${who}）` : ''}：` +
          `专业科目 ${num(p.professional)}，公需科目 ${p.publicCapped ? `${num(p.publicRecorded)}/${num(p.publicCounted)}（登记/计入）` : num(p.publicRecorded)}，` +
          `出国（境）培训 ${num(p.abroad)}，合计 ${num(p.total)}，应修 ${num(p.required)}，差额 ${num(p.shortfall)}${flag}${extra}`,
      );
    }
    lines.push('');
  }
  const findings = [...report.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const showFile = files > 1;
  if (findings.length) {
    lines.push('审核结果：');
    for (const f of findings) lines.push(findingLine(f, showFile && f.ruleId !== 'C-UNREADABLE', mask));
    lines.push('');
  }
  const count = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) count[f.severity]++;
  const people = new Set(persons.map((p) => p.key)).size;
  const personYears = new Set(persons.map((p) => `${p.key}\u0000${p.year}`)).size;
  const shortText = bases
    .map((b) => {
      const list = persons.filter((p) => p.basis === b);
      const short = list.filter((p) => p.shortfall !== null && p.shortfall > 0).length;
      const unknown = list.filter((p) => p.shortfall === null).length;
      return `${bases.length > 1 ? `${b} ` : ''}未达标 ${short}${unknown ? `，无法确定 ${unknown}` : ''}`;
    })
    .join('，');
  const unreadable = report.findings.filter((f) => f.ruleId === 'C-UNREADABLE').length;
  if (out) lines.push(`已写出统计表：${out}`);
  lines.push(
    `合计：${files} 个文件${unreadable ? `（${unreadable} 个无法读取）` : ''}，${people} 人、${personYears} 个人员年度；${shortText}；错误 ${count.error}，警告 ${count.warning}，提示 ${count.info}`,
  );
  return lines.join('\n') + '\n';
}

export const TALLY_HEADERS = [
  '序号', '统计依据', '年度', '姓名', '身份证号', '工号', '单位', '人员类别',
  '专业科目', '公需科目（登记）', '公需科目（计入）', '出国（境）培训', '合计', '应修', '差额', '是否达标', '无法读取的行数', '来源',
];
const TALLY_WIDTHS = [6, 9, 8, 10, 20, 10, 26, 14, 9, 10, 10, 10, 8, 8, 8, 10, 9, 40];
export const NOT_COMPUTABLE = '无法计算';

/** 学时统计: one row per person-year (and basis); shortfall rows red, undeterminable rows amber. */
export function tallySheet(persons: PersonJson[]): OutSheet {
  const rows: (OutCell | null)[][] = [TALLY_HEADERS.map((h) => ({ value: h, style: HEADER_STYLE }))];
  persons.forEach((p, i) => {
    const fill = p.shortfall === null ? MARK_COLORS.warning : p.shortfall > 0 ? MARK_COLORS.error : null;
    const style: StyleSpec = fill ? { border: true, fill: fill.fill, color: fill.font } : { border: true };
    const cell = (value: string | number | null): OutCell => ({ value, style });
    const n = (x: number | null): OutCell => cell(x === null ? NOT_COMPUTABLE : x);
    const status = p.shortfall === null ? '无法确定' : p.shortfall > 0 ? '未达标' : '达标';
    const first = p.sources[0];
    rows.push([
      cell(i + 1),
      cell(p.basis),
      cell(p.year ?? '年度不明'),
      cell(p.name),
      cell(p.idNumber ?? null),
      cell(p.staffNumber ?? null),
      cell(p.unit),
      cell(p.category || null),
      n(p.professional),
      n(p.publicRecorded),
      n(p.publicCounted),
      n(p.abroad),
      n(p.total),
      n(p.required),
      n(p.shortfall),
      cell(status),
      cell(p.unreadableRows),
      cell(first ? `${first.file} ${first.sheet}!${first.cell}${p.sources.length > 1 ? ` 等${p.sources.length}行` : ''}` : null),
    ]);
  });
  return {
    name: TALLY_SHEET,
    rows,
    colWidths: TALLY_WIDTHS,
    freeze: { rows: 1 },
    autoFilter: `A1:${a1(0, TALLY_HEADERS.length - 1).replace(/\d+$/, '')}${persons.length + 1}`,
  };
}

// ---------------------------------------------------------------------------------------------
// From plans to hours

export const SKIPPED_HEADERS = ['序号', '文件', '编号', '组团单位', '主题', '未生成学时的原因'];

/** The written workbook: 继续教育学时 (a register our reader reads back) and the projects that gave no rows. */
export function planSheets(result: FromPlansResult): OutSheet[] {
  const values = planRowsToSheetValues(result.rows);
  const register: OutSheet = {
    name: PLAN_SHEET,
    rows: values.map((row, r) => (r === 0 ? row.map((h) => ({ value: h, style: HEADER_STYLE })) : row)),
    colWidths: [10, 20, 10, 26, 8, 10, 14, 8, 8, 30, 16],
    freeze: { rows: 1 },
  };
  const skipped: OutSheet = {
    name: SKIPPED_SHEET,
    rows: [
      SKIPPED_HEADERS.map((h) => ({ value: h, style: HEADER_STYLE })),
      ...result.skipped.map((s, i) => [i + 1, s.file, s.projectKey, s.unit, s.theme, s.reason]),
    ],
    colWidths: [6, 30, 16, 26, 30, 50],
    freeze: { rows: 1 },
  };
  return result.skipped.length ? [register, skipped] : [register];
}

async function runFromPlans(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.flags.packs !== undefined) throw new UsageError('--packs 不用于 --from-plans（生成学时不做规则审核）\n' + CE_USAGE);
  const out = stringFlag(args, 'out');
  if (!out) throw new UsageError('请用 --out 指定要写出的继续教育学时登记表（.xlsx）\n' + CE_USAGE);
  checkOut(out, args.positional);
  const year = parseYear(stringFlag(args, 'year'));
  const { inputs, findings: readFindings } = await readInputs(args, io, out, PLAN_LOOKED_FOR, '读取');
  const result = plansToRows(inputs, readFindings, { approvedOnly: !!args.flags['approved-only'], year });
  writeAtomically(out, writeXlsx({ sheets: planSheets(result) }), args.positional);

  if (args.flags.json) {
    io.stdout.write(
      JSON.stringify({
        out,
        rows: result.rows.map((r) => ({
          name: r.name,
          ...(r.idNumber ? { idNumber: r.idNumber } : {}),
          ...(r.staffNumber ? { staffNumber: r.staffNumber } : {}),
          unit: r.unit,
          year: r.year,
          days: r.days,
          hours: r.hours,
          projectKey: r.projectKey,
          theme: r.theme,
          source: { file: r.source.file, sheet: r.source.sheet, row: r.source.row + 1 },
        })),
        skipped: result.skipped,
        findings: result.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file, sheet: f.sheet, cell: f.cell, message: f.message })),
        notices: result.notices,
      }) + '\n',
    );
  } else {
    const lines: string[] = [];
    const people = new Set(result.rows.map((r) => `${r.idNumber ?? r.staffNumber ?? r.name}\u0000${r.unit}`)).size;
    const projects = new Set(result.rows.map((r) => `${r.source.file}\u0000${r.projectKey}`)).size;
    lines.push(`已写出继续教育学时登记表：${out}（工作表“${PLAN_SHEET}”）`);
    lines.push(`生成 ${result.rows.length} 行：${projects} 个项目、${people} 人，每人按批准在外天数 × 6 学时登记为出国（境）培训（浙外专发〔2017〕14号 三(四)）`);
    for (const n of result.notices) lines.push(`注意：${n}`);
    if (result.skipped.length) {
      lines.push('', `未生成学时的项目（${result.skipped.length} 个，见工作表“${SKIPPED_SHEET}”）：`);
      for (const s of result.skipped.slice(0, 50)) lines.push(`  ${s.unit ? s.unit + ' · ' : ''}${s.theme || s.projectKey || '（无主题）'}：${s.reason}`);
      if (result.skipped.length > 50) lines.push(`  …… 另有 ${result.skipped.length - 50} 个`);
    }
    if (result.findings.length) {
      lines.push('', '读取问题：');
      for (const f of result.findings) lines.push(findingLine(f, false));
    }
    io.stdout.write(lines.join('\n') + '\n');
  }
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
