/** `peixun template --kind demand-form|demand-list|schedule|participants|standards|ce-register --out FILE` */
import { writeFileSafely } from '../hosts/files/write/safeWrite';
import { templateWorkbook } from '../core';
import { writeXlsx } from '../hosts/files/write/xlsx';
import { parseArgs, stringFlag, UsageError } from './args';
import type { CliIo } from './io';
import { nearest } from './help';

export const TEMPLATE_KINDS = ['demand-form', 'demand-list', 'schedule', 'participants', 'standards', 'ce-register'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_USAGE = `用法: peixun template --kind ${TEMPLATE_KINDS.join('|')} --out 文件.xlsx`;

export const SPEC = { kind: true, out: true, help: false };

export async function runTemplate(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (args.flags.help) {
    io.stdout.write(TEMPLATE_USAGE + '\n');
    return 0;
  }
  const kind = stringFlag(args, 'kind');
  const out = stringFlag(args, 'out');
  if (!kind) throw new UsageError(`请用 --kind 选择表样：${TEMPLATE_KINDS.join('、')}\n${TEMPLATE_USAGE}`);
  if (!(TEMPLATE_KINDS as readonly string[]).includes(kind)) {
    const near = nearest(kind, TEMPLATE_KINDS);
    throw new UsageError(`未知表样 --kind “${kind}”${near ? `，是不是 ${near}？` : ''}可用：${TEMPLATE_KINDS.join('、')}`);
  }
  if (!out) throw new UsageError('请用 --out 给出输出文件\n' + TEMPLATE_USAGE);
  if (args.positional.length) throw new UsageError(`多余的参数：${args.positional.join(' ')}`);
  writeFileSafely(out, writeXlsx(templateWorkbook(kind as TemplateKind)));
  io.stdout.write(`已写出空白表样：${out}\n`);
  return 0;
}
