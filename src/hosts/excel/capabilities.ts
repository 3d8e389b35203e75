/**
 * What the add-in can do on which Excel version, as data: the host detects requirement sets at run
 * time (`Office.context.requirements.isSetSupported('ExcelApi', '1.x')`) and falls back instead of
 * failing. The docs' version table comes from requirements.ts (one list of features and the set each needs);
 * test/hosts/excel/requirements.test.ts keeps CAPABILITY_TABLE's versions equal to it.
 */
import type { HostCapabilities } from '../host';

/** ExcelApi versions that change what the add-in does. 1.7 = Office 2019; 1.13 = complete review (merged dates). */
export const API_LEVELS = ['1.7', '1.8', '1.9', '1.10', '1.13', '1.18'] as const;
export type ApiLevel = (typeof API_LEVELS)[number];

export type FeatureKey =
  | 'read'
  | 'mergedAreas'
  | 'cellMarks'
  | 'multiAreaMarks'
  | 'comments'
  | 'notes'
  | 'resultSheet'
  | 'settings'
  | 'dataValidation'
  | 'sheetChangeEvents'
  | 'workbookChangeEvents'
  | 'printSetup';

export interface CapabilityRow {
  key: FeatureKey;
  /** What the reviewer gets (Chinese). */
  feature: string;
  /** The ExcelApi requirement set it needs. */
  requires: ApiLevel | '1.4' | '1.6';
  /** The Office.js members it relies on. */
  api: string;
  /** What happens below that version (Chinese). */
  fallback: string;
}

export const CAPABILITY_TABLE: readonly CapabilityRow[] = [
  {
    key: 'read',
    feature: '读取工作表：值、数字格式（日期识别）、错误值、隐藏工作表',
    requires: '1.7',
    api: 'worksheet.getUsedRangeOrNullObject, worksheet.getRangeByIndexes, range.values/numberFormat/valueTypes, workbook.name',
    fallback: '低于 1.7 不能在 Excel 内审核，请使用浏览器模式',
  },
  {
    key: 'settings',
    feature: '设置与标记记录保存在工作簿中',
    requires: '1.4',
    api: 'workbook.settings',
    fallback: '—（1.7 起均可用）',
  },
  {
    key: 'cellMarks',
    feature: '单元格标记（加载项自有的条件格式，不改动单元格本身格式）',
    requires: '1.6',
    api: 'range.conditionalFormats.add(Custom)',
    fallback: '—（1.7 起均可用）',
  },
  {
    key: 'resultSheet',
    feature: '“审核结果”工作表，单元格超链接',
    requires: '1.7',
    api: 'worksheets.add, range.hyperlink {documentReference}',
    fallback: '—（1.7 起均可用）',
  },
  {
    key: 'sheetChangeEvents',
    feature: '实时检查（单个工作表的更改事件）',
    requires: '1.7',
    api: 'worksheet.onChanged',
    fallback: '不能实时检查',
  },
  {
    key: 'dataValidation',
    feature: '模板中的下拉列表（数据验证）',
    requires: '1.8',
    api: 'range.dataValidation.rule',
    fallback: '插入的模板没有下拉列表',
  },
  {
    key: 'multiAreaMarks',
    feature: '每个工作表每种严重程度只用一条条件格式（多区域）',
    requires: '1.9',
    api: 'worksheet.getRanges("A1,B3,…"), rangeAreas.conditionalFormats',
    fallback: '每个连续单元格块各加一条条件格式（请求更多，同步次数不变）',
  },
  {
    key: 'printSetup',
    feature: '写入的工作表带打印设置（横向/纵向、A4、缩放为一页宽、重复标题行）',
    requires: '1.9',
    api: 'worksheet.pageLayout (orientation, paperSize, zoom, setPrintTitleRows)',
    fallback: '按 Excel 默认设置打印',
  },
  {
    key: 'workbookChangeEvents',
    feature: '实时检查覆盖之后新增的工作表',
    requires: '1.9',
    api: 'workbook.worksheets.onChanged',
    fallback: '只监听开启实时检查时已有的工作表',
  },
  {
    key: 'comments',
    feature: '单元格批注，写明规则编号、说明和条款',
    requires: '1.10',
    api: 'workbook.comments.add, comment.getLocation',
    fallback: '没有批注：问题只列在“审核结果”工作表中（单元格仍有底色标记）',
  },
  {
    key: 'mergedAreas',
    feature: '读取合并单元格（日程表中合并的日期）',
    requires: '1.13',
    api: 'range.getMergedAreasOrNullObject',
    fallback: '按没有合并单元格读取：合并的日期单元格只在首行有值，日程按行计数可能不准',
  },
  {
    key: 'notes',
    feature: '用“备注”（notes）代替批注，不形成讨论串',
    requires: '1.18',
    api: 'worksheet.notes.add',
    fallback: '使用批注（1.10 起）',
  },
];

export type FeatureSet = Record<FeatureKey, boolean>;

export interface DetectedCapabilities {
  features: FeatureSet;
  /** The highest level of API_LEVELS supported, or null below 1.7. */
  level: ApiLevel | null;
  host: HostCapabilities;
}

export type IsSetSupported = (name: string, version: string) => boolean;

/** Detects features from requirement sets; `isSetSupported` is Office.context.requirements.isSetSupported. */
export function detectCapabilities(isSetSupported: IsSetSupported): DetectedCapabilities {
  const has = (v: string) => {
    try {
      return isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  const features = {} as FeatureSet;
  for (const row of CAPABILITY_TABLE) features[row.key] = has(row.requires);
  // Everything depends on the 1.7 reader: below it the add-in does nothing in Excel.
  if (!features.read) for (const k of Object.keys(features) as FeatureKey[]) features[k] = false;
  let level: ApiLevel | null = null;
  for (const l of API_LEVELS) if (has(l)) level = l;
  if (!features.read) level = null;

  const notice: string[] = [];
  if (!features.read) {
    notice.push('此 Excel 版本低于 ExcelApi 1.7（Office 2019），无法在表格内审核；请使用浏览器模式打开 .xlsx 文件审核。');
  } else {
    for (const row of CAPABILITY_TABLE) {
      if (features[row.key] || row.key === 'notes') continue;
      if (row.key === 'workbookChangeEvents' && !features.sheetChangeEvents) continue;
      notice.push(`${row.feature}：需要 ExcelApi ${row.requires}，${row.fallback}。`);
    }
    if (notice.length) notice.unshift(`当前 Excel 支持到 ExcelApi ${level}，部分功能降级：`);
  }
  return {
    features,
    level,
    host: {
      cellMarks: features.cellMarks,
      cellNotes: features.comments || features.notes,
      dataValidation: features.dataValidation,
      charts: features.read,
      changeEvents: features.sheetChangeEvents,
      notice: notice.join('\n'),
    },
  };
}
