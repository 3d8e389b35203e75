/**
 * `peixun review <files…> [--packs …] [--as-of …] [--standards FILE] [--settings FILE] [--json] [--out PATH]`
 *
 * Reads each file, reviews it with `common` + the chosen packs, prints a Chinese report (or one JSON
 * object), and with --out writes marked copies. Input files are only ever read.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { PackId, ReviewOptions, WorkbookReview } from '../core/api';
import { unreadableFileFinding, type Finding } from '../core/model/findings';
import type { WorkbookGrid } from '../core/grid';
import { reviewWorkbook } from '../core/review';
import { parseWorkbook } from '../core/sheets';
import { WorkbookSettingsSchema } from '../core/settings';
import { readWorkbookBytes } from '../hosts/files/read';
import { readFileBytes } from '../hosts/files/read/node';
import { reviewMany, type ReviewResult } from '../hosts/files/read/review-many';
import { markWorkbookCopy, gridToXlsx } from '../hosts/files/write/mark';
import { parseArgs, parseAsOf, parsePacks, stringFlag, UsageError } from './args';
import { collectWorkbooks } from './files';
import type { CliIo } from './io';
import { progressBar } from './progress';
import { formatTextReport } from './report';

export const REVIEW_USAGE = `用法: peixun review <文件或文件夹…> [--packs common,zj2017,sc2020,most2022-online,ce2007,cas]
                      [--as-of YYYY-MM-DD] [--standards 费用标准.xlsx] [--settings 设置.json]
                      [--json] [--out 标记副本.xlsx | 输出文件夹]`;

const SPEC = { packs: true, 'as-of': true, standards: true, settings: true, json: false, out: true, help: false };

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
 * Reads and reviews the files, each in a child process under the reading limits (read/review-many.ts):
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
  const bytes = fs.readFileSync(file);
  const parsed = parseWorkbook(readWorkbookBytes(bytes, file));
  if (parsed.standards.length === 0 && parsed.rates.length === 0) {
    throw new UsageError(`--standards 文件“${file}”中没有找到“费用标准”（国家（地区）、币种、培训费）或“汇率”（币种、折合人民币）表`);
  }
  return { standards: parsed.standards, rates: parsed.rates };
}

function loadSettings(file: string): Partial<ReviewOptions> {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`--settings 文件“${file}”不是有效的 JSON：${(e as Error).message}`);
  }
  const r = WorkbookSettingsSchema.safeParse(json);
  if (!r.success) throw new UsageError(`--settings 文件“${file}”内容有误：${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；')}`);
  const s = r.data;
  return { packs: s.packs as PackId[], params: s.params, outstandingUnits: s.outstandingUnits, sheetKinds: s.sheetKinds };
}

/** Where the marked copy of `file` goes: --out itself for one input, else a file in the --out folder. */
export function markedCopyPath(out: string, file: string, many: boolean): string {
  if (!many && /\.xlsx$/i.test(out)) return out;
  const stem = path.basename(file).replace(/\.(xlsx|xls|csv)$/i, '');
  return path.join(out, `${stem}（已审核）.xlsx`);
}

export function writeMarkedCopy(outcome: FileOutcome, target: string): void {
  if (!outcome.bytes || !outcome.grid) return;
  if (path.resolve(target) === path.resolve(outcome.file)) throw new UsageError(`--out 不能覆盖输入文件“${outcome.file}”`);
  const isXlsx = outcome.bytes.length > 4 && outcome.bytes[0] === 0x50 && outcome.bytes[1] === 0x4b;
  const base = isXlsx ? outcome.bytes : gridToXlsx(outcome.grid);
  const marked = markWorkbookCopy(base, outcome.findings);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  fs.writeFileSync(target, marked);
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
  const standardsFile = stringFlag(args, 'standards');
  if (standardsFile) options.standards = loadStandards(standardsFile);

  const { files, missing } = collectWorkbooks(args.positional);
  const outcomes: FileOutcome[] = missing.map((f) => ({ file: f, findings: [unreadableFileFinding(f, '文件不存在')] }));
  const out = stringFlag(args, 'out');
  const bar = progressBar(io, files.length, '审核');
  outcomes.push(...(await reviewFiles(files, options, { grids: !!out, onProgress: (f) => bar.tick(f) }).finally(() => bar.done())));

  if (out) {
    const many = files.length > 1;
    for (const o of outcomes) writeMarkedCopy(o, markedCopyPath(out, o.file, many));
  }

  const findings = outcomes.flatMap((o) => o.findings);
  const projects = outcomes.flatMap((o) => o.review?.projects ?? []);
  if (args.flags.json) {
    io.stdout.write(JSON.stringify({ findings: findings.map(jsonFinding), projects }) + '\n');
  } else {
    io.stdout.write(formatTextReport(outcomes));
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** The JSON contract: ruleId, severity, file, sheet, cell, message (plus clause, projectKey when known). */
function jsonFinding(f: Finding) {
  return { ruleId: f.ruleId, severity: f.severity, file: f.file, sheet: f.sheet, cell: f.cell, message: f.message, clause: f.clause, projectKey: f.projectKey };
}
