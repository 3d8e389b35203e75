/**
 * `peixun export --format most-demand-form --in summary.xlsx --out DIR`
 *
 * Writes one 需求表 (001 附件2 layout) per approved project of the summary (是否同意 = 是 / 同意,
 * not 已撤回) into DIR. The summary is only read. Exit 0 (also when nothing is approved, with a
 * notice), 2 for a usage error or an unreadable summary.
 */
import * as path from 'path';
import { approvedRows, demandFormFileName, demandFormSheet } from '../core';
import { readSummaryFile, writeSheets } from '../hosts/files/merge';
import { parseArgs, stringFlag, UsageError } from './args';
import { ensureFolder, InputSet, writeFileSafely } from '../hosts/files/write/safeWrite';
import type { CliIo } from './io';
import { readProblem } from './files';

export const EXPORT_USAGE = '用法: peixun export --format most-demand-form --in 汇总.xlsx --out 输出文件夹 [--json]';
export const EXPORT_FORMATS = ['most-demand-form'];

export const SPEC = { format: true, in: true, out: true, json: false, help: false };

export async function runExport(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (args.flags.help) {
    io.stdout.write(EXPORT_USAGE + '\n');
    return 0;
  }
  const format = stringFlag(args, 'format') ?? 'most-demand-form';
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`未知格式 “${format}”，可用：${EXPORT_FORMATS.join(', ')}`);
  const input = stringFlag(args, 'in') ?? args.positional[0];
  const outDir = stringFlag(args, 'out');
  if (!input || !outDir) throw new UsageError(EXPORT_USAGE);
  let summary;
  try {
    summary = readSummaryFile(input);
  } catch (e) {
    io.stderr.write(`peixun export: 无法读取汇总“${input}”：${readProblem(e)}\n`);
    return 2;
  }
  const rows = approvedRows(summary);
  // --out is a folder: an existing file there is refused before anything is written
  ensureFolder(outDir);
  const inputs = new InputSet([input]);
  const written: string[] = [];
  rows.forEach((r, i) => {
    const file = path.join(outDir, demandFormFileName(r, i));
    writeFileSafely(file, writeSheets([demandFormSheet(r)]), { inputs });
    written.push(file);
  });
  if (args.flags.json) io.stdout.write(JSON.stringify({ approved: rows.length, files: written }) + '\n');
  else if (rows.length === 0) io.stdout.write(`“${input}”中没有“是否同意”为“是/同意”的有效项目，未导出文件\n`);
  else io.stdout.write(`已导出 ${rows.length} 份需求表到 ${outDir}\n`);
  return 0;
}
