/**
 * `peixun review <files…> [--packs …] [--as-of …] [--standards FILE] [--settings FILE] [--json] [--out PATH]`
 *
 * Reads each file, reviews it with `common` + the chosen packs, prints a Chinese report (or one JSON
 * object), and with --out writes marked copies. Input files are only ever read.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { PackId, ReviewOptions, WorkbookReview } from '../core';
import { unreadableFileFinding, type Finding } from '../core';
import type { WorkbookGrid } from '../core';
import { reviewWorkbook } from '../core';
import { combinePackUse, packUseLine } from '../core';
import { parseWorkbook } from '../core';
import { WorkbookSettingsSchema } from '../core';
import { readWorkbookBytes } from '../hosts/files/read';
import { markedCopy } from '../hosts/files/write/markedCopy';
import { longTextFindings } from '../hosts/files/write/sanitize';
import { checkTarget, ensureFolder, InputSet, writeFileSafely } from '../hosts/files/write/safeWrite';
import { readFileBytes } from '../hosts/files/read/node';
import { reviewMany, type ReviewResult } from '../hosts/files/read/reviewMany';
import { parseArgs, parseAsOf, parsePacks, stringFlag, UsageError } from './args';
import { collectOrRefuse, readProblem } from './files';
import type { CliIo } from './io';
import { writeJsonObject } from './jsonOut';
import { progressBar } from './progress';
import { formatTextReport } from './report';

export const REVIEW_USAGE = `用法: peixun review <文件或文件夹…> [--packs common,zj2017,sc2020,most2022-online,ce2007,cas]
                      [--as-of YYYY-MM-DD] [--standards 费用标准.xlsx] [--settings 设置.json]
                      [--json] [--out 标记副本.xlsx | 输出文件夹]`;

export const SPEC = { packs: true, 'as-of': true, standards: true, settings: true, json: false, summary: false, out: true, help: false };

/** One file's outcome: reviewed, or unreadable (then `review` is absent and findings hold C-UNREADABLE). */
export interface FileOutcome {
  file: string;
  bytes?: Uint8Array;
  grid?: WorkbookGrid;
  /** The findings and project reports (a child process reviewed it: the parsed workbook stays there). */
  review?: ReviewResult | WorkbookReview;
  findings: Finding[];
}

// parsePacks / parseAsOf live in ./args (shared with merge and ce); re-exported for callers of this module.
export { parsePacks, parseAsOf };

/** Reads and reviews one file; never throws for a bad file. */
export function reviewFile(file: string, options: ReviewOptions): FileOutcome {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { file, findings: [unreadableFileFinding(file, `打不开文件（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`)] };
  }
  let grid: WorkbookGrid;
  try {
    grid = readWorkbookBytes(bytes, file);
  } catch (e) {
    const reason = (e as { reason?: string }).reason ?? (e as Error).message;
    return { file, bytes, findings: [unreadableFileFinding(file, reason)] };
  }
  const review = reviewWorkbook(grid, options);
  return { file, bytes, grid, review, findings: review.findings };
}

/**
 * Reads and reviews the files, each in a child process under the reading limits (read/reviewMany.ts):
 * one hostile or damaged file is C-UNREADABLE naming its limit, and the batch goes on. With `grids`
 * (marked copies) each outcome also has its grid and the file's bytes.
 */
export async function reviewFiles(files: string[], options: ReviewOptions, opts: { grids: boolean; onProgress?: (file: string) => void }): Promise<FileOutcome[]> {
  const reviewed = await reviewMany(files, options, { grids: opts.grids, onProgress: (_d, _t, f) => opts.onProgress?.(f) });
  return reviewed.map((r): FileOutcome => {
    if (r.error) return { file: r.file, findings: [unreadableFileFinding(r.file, r.error.reason)] };
    let bytes: Uint8Array | undefined;
    if (opts.grids) {
      try {
        bytes = readFileBytes(r.file);
      } catch {
        bytes = undefined;
      }
    }
    return { file: r.file, bytes, grid: r.grid, review: r.review, findings: r.review!.findings };
  });
}

function loadStandards(file: string): NonNullable<ReviewOptions['standards']> {
  let parsed;
  try {
    parsed = parseWorkbook(readWorkbookBytes(fs.readFileSync(file), file));
  } catch (e) {
    throw new UsageError(`无法读取 --standards 文件“${file}”：${readProblem(e)}`);
  }
  if (parsed.standards.length === 0 && parsed.rates.length === 0) {
    throw new UsageError(`--standards 文件“${file}”中没有找到“费用标准”（国家（地区）、币种、培训费）或“汇率”（币种、折合人民币）表`);
  }
  return { standards: parsed.standards, rates: parsed.rates };
}

export function loadSettings(file: string): Partial<ReviewOptions> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`无法读取 --settings 文件“${file}”：${readProblem(e)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--settings 文件“${file}”不是有效的 JSON：${(e as Error).message}`);
  }
  const r = WorkbookSettingsSchema.safeParse(json);
  if (!r.success) throw new UsageError(`--settings 文件“${file}”内容有误：${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；')}`);
  const s = r.data;
  return { packs: s.packs as PackId[], params: s.params, outstandingUnits: s.outstandingUnits, sheetKinds: s.sheetKinds };
}

/** Extensions a marked copy's name drops (the copy is always a workbook of its own). */
const INPUT_EXT = /\.(xlsx|xlsm|xls|csv|tsv|txt|ods|et|ett)$/i;

/**
 * Where the marked copy of `file` goes: --out itself when it names one .xlsx for one input, else
 * `<name>（已审核）.xlsx` in the --out folder (always an .xlsx: macros are dropped, sanitize.ts).
 */
export function markedCopyPath(out: string, file: string, many: boolean): string {
  if (!many && /\.xlsx$/i.test(out)) return out;
  return path.join(out, `${path.basename(file).replace(INPUT_EXT, '')}（已审核）.xlsx`);
}

/**
 * Writes the marked copy of one reviewed file (safeWrite: never onto an input, temp file renamed
 * on success). Cells over Excel's 32 767 characters are cut in the copy, each with a C-NORMALISED
 * note added to the file's findings. Returns whether the copy was rebuilt from the grid.
 */
export function writeMarkedCopy(outcome: FileOutcome, target: string, inputs = new InputSet([outcome.file])): { rebuilt: boolean } | undefined {
  if (!outcome.grid) return undefined;
  checkTarget(target, { inputs });
  outcome.findings.push(...longTextFindings(outcome.grid, outcome.file));
  const copy = markedCopy(outcome.bytes, outcome.grid, outcome.findings);
  writeFileSafely(target, copy.bytes, { inputs });
  return { rebuilt: copy.rebuilt };
}

export async function runReview(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (args.flags.help) {
    io.stdout.write(REVIEW_USAGE + '\n');
    return 0;
  }
  if (args.positional.length === 0) throw new UsageError('请给出要审核的文件\n' + REVIEW_USAGE);
  const fromSettings = stringFlag(args, 'settings') ? loadSettings(stringFlag(args, 'settings')!) : {};
  const options: ReviewOptions = {
    ...fromSettings,
    packs: args.flags.packs !== undefined ? parsePacks(stringFlag(args, 'packs')) : (fromSettings.packs ?? []),
    asOf: parseAsOf(stringFlag(args, 'as-of')),
  };
  // no pack picked (neither --packs nor the settings file): each workbook runs the packs its content suggests
  if (args.flags.packs === undefined && fromSettings.packs === undefined) options.suggestPacks = true;
  const standardsFile = stringFlag(args, 'standards');
  if (standardsFile) options.standards = loadStandards(standardsFile);

  const { files, missing, empty, reals } = collectOrRefuse(args.positional);
  const out = stringFlag(args, 'out');
  // many inputs, or an --out that is not an .xlsx name (or is an existing folder): --out is a folder
  const many = files.length > 1 || (out !== undefined && (!/\.xlsx$/i.test(out) || isFolder(out)));
  if (out && files.length > 1 && /\.xlsx$/i.test(out) && !isFolder(out)) {
    throw new UsageError(`审核多个文件时 --out 应为文件夹（每个文件写一个标记副本），收到 “${out}”`);
  }
  const inputs = new InputSet(files, reals);
  if (out) {
    if (many) ensureFolder(out);
    else checkTarget(markedCopyPath(out, files[0] ?? '', false), { inputs });
  }
  // a human reads stdout unless it carries JSON; notes about writing then go to stderr
  const say = args.flags.json ? io.stderr : io.stdout;
  for (const d of empty) io.stderr.write(`注意：文件夹“${d}”中没有工作簿\n`);

  const outcomes: FileOutcome[] = missing.map((f) => ({ file: f, findings: [unreadableFileFinding(f, '文件不存在')] }));
  const bar = progressBar(io, files.length, '审核');
  outcomes.push(...(await reviewFiles(files, options, { grids: !!out, onProgress: (f) => bar.tick(f) }).finally(() => bar.done())));

  const written: string[] = [];
  if (out) {
    const used = new Set<string>();
    for (const o of outcomes) {
      if (!o.grid) continue;
      const target = many ? uniquePath(markedCopyPath(out, o.file, many), used, inputs) : markedCopyPath(out, o.file, many);
      const w = writeMarkedCopy(o, target, inputs);
      if (w) written.push(`已写出标记副本：${target}${w.rebuilt ? `（由 ${path.extname(o.file) || '原文件'} 按读到的内容重建为 .xlsx）` : ''}`);
    }
    if (written.length === 0) written.push('没有可标记的文件，未写出标记副本');
    else if (written.length > 20) written.splice(0, written.length, `已写出 ${written.length} 个标记副本到文件夹 ${out}`);
  }

  const findings = outcomes.flatMap((o) => o.findings);
  const projects = outcomes.flatMap((o) => o.review?.projects ?? []);
  const packs = combinePackUse(outcomes.map((o) => o.review?.packs));
  if (packs.fromSuggestion) io.stderr.write(packUseLine(packs, files.length) + '\n');
  if (args.flags.json) {
    // the same text as JSON.stringify of the whole, written a piece at a time (a 200 000-row list gives ≈ 335 MB)
    writeJsonObject((t) => io.stdout.write(t), { findings: findings.map(jsonFinding), projects, packs });
    io.stdout.write('\n');
  } else {
    io.stdout.write(formatTextReport(outcomes, { summaryOnly: Boolean(args.flags.summary) }));
  }
  // where it wrote, last, so it is what the reviewer sees
  if (written.length) say.write(written.join('\n') + '\n');
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `name.xlsx`, or `name（2）.xlsx` … when two inputs would give the same copy name, or the name is
 * itself an input (copies written into the folder being reviewed).
 */
function uniquePath(p: string, used: Set<string>, inputs: InputSet): string {
  const ext = path.extname(p);
  const taken = (c: string) => used.has(path.resolve(c).toLowerCase()) || inputs.inputAt(c) !== undefined;
  let candidate = p;
  for (let k = 2; taken(candidate); k++) candidate = `${p.slice(0, p.length - ext.length)}（${k}）${ext}`;
  used.add(path.resolve(candidate).toLowerCase());
  return candidate;
}

/** The JSON contract: ruleId, severity, file, sheet, cell, message (plus clause, projectKey, data when known). */
function jsonFinding(f: Finding) {
  return { ruleId: f.ruleId, severity: f.severity, file: f.file, sheet: f.sheet, cell: f.cell, message: f.message, clause: f.clause, projectKey: f.projectKey, data: f.data };
}
