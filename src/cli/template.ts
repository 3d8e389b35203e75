/** `peixun template --kind demand-form|demand-list|schedule|participants|standards|ce-register --out FILE` */
import * as fs from 'fs';
import { templateWorkbook } from '../core/report/templates';
import { writeXlsx } from '../hosts/files/write/xlsx';
import { parseArgs, stringFlag, UsageError } from './args';
import type { CliIo } from './io';

export const TEMPLATE_KINDS = ['demand-form', 'demand-list', 'schedule', 'participants', 'standards', 'ce-register'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_USAGE = `用法: peixun template --kind ${TEMPLATE_KINDS.join('|')} --out 文件.xlsx`;

export async function runTemplate(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { kind: true, out: true, help: false });
  if (args.flags.help) {
    io.stdout.write(TEMPLATE_USAGE + '\n');
    return 0;
  }
  const kind = stringFlag(args, 'kind');
  const out = stringFlag(args, 'out');
  if (!kind || !(TEMPLATE_KINDS as readonly string[]).includes(kind)) throw new UsageError(`请用 --kind 选择表样：${TEMPLATE_KINDS.join('、')}\n${TEMPLATE_USAGE}`);
  if (!out) throw new UsageError('请用 --out 给出输出文件\n' + TEMPLATE_USAGE);
  if (args.positional.length) throw new UsageError(`多余的参数：${args.positional.join(' ')}`);
  fs.writeFileSync(out, writeXlsx(templateWorkbook(kind as TemplateKind)));
  io.stderr.write(`已写出空白表样 ${out}\n`);
  return 0;
}
