/**
 * What each feature of the Excel host needs, as one data list: the ExcelApi requirement set, the Office.js
 * members it calls with the set each came in (as Microsoft's reference says; test/hosts/excel/requirements.test.ts
 * checks them against the `[Api set: ExcelApi x]` remarks of @types/office-js, and that a feature requires
 * the highest of its members' sets), and what happens below.
 *
 * The version table of README.md and docs/EXCEL.md is generated from this list (`npm run docs:excel-table`,
 * scripts/excel-table.js) between marker comments, and a test fails when either file disagrees with it.
 * Run-time detection is capabilities.ts (`CAPABILITY_TABLE`); a test keeps its versions equal to these.
 */

/** An ExcelApi requirement set version, "1.x". */
export type ExcelApiVersion = `1.${number}`;

export interface ExcelRequirement {
  /** Stable id; the same key as capabilities.ts's FeatureKey where that detects it. */
  key: string;
  /** What the reviewer gets (Chinese). */
  feature: string;
  /** The lowest ExcelApi set with every member in `api`. */
  requires: ExcelApiVersion;
  /** The Office.js members used: `Class.member` of the Excel namespace, and the set that member came in. */
  api: readonly (readonly [member: string, set: ExcelApiVersion])[];
  /** What happens below `requires` (Chinese). */
  fallback: string;
  /** Whether findings (not only how they are shown) depend on it: sets the "complete review" version. */
  affectsFindings?: boolean;
}

/** The lowest set the add-in works with in Excel (below it: browser mode). */
export const MIN_EXCEL_API: ExcelApiVersion = '1.7';

export const EXCEL_REQUIREMENTS: readonly ExcelRequirement[] = [
  {
    key: 'settings',
    feature: '设置与标记记录保存在工作簿中',
    requires: '1.4',
    api: [
      ['Workbook.settings', '1.4'],
      ['SettingCollection.add', '1.4'],
      ['SettingCollection.getItemOrNullObject', '1.4'],
    ],
    fallback: '—（1.7 起均可用）',
  },
  {
    key: 'cellMarks',
    feature: '单元格底色标记（加载项自有的条件格式，不改动单元格本身格式）',
    requires: '1.6',
    api: [
      ['Range.conditionalFormats', '1.6'],
      ['ConditionalFormatCollection.add', '1.6'],
      ['ConditionalFormat.custom', '1.6'],
      ['ConditionalFormat.delete', '1.6'],
    ],
    fallback: '—（1.7 起均可用）',
  },
  {
    key: 'read',
    feature: '读取工作表：值、数字格式（日期识别）、错误值、隐藏工作表',
    requires: '1.7',
    api: [
      ['Workbook.name', '1.7'],
      ['Worksheet.visibility', '1.1'],
      ['Worksheet.getUsedRangeOrNullObject', '1.4'],
      ['Worksheet.getRangeByIndexes', '1.7'],
      ['Range.values', '1.1'],
      ['Range.numberFormat', '1.1'],
      ['Range.valueTypes', '1.1'],
    ],
    fallback: '低于 1.7 不能在 Excel 内审核，请使用浏览器模式',
    affectsFindings: true,
  },
  {
    key: 'resultSheet',
    feature: '“审核结果”工作表：链接到单元格，冻结表头',
    requires: '1.7',
    api: [
      ['WorksheetCollection.add', '1.1'],
      ['Range.hyperlink', '1.7'],
      ['WorksheetFreezePanes.freezeRows', '1.7'],
    ],
    fallback: '—（1.7 起均可用）',
  },
  {
    key: 'sheetChangeEvents',
    feature: '实时检查（已有工作表的更改事件）',
    requires: '1.7',
    api: [['Worksheet.onChanged', '1.7']],
    fallback: '不能实时检查',
  },
  {
    key: 'writeSheets',
    feature: '合并汇总写入工作簿（省级汇总、单位汇总与原生柱形图）',
    requires: '1.7',
    api: [
      ['Worksheet.getRangeByIndexes', '1.7'],
      ['Range.merge', '1.2'],
      ['WorksheetFreezePanes.freezeRows', '1.7'],
      ['ChartCollection.add', '1.1'],
      ['Chart.setPosition', '1.1'],
    ],
    fallback: '—（1.7 起均可用）',
  },
  {
    key: 'dataValidation',
    feature: '模板中的下拉列表（数据验证）',
    requires: '1.8',
    api: [
      ['Range.dataValidation', '1.8'],
      ['DataValidation.rule', '1.8'],
    ],
    fallback: '插入的模板没有下拉列表',
  },
  {
    key: 'chartSecondaryAxis',
    feature: '单位汇总图表：人数为折线，用次坐标轴（与万元分开刻度）',
    requires: '1.8',
    api: [
      ['ChartSeriesCollection.getItemAt', '1.1'],
      ['ChartSeries.chartType', '1.7'],
      ['ChartSeries.axisGroup', '1.8'],
    ],
    fallback: '预算与人数共用一个坐标轴（都是柱形）',
  },
  {
    key: 'multiAreaMarks',
    feature: '每个工作表、每种严重程度、每个地址块（不超过 8 000 字符）只用一条条件格式（多区域）',
    requires: '1.9',
    api: [
      ['Worksheet.getRanges', '1.9'],
      ['RangeAreas.conditionalFormats', '1.9'],
    ],
    fallback: '每个连续单元格块各加一条条件格式（请求更多，同步次数不变）',
  },
  {
    key: 'printSetup',
    feature: '写入的工作表带打印设置（横向/纵向、A4、缩放为一页宽、重复标题行）',
    requires: '1.9',
    api: [
      ['Worksheet.pageLayout', '1.9'],
      ['PageLayout.orientation', '1.9'],
      ['PageLayout.paperSize', '1.9'],
      ['PageLayout.zoom', '1.9'],
      ['PageLayout.centerHorizontally', '1.9'],
      ['PageLayout.setPrintTitleRows', '1.9'],
    ],
    fallback: '按 Excel 默认设置打印',
  },
  {
    key: 'workbookChangeEvents',
    feature: '实时检查覆盖之后新增的工作表',
    requires: '1.9',
    api: [['WorksheetCollection.onChanged', '1.9']],
    fallback: '只监听开启实时检查时已有的工作表',
  },
  {
    key: 'comments',
    feature: '单元格批注，写明规则编号、说明和条款',
    requires: '1.10',
    api: [
      ['Workbook.comments', '1.10'],
      ['CommentCollection.add', '1.10'],
      ['Comment.getLocation', '1.10'],
      ['Comment.delete', '1.10'],
    ],
    fallback: '没有批注：问题只列在“审核结果”工作表中（单元格仍有底色标记）',
  },
  {
    key: 'templateNotes',
    feature: '插入的模板带填写说明（批注；1.18 起为备注）',
    requires: '1.10',
    api: [
      ['Workbook.comments', '1.10'],
      ['CommentCollection.add', '1.10'],
    ],
    fallback: '填写说明不插入，列在插入后的提示中',
  },
  {
    key: 'mergedAreas',
    feature: '读取合并单元格（日程表中合并的日期）',
    requires: '1.13',
    api: [['Range.getMergedAreasOrNullObject', '1.13']],
    fallback: '按没有合并单元格读取：合并的日期单元格只在首行有值，日程按行计数可能不准',
    affectsFindings: true,
  },
  {
    key: 'notes',
    feature: '用“备注”（notes）代替批注，不形成讨论串',
    requires: '1.18',
    api: [
      ['Worksheet.notes', '1.18'],
      ['NoteCollection.add', '1.18'],
      ['Note.delete', '1.18'],
    ],
    fallback: '使用批注（1.10 起）',
  },
];

/** Which Office sells which set (Microsoft's "Excel JavaScript API requirement sets", volume-licensed Windows). */
export const OFFICE_RELEASES: readonly { name: string; upTo: ExcelApiVersion }[] = [
  { name: 'Office 2019', upTo: '1.7' },
  { name: 'Office 2021', upTo: '1.14' },
  { name: 'Office 2024', upTo: '1.17' },
];

/** Microsoft's reference pages the list is checked against (docs/EXCEL.md cites them). */
export const REQUIREMENT_SET_DOCS = 'https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets';
export const requirementSetDoc = (v: ExcelApiVersion): string =>
  `https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-${v.replace('.', '-')}-requirement-set`;
export const classDoc = (member: string): string =>
  `https://learn.microsoft.com/javascript/api/excel/excel.${member.split('.')[0].toLowerCase()}`;

/** Compares two "1.x" versions numerically (1.10 after 1.9). */
export function compareVersions(a: string, b: string): number {
  const [a0, a1] = a.split('.').map(Number);
  const [b0, b1] = b.split('.').map(Number);
  return a0 - b0 || a1 - b1;
}

const maxVersion = (vs: readonly ExcelApiVersion[]): ExcelApiVersion => [...vs].sort(compareVersions)[vs.length - 1];

/** The set from which findings are complete, and the one from which everything works. */
export function milestones(list: readonly ExcelRequirement[] = EXCEL_REQUIREMENTS): { complete: ExcelApiVersion; all: ExcelApiVersion } {
  return {
    complete: maxVersion(list.filter((r) => r.affectsFindings).map((r) => r.requires)),
    all: maxVersion(list.map((r) => r.requires)),
  };
}

/** The columns: every set at which something changes, from the minimum up. */
function levels(list: readonly ExcelRequirement[]): ExcelApiVersion[] {
  const set = new Set<ExcelApiVersion>([MIN_EXCEL_API]);
  for (const r of list) if (compareVersions(r.requires, MIN_EXCEL_API) > 0) set.add(r.requires);
  return [...set].sort(compareVersions);
}

/** The column label's product: the perpetual release that stops at `v`, or Microsoft 365 above them all. */
const releaseAt = (v: ExcelApiVersion): string | undefined =>
  OFFICE_RELEASES.find((o) => o.upTo === v)?.name ??
  (OFFICE_RELEASES.every((o) => compareVersions(v, o.upTo) > 0) ? 'Microsoft 365' : undefined);

/** The version section of README.md and docs/EXCEL.md: summary, table, which Office has which set. */
export function requirementsMarkdown(list: readonly ExcelRequirement[] = EXCEL_REQUIREMENTS): string {
  const cols = levels(list);
  const { complete, all } = milestones(list);
  const rows = [...list].sort((x, y) => compareVersions(x.requires, y.requires));
  const head = cols.map((v) => (releaseAt(v) ? `${v}（${releaseAt(v)}）` : v));
  const lines = [
    `Requirement sets are detected at run time; what a version lacks falls back with a notice instead of failing. ` +
      `Review results are complete from **ExcelApi ${complete}** (below it merged schedule dates are not read); ` +
      `every feature from ExcelApi ${all}; ${releaseAt(MIN_EXCEL_API)} (ExcelApi ${MIN_EXCEL_API}) still reviews.`,
    '',
    `| 功能 | 需要 ExcelApi | ${head.join(' | ')} | 低版本时 |`,
    `|---|---|${cols.map(() => '---').join('|')}|---|`,
    ...rows.map(
      (r) =>
        `| ${r.feature} | ${r.requires} | ${cols.map((v) => (compareVersions(v, r.requires) >= 0 ? '✓' : '—')).join(' | ')} | ${r.fallback} |`,
    ),
    '',
    `${OFFICE_RELEASES.map((o) => `${o.name}（批量许可版）支持到 ExcelApi ${o.upTo}`).join('，')}；` +
      `Microsoft 365、Excel 网页版和 Mac 版随更新支持最新版本。`,
  ];
  return lines.join('\n');
}

/** The sources list of docs/EXCEL.md: every member used, grouped by the set it came in, with its class's reference page. */
export function requirementSourcesMarkdown(list: readonly ExcelRequirement[] = EXCEL_REQUIREMENTS): string {
  const bySet = new Map<ExcelApiVersion, Set<string>>();
  for (const r of list) for (const [member, set] of r.api) bySet.set(set, (bySet.get(set) ?? new Set()).add(member));
  const lines = [`Each member's set as Microsoft's reference gives it ([requirement sets](${REQUIREMENT_SET_DOCS})):`, ''];
  for (const v of [...bySet.keys()].sort(compareVersions)) {
    const members = [...bySet.get(v)!].sort();
    const classes = [...new Set(members.map((m) => m.split('.')[0]))];
    lines.push(
      `- [ExcelApi ${v}](${requirementSetDoc(v)}): ${members.map((m) => `\`${m}\``).join(', ')} (${classes.map((c) => `[${c}](${classDoc(c)})`).join(', ')})`,
    );
  }
  return lines.join('\n');
}
