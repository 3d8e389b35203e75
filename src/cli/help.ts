/**
 * What `peixun --help` and `peixun <command> --help` print: each command's purpose, and every
 * option with its meaning, default and an example. The option names here are checked against
 * each command's parser spec (test/cli/help.test.ts), so an option cannot go undocumented.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PACK_IDS, PACK_NAMES } from '../core/lean';

export interface OptionDoc {
  /** Without the leading `--`. */
  name: string;
  /** Placeholder of its value; absent for a switch. */
  value?: string;
  meaning: string;
  default?: string;
  example?: string;
}

export interface CommandDoc {
  name: string;
  /** One line: what the command does. */
  summary: string;
  usage: string[];
  options: OptionDoc[];
  /** Lines after the options (exit codes, notes). */
  notes?: string[];
}

const PACKS_LINES = PACK_IDS.map((id) => `    ${id.padEnd(16)} ${PACK_NAMES[id]}${id === 'common' ? '（总是运行）' : ''}`);

const HELP: OptionDoc = { name: 'help', meaning: '显示本说明' };
const JSON_OPT: OptionDoc = { name: 'json', meaning: '在标准输出打印一个 JSON 对象（供脚本使用），不打印中文报告', default: '否', example: '--json > 结果.json' };
const AS_OF: OptionDoc = { name: 'as-of', value: 'YYYY-MM-DD', meaning: '审核日期：按这一天判断“是否逾期”等期限', default: '今天', example: '--as-of 2024-07-01' };

export const COMMAND_DOCS: CommandDoc[] = [
  {
    name: 'review',
    summary: '审核回收的工作簿：按规则包检查每个项目，打印问题清单，可写出标记副本',
    usage: ['peixun review <文件或文件夹…> [选项]'],
    options: [
      { name: 'packs', value: '包,包…', meaning: '要运行的规则包（逗号分隔；common 总是运行）', default: '只运行 common', example: '--packs zj2017,most2022-online' },
      AS_OF,
      { name: 'standards', value: '文件', meaning: '费用标准和汇率表（工作表“费用标准”“汇率”），补充内置标准', default: '只用内置标准', example: '--standards 费用标准2024.xlsx' },
      { name: 'settings', value: '文件', meaning: '审核设置 JSON（规则包、参数、未交总结的单位）', default: '无', example: '--settings 设置.json' },
      JSON_OPT,
      { name: 'summary', meaning: '只打印每个文件一行的汇总（错误 / 警告 / 提示 个数），不打印明细', default: '否', example: 'peixun review 回收/ --summary' },
      {
        name: 'out',
        value: '路径',
        meaning: '写出标记副本（问题单元格着色并加批注，另加“审核结果”表；原文件不动）。一个文件时可为 .xlsx 文件名，多个文件时为文件夹',
        default: '不写',
        example: '--out 已审核/',
      },
      HELP,
    ],
    notes: ['退出码：0 无“错误”级问题；1 有“错误”级问题；2 用法错误或无法写出'],
  },
  {
    name: 'template',
    summary: '写出空白标准表样（需求表、需求汇总表、日程表、人员名单、费用标准、继续教育学时登记表）',
    usage: ['peixun template --kind 表样 --out 文件.xlsx'],
    options: [
      {
        name: 'kind',
        value: '表样',
        meaning: '表样：demand-form（需求表，001 附件2）、demand-list（需求汇总表）、schedule（日程表）、participants（人员名单）、standards（费用标准与汇率）、ce-register（继续教育学时登记表）',
        default: '必填',
        example: '--kind demand-form',
      },
      { name: 'out', value: '文件.xlsx', meaning: '要写出的文件', default: '必填', example: '--out 需求表.xlsx' },
      HELP,
    ],
  },
  {
    name: 'merge',
    summary: '合并回收的工作簿为省级汇总（省级汇总、单位汇总、导入记录三张表）',
    usage: ['peixun merge <文件或文件夹…> --out 汇总.xlsx [选项]'],
    options: [
      { name: 'out', value: '汇总.xlsx', meaning: '要写出的汇总工作簿（不能是输入文件）', default: '必填', example: '--out 2024汇总.xlsx' },
      { name: 'into', value: '已有汇总.xlsx', meaning: '在已有汇总上再合并：保留审核意见等人工填写的列，记录变更和撤回', default: '新建汇总', example: '--into 2024汇总.xlsx --out 2024汇总.xlsx' },
      { name: 'packs', value: '包,包…', meaning: '合并时对每个文件运行的规则包（common 总是运行）', default: '只运行 common', example: '--packs zj2017' },
      AS_OF,
      { name: 'jobs', value: 'N', meaning: '同时读取的文件数（0–64；0 = 不用后台线程）', default: '每 100 个文件一个，至多 CPU 个数', example: '--jobs 4' },
      JSON_OPT,
      HELP,
    ],
    notes: ['退出码：0 已合并；1 已合并但有文件读取失败；2 用法错误或无法写出'],
  },
  {
    name: 'export',
    summary: '把汇总中已同意的项目导出为需求表（每个项目一个 .xlsx，001 附件2 样式）',
    usage: ['peixun export --format most-demand-form --in 汇总.xlsx --out 文件夹'],
    options: [
      { name: 'format', value: '格式', meaning: '导出格式：most-demand-form（科技部 001 附件2 需求表）', default: 'most-demand-form', example: '--format most-demand-form' },
      { name: 'in', value: '汇总.xlsx', meaning: '合并生成的汇总（只读）', default: '必填（也可作为第一个参数）', example: '--in 2024汇总.xlsx' },
      { name: 'out', value: '文件夹', meaning: '写出需求表的文件夹（不存在时新建；不能是已有文件）', default: '必填', example: '--out 需求表/' },
      JSON_OPT,
      HELP,
    ],
  },
  {
    name: 'ce',
    summary: '统计继续教育学时（按人、按年度），或由已批准的出国培训计划生成学时登记表',
    usage: ['peixun ce <文件或文件夹…> [选项]', 'peixun ce --from-plans <汇总或回收的工作簿…> --out 继续教育学时.xlsx [选项]'],
    options: [
      { name: 'packs', value: '包,包…', meaning: '继续教育规则包：ce2007、cas', default: 'ce2007', example: '--packs ce2007,cas' },
      { name: 'year', value: 'YYYY', meaning: '只统计这一年度', default: '所有年度', example: '--year 2024' },
      JSON_OPT,
      { name: 'out', value: '文件.xlsx', meaning: '写出统计表（或 --from-plans 时的学时登记表）', default: '不写（--from-plans 时必填）', example: '--out 学时统计.xlsx' },
      { name: 'from-plans', meaning: '由汇总和回收文件中的人员名单生成学时登记表（批准在外天数 × 6 学时）', default: '否', example: 'peixun ce --from-plans 汇总.xlsx 回收/ --out 学时.xlsx' },
      { name: 'approved-only', meaning: '与 --from-plans 同用：没有汇总时，只取“是否同意”为是的项目', default: '否', example: '--approved-only' },
      { name: 'settings', value: '文件', meaning: '审核设置 JSON（参数，如 ce2007.capPublicHours）', default: '无', example: '--settings 设置.json' },
      { name: 'show-ids', meaning: '在终端显示完整身份证号（默认遮盖为 330102********1234）', default: '否', example: '--show-ids' },
      HELP,
    ],
    notes: ['退出码：0；1 有“错误”级问题；2 用法错误或无法写出'],
  },
];

export function commandDoc(name: string): CommandDoc | undefined {
  return COMMAND_DOCS.find((c) => c.name === name);
}

/** `peixun <command> --help`. */
export function commandHelp(doc: CommandDoc): string {
  const lines = [`peixun ${doc.name} — ${doc.summary}`, '', '用法：', ...doc.usage.map((u) => `  ${u}`), '', '选项：'];
  for (const o of doc.options) {
    lines.push(`  --${o.name}${o.value ? ` ${o.value}` : ''}`);
    lines.push(`      ${o.meaning}`);
    const extra = [o.default ? `默认：${o.default}` : '', o.example ? `例：${o.example}` : ''].filter(Boolean).join('；');
    if (extra) lines.push(`      ${extra}`);
  }
  if (doc.options.some((o) => o.name === 'packs')) lines.push('', '规则包：', ...PACKS_LINES);
  if (doc.notes?.length) lines.push('', ...doc.notes);
  return lines.join('\n') + '\n';
}

/** `peixun --help`. */
export function mainHelp(): string {
  const width = Math.max(...COMMAND_DOCS.map((c) => c.name.length));
  return [
    `出国培训审核助手 peixun ${version()}`,
    '',
    '命令：',
    ...COMMAND_DOCS.map((c) => `  peixun ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    '规则包：',
    ...PACKS_LINES,
    '',
    '每个命令的选项：peixun <命令> --help；版本：peixun --version',
    '退出码：0 无错误；1 有“错误”级别的问题；2 用法错误',
    '',
  ].join('\n');
}

/** The version in package.json (beside src/ and lib/). */
export function version(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

/** The candidate nearest to `word` (a prefix, or within a small edit distance), if any. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const prefix = candidates.filter((c) => c.startsWith(w) || w.startsWith(c));
  if (prefix.length === 1) return prefix[0];
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(w.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
