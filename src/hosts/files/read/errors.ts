/** Why a file could not be read. The reason is Chinese (shown to users in C-UNREADABLE). */

export type ReadErrorKind =
  /** 0 bytes. */
  | 'empty'
  /** Some other kind of file (a Word document, a PDF, text renamed .xlsx, …). */
  | 'not-workbook'
  /** A zip or OLE container that cannot be opened or a part that cannot be decompressed/parsed. */
  | 'corrupt'
  /** Encrypted with an opening password. */
  | 'encrypted'
  /** A package without its workbook part (or a sheet part it names). */
  | 'missing-part'
  /** A spreadsheet format this reader does not take (.xlsb, …). */
  | 'unsupported'
  /** The file could not be opened (missing, a folder, no permission). */
  | 'io'
  /** Past one of the reading limits (limits.ts), or its reader ran out of memory or time. */
  | 'too-large';

export class ReadError extends Error {
  /** The file name or path as given. */
  readonly file: string;
  /** Why, in Chinese, without the file name (e.g. `文件是空的（0 字节）`). */
  readonly reason: string;
  readonly kind: ReadErrorKind;

  constructor(file: string, kind: ReadErrorKind, reason: string) {
    super(`无法读取“${file}”：${reason}`);
    this.name = 'ReadError';
    this.file = file;
    this.kind = kind;
    this.reason = reason;
  }
}

/** Raised inside the format readers (which do not know the file name); index.ts adds the name. */
export class FormatError extends Error {
  constructor(
    readonly kind: ReadErrorKind,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'FormatError';
  }
}

export const REASONS = {
  empty: '文件是空的（0 字节）',
  corruptZip: '文件已损坏：压缩包无法解开（可能下载或复制不完整）',
  corruptPart: (part: string) => `文件已损坏：部件“${part}”无法解压或解析`,
  sizeLie: (part: string) => `文件已损坏：部件“${part}”解压后的大小与压缩包记录的不符（内容可能被截断或篡改）`,
  duplicateEntry: (part: string) => `文件已损坏：压缩包中有两个同名部件“${part}”，无法确定以哪个为准`,
  encrypted: '工作簿设有打开密码（已加密），无法读取；请在 Excel 中取消密码后重新保存再提交',
  encryptedOds: 'OpenDocument 表格（.ods）设有打开密码（已加密），无法读取；请在 LibreOffice/WPS 中取消密码后另存为 .xlsx 再提交',
  missingWorkbook: '压缩包中没有 Excel 工作簿部件（xl/workbook.xml），不是 .xlsx 工作簿',
  missingPart: (part: string) => `工作簿缺少部件“${part}”（文件不完整或已损坏）`,
  word: '这是 Word 文档，不是 Excel 工作簿',
  powerpoint: '这是 PowerPoint 演示文稿，不是 Excel 工作簿',
  pdf: '这是 PDF 文件，不是 Excel 工作簿',
  image: '这是图片文件，不是 Excel 工作簿',
  archive: '这是压缩包（rar/7z/gz），不是 Excel 工作簿；请解压后提交其中的工作簿',
  xlsb: '不支持 Excel 二进制工作簿（.xlsb）；请在 Excel 中另存为 .xlsx',
  text: '文件内容是文本，不是 Excel 工作簿（若是 CSV 文本，请使用 .csv 扩展名）',
  unknown: '文件内容不是 Excel 工作簿（.xlsx/.xls），也不是 CSV 文本',
  ole: 'Office 旧格式文件中没有工作簿（不是 .xls 工作簿）',
  noSheets: '工作簿中没有任何工作表（文件不完整或已损坏）',
  csvBinary: '文件扩展名为 .csv，但内容不是文本',
} as const;
