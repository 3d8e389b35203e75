/**
 * `peixun merge <files-or-dirs…> --out summary.xlsx [--into existing-summary.xlsx] [--packs …]
 *  [--as-of YYYY-MM-DD] [--jobs N] [--json]`
 *
 * Reads every returned workbook (folders recursively; hidden and `~$` files skipped), reviews
 * it, and merges all projects into 省级汇总 / 单位汇总 / 导入记录 (docs/MERGE.md). Input files are
 * only read. A file that fails is reported and the rest go on.
 * Exit: 0 merged; 1 merged but some file could not be read; 2 usage error (or --into unreadable).
 */
import type { ReviewOptions } from '../core';
import { failedSource, type ExistingSummary, type MergeResult, type MergeSource } from '../core/lean';
import { startReaders } from '../hosts/files/merge/workers';
import { parseArgs, parseAsOf, parsePacks, stringFlag, UsageError } from './args';
import { collectOrRefuse, readProblem } from './files';
import { checkTarget, InputSet, WriteError, writeFileSafely } from '../hosts/files/write/safeWrite';
import { combinePackUse, packUseLine } from '../core/lean';
import type { CliIo } from './io';
import { progressBar } from './progress';

/**
 * The merge and the summary writer (and, for --into, the reader), loaded at first use: the children
 * that read the files are started before them (startReaders) and load meanwhile.
 */
function merging(): typeof import('../hosts/files/merge') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../hosts/files/merge') as typeof import('../hosts/files/merge');
}
function summaryWriter(): typeof import('../hosts/files/write/outSheets') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../hosts/files/write/outSheets') as typeof import('../hosts/files/write/outSheets');
}

export const MERGE_USAGE = `用法: peixun merge <文件或文件夹…> --out 汇总.xlsx [--into 已有汇总.xlsx]
                     [--packs common,zj2017,sc2020,most2022-online] [--as-of YYYY-MM-DD] [--jobs N] [--json]`;

export const SPEC = { out: true, into: true, packs: true, 'as-of': true, jobs: true, json: false, help: false };

/** Local ISO date-time with offset (2024-11-08T09:30:00+08:00): what 导入时间 shows. */
export function localIso(d = new Date()): string {
  const off = -d.getTimezoneOffset();
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(d.getTime() + off * 60000).toISOString().slice(0, 19);
  return `${local}${off >= 0 ? '+' : '-'}${pad(off / 60)}:${pad(off % 60)}`;
}

export async function runMerge(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (args.flags.help) {
    io.stdout.write(MERGE_USAGE + '\n');
    return 0;
  }
  const out = stringFlag(args, 'out');
  if (!out) throw new UsageError('请用 --out 指定汇总工作簿（.xlsx）\n' + MERGE_USAGE);
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out 应为 .xlsx 文件，收到 “${out}”`);
  if (args.positional.length === 0) throw new UsageError('请给出要合并的文件或文件夹\n' + MERGE_USAGE);
  const jobsText = stringFlag(args, 'jobs');
  const jobs = jobsText === undefined ? undefined : Number(jobsText);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0 && jobs <= 64)) throw new UsageError(`--jobs 应为 0–64 的整数，收到 “${jobsText}”`);
  const options: ReviewOptions = { packs: parsePacks(stringFlag(args, 'packs')), asOf: parseAsOf(stringFlag(args, 'as-of')) };
  // no --packs: each return runs the packs its content suggests
  if (args.flags.packs === undefined) options.suggestPacks = true;
  const importedAt = localIso();

  const into = stringFlag(args, 'into');
  let existing: ExistingSummary | null = null;
  if (into) {
    try {
      existing = merging().readSummaryFile(into);
    } catch (e) {
      io.stderr.write(`peixun merge: 无法读取已有汇总“${into}”：${readProblem(e)}\n`);
      return 2;
    }
  }

  const { files, missing, empty, reals } = collectOrRefuse(args.positional);
  // The children start now, while the inputs are checked (no file is handed out before the checks
  // have passed); any the pool does not take is ended on the way out.
  const started = startReaders(files.length, { options, importedAt, concurrency: jobs });
  try {
    // The summary itself is never read as a unit's return (it may sit in the folder being merged: an
    // earlier summary found there is skipped), but --out naming a return given on the command line,
    // or any file there that is not a summary, is refused: it would be replaced.
    const given = new InputSet(files, reals);
    const outInput = given.inputAt(out);
    const intoIds = into ? new InputSet([into]) : null;
    const isInto = (f: string) => !!intoIds?.inputAtKnown(f, given);
    const outIds = new InputSet([out]);
    if (outInput !== undefined && !isInto(outInput)) {
      const named = new InputSet(args.positional).inputAt(out) !== undefined;
      if (named || !isSummaryFile(out)) {
        throw new WriteError(out, `不能写到“${out}”：它是（或链接到）要合并的文件“${outInput}”，输入文件只读不写；请给汇总另起一个文件名`);
      }
    }
    const inputs = files.filter((f) => !isInto(f) && !outIds.inputAtKnown(f, given));
    // --into is read, then replaced only when --out names it (the documented re-merge)
    const readOnly = given.subset(inputs);
    checkTarget(out, { inputs: readOnly });
    for (const d of empty) io.stderr.write(`注意：文件夹“${d}”中没有工作簿\n`);
    if (inputs.length === 0) {
      throw new UsageError(missing.length ? `找不到${missing.map((m) => `“${m}”`).join('、')}，没有要合并的工作簿，未写出汇总；请检查路径` : '没有要合并的工作簿（只找到汇总本身），未写出汇总');
    }
    const failed: MergeSource[] = missing.map((f) => failedSource(f, '文件或文件夹不存在', { importedAt }));

    const bar = progressBar(io, inputs.length, '合并');
    // Only the packs are kept of the sources: their projects (≈ 240 MB for a 200 000-row list) are
    // garbage before the summary is written.
    const { result, sheets, packs } = await merging().mergeFiles(inputs, {
      options,
      importedAt,
      existing,
      failed,
      concurrency: jobs,
      started,
      // the summary's project rows are written straight from the merge's rows (writeSheets streams them)
      streamed: true,
      onProgress: (_d, _t, file) => bar.tick(file),
    })
      .then(({ result, sheets, sources }) => ({ result, sheets, packs: combinePackUse(sources.map((s) => (s.status === 'read' ? s.packs : undefined))) }))
      .finally(() => bar.done());

    // each part of the summary goes into the file as it is finished (never the whole workbook in memory)
    const { outSheetsTo } = summaryWriter();
    writeFileSafely(out, (write) => outSheetsTo(sheets, write), { inputs: readOnly });

    if (packs.fromSuggestion) io.stderr.write(packUseLine(packs, inputs.length) + '\n');
    if (args.flags.json) io.stdout.write(JSON.stringify({ ...jsonReport(result, out), packs }) + '\n');
    else io.stdout.write(textReport(result, out));
    return result.counts.filesFailed > 0 ? 1 : 0;
  } finally {
    started?.release();
  }
}

/** True when `file` reads as a summary we wrote (it has 省级汇总). */
function isSummaryFile(file: string): boolean {
  try {
    merging().readSummaryFile(file);
    return true;
  } catch {
    return false;
  }
}

/** `--json`: the counts at the top level, then the details a script needs. */
export function jsonReport(result: MergeResult, out: string) {
  const c = result.counts;
  return {
    filesRead: c.filesRead,
    filesFailed: c.filesFailed,
    projectsIn: c.projectsIn,
    projectsMerged: c.projectsMerged,
    rejected: c.rejected,
    added: c.added,
    changed: c.changed,
    withdrawn: c.withdrawn,
    unchanged: c.unchanged,
    kept: c.kept,
    duplicates: c.duplicates,
    duplicateNumbers: c.duplicateNumbers,
    out,
    failedFiles: result.log.filter((e) => e.kind === '读取失败').map((e) => ({ file: e.file, reason: e.note })),
    rejectedRows: result.log.filter((e) => e.kind === '拒收').map((e) => ({ file: e.file, sheet: e.sheet, row: e.row, text: e.project, reason: e.note })),
    findings: result.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file, sheet: f.sheet, cell: f.cell, message: f.message })),
  };
}

export function textReport(result: MergeResult, out: string): string {
  const c = result.counts;
  const lines = [
    `已写入汇总：${out}`,
    `文件：读取 ${c.filesRead} 个，失败 ${c.filesFailed} 个`,
    `项目行：${c.projectsIn} = 汇入 ${c.projectsMerged}（新增 ${c.added}，变更 ${c.changed}，未变 ${c.unchanged}）+ 拒收 ${c.rejected}`,
  ];
  if (c.withdrawn || c.kept) lines.push(`原有项目：撤回 ${c.withdrawn}，未涉及保留 ${c.kept}`);
  if (c.duplicates) lines.push(`跨文件重复（C-DUPLICATE）：${c.duplicates}`);
  if (c.duplicateNumbers) lines.push(`项目编号重复（C-DUPLICATE-NUMBER，不同单位用了同一编号）：${c.duplicateNumbers}`);
  const failed = result.log.filter((e) => e.kind === '读取失败');
  if (failed.length) {
    lines.push('', '读取失败的文件：');
    for (const e of failed.slice(0, 50)) lines.push(`  ${e.file}：${e.note}`);
    if (failed.length > 50) lines.push(`  …… 另有 ${failed.length - 50} 个，见“导入记录”`);
  }
  const rejected = result.log.filter((e) => e.kind === '拒收');
  if (rejected.length) {
    lines.push('', '拒收的行：');
    for (const e of rejected.slice(0, 50)) lines.push(`  ${e.file} ${e.sheet} 第${e.row}行：${e.note}（${e.project}）`);
    if (rejected.length > 50) lines.push(`  …… 另有 ${rejected.length - 50} 行，见“导入记录”`);
  }
  return lines.join('\n') + '\n';
}
