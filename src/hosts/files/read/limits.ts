/**
 * The one set of limits every file is read and reviewed under (docs/LIMITS.md). Generous for real
 * plans — a 200 000-row list is about 4 million cells and 60 MB of sheet XML — and far below what
 * takes a process down (V8 cannot hold a string past 2^29 characters, nor a buffer past 2 GiB).
 * A file past any of them is C-UNREADABLE naming the limit; the batch goes on.
 */
import { FormatError } from './errors';

export const LIMITS = {
  /** Bytes one zip part may inflate to (its stated size is checked before inflating). */
  partBytes: 256 * 1024 * 1024,
  /** Bytes all parts of one package may inflate to together (a ratio bomb: many parts). */
  totalBytes: 512 * 1024 * 1024,
  /** Bytes of a file at all (a .xls, .csv or .xlsx on disk). */
  fileBytes: 256 * 1024 * 1024,
  /** Cells holding something, over all sheets of a workbook. */
  cells: 16 * 1024 * 1024,
  /** Merged areas over all sheets (each costs a little whatever the area it claims). */
  merges: 1024 * 1024,
  /** Characters of one cell's text. */
  textLength: 32 * 1024 * 1024,
  /** Wall time for reading and reviewing one file, in milliseconds (enforced where a worker runs it). */
  fileMs: 180_000,
  /** Old-generation heap of the thread that reads and reviews one file (MiB). */
  heapMb: 1024,
} as const;

export type LimitName = keyof typeof LIMITS;

const MIB = 1024 * 1024;

/** The limit in words, as the C-UNREADABLE message names it. */
export function limitText(name: LimitName): string {
  const v = LIMITS[name];
  switch (name) {
    case 'partBytes':
      return `单个部件解压后不超过 ${v / MIB} MB`;
    case 'totalBytes':
      return `解压后合计不超过 ${v / MIB} MB`;
    case 'fileBytes':
      return `文件不超过 ${v / MIB} MB`;
    case 'cells':
      return `有内容的单元格不超过 ${v.toLocaleString('en-US')} 个`;
    case 'merges':
      return `合并区域不超过 ${v.toLocaleString('en-US')} 个`;
    case 'textLength':
      return `单元格文字不超过 ${v.toLocaleString('en-US')} 个字符`;
    case 'fileMs':
      return `读取和审核不超过 ${v / 1000} 秒`;
    case 'heapMb':
      return `读取和审核所用内存不超过 ${v} MB`;
  }
}

/** The reason shown in C-UNREADABLE for a file past a limit. */
export function overLimitReason(name: LimitName, what?: string): string {
  return `文件超出读取限制（${limitText(name)}${what ? `；${what}` : ''}），可能已损坏或是恶意构造的文件；请打开检查后另存为 .xlsx 再提交`;
}

export function overLimit(name: LimitName, what?: string): FormatError {
  return new FormatError('too-large', overLimitReason(name, what));
}

/** Counts cells and merges of one workbook as a reader adds them; throws past a limit. */
export class Budget {
  cells = 0;
  merges = 0;
  /** LIMITS.cells and LIMITS.merges unless given (tests check the boundary with small ones). */
  constructor(
    readonly maxCells: number = LIMITS.cells,
    readonly maxMerges: number = LIMITS.merges,
  ) {}
  addCells(n: number): void {
    this.cells += n;
    if (this.cells > this.maxCells) throw overLimit('cells');
  }
  addMerges(n: number): void {
    this.merges += n;
    if (this.merges > this.maxMerges) throw overLimit('merges');
  }
}

/** Why a file's worker was lost, as C-UNREADABLE says it. */
export function lostReason(why: 'time' | 'memory' | 'crash', detail: string): string {
  if (why === 'time') return overLimitReason('fileMs');
  if (why === 'memory') return overLimitReason('heapMb');
  return `读取时程序出错（${detail.slice(0, 80)}），文件可能已损坏；请打开检查后另存为 .xlsx 再提交`;
}
