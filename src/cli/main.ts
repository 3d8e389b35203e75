/**
 * peixun — the command line of 出国培训审核助手.
 *   peixun review …    review workbooks (issue: the review engine)
 *   peixun template …  write a blank standard form
 *   peixun merge …     merge returned workbooks into the provincial summary
 *   peixun export …    export approved projects as 需求表 files
 *   peixun ce …        continuing-education hours
 * Exit codes: 0 fine, 1 error-severity findings, 2 usage error.
 */
import { UsageError } from './args';
// Node's zlib for every workbook the commands write (smaller CPU cost than the browser-safe deflate).
import '../hosts/files/write/node';
import { processIo, type CliIo } from './io';

export const USAGE = `出国培训审核助手 peixun

  peixun review <文件…> [--packs …] [--as-of YYYY-MM-DD] [--standards 文件] [--json] [--out 路径]
  peixun template --kind demand-form|demand-list|schedule|participants|standards|ce-register --out 文件
  peixun merge <文件或文件夹…> --out 汇总.xlsx [--into 已有汇总.xlsx] [--packs …] [--as-of …] [--json]
  peixun export --format most-demand-form --in 汇总.xlsx --out 文件夹
  peixun ce <文件…> [--packs ce2007,cas] [--year YYYY] [--json] [--out 统计.xlsx]
  peixun ce --from-plans <汇总或回收的工作簿…> --out 继续教育学时.xlsx [--approved-only] [--year YYYY] [--json]

规则包：common（通用，总是运行）, zj2017, sc2020, most2022-online, ce2007, cas
退出码：0 无错误；1 有“错误”级别的问题；2 用法错误
`;

type Command = (argv: string[], io: CliIo) => Promise<number>;

// Commands are loaded on demand so that one part's start-up cost is not paid by the others.
const COMMANDS: Record<string, () => Command> = {
  review: () => require('./review').runReview,
  template: () => require('./template').runTemplate,
  merge: () => require('./merge').runMerge,
  export: () => require('./export').runExport,
  ce: () => require('./ce').runCe,
};

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    io.stdout.write(USAGE);
    return cmd ? 0 : 2;
  }
  const load = COMMANDS[cmd];
  if (!load) {
    io.stderr.write(`peixun: 未知命令 “${cmd}”\n\n${USAGE}`);
    return 2;
  }
  try {
    return await load()(rest, io);
  } catch (e) {
    if (e instanceof UsageError || (e as Error)?.constructor?.name === 'UsageError') {
      io.stderr.write(`peixun ${cmd}: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}
