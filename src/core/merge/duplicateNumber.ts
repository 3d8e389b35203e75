/**
 * C-DUPLICATE-NUMBER (warning): the same 项目编号 on 有效 rows of two different units in one
 * summary. A number is issued to one unit's project, so one of them copied it or mistyped it;
 * the rows stay (the reviewer decides) and the later one says so in 合并检查.
 * Numbers compare as normKey does (spaces and case ignored); a blank number is never a duplicate,
 * nor is the same number twice from the same unit (that is a re-merge, or C-DUPLICATE's concern).
 */
import type { Finding } from '../model/findings';
import { COL, STATUS_COLUMN, STATUS_WITHDRAWN } from './columns';
import { baseName, normKey, projectLabel, unitKeyOf } from './keys';
import type { LogEntry, OutValue } from './types';

export const DUPLICATE_NUMBER = 'C-DUPLICATE-NUMBER';

type Row = Record<string, OutValue>;

export function duplicateNumberMessage(number: string, firstUnit: string, firstFile: string, firstSheet: string, firstRow: OutValue): string {
  return `${DUPLICATE_NUMBER} 项目编号“${number}”与“${firstUnit}”（${baseName(firstFile)}${firstSheet}第${firstRow ?? '?'}行）的项目相同，请核对编号`;
}

/**
 * Marks the later of two rows of different units that share a 项目编号 (合并检查 column, log,
 * finding). `cellOf` gives the finding's cell for a row (its theme cell, as C-DUPLICATE).
 */
export function checkDuplicateNumbers(
  rows: Row[],
  importedAt: string,
  cellOf: (row: Row) => string,
  entry: (kind: LogEntry['kind'], importedAt: string, file: string, sheet: string, row: number | null, project: string, field: string, oldValue: OutValue, newValue: OutValue, note: string) => LogEntry,
): { log: LogEntry[]; findings: Finding[] } {
  const log: LogEntry[] = [];
  const findings: Finding[] = [];
  const firstOf = new Map<string, Row>();
  for (const row of rows) {
    if (String(row[STATUS_COLUMN] ?? '').trim() === STATUS_WITHDRAWN) continue;
    const id = normKey(row[COL.projectId]);
    if (!id) continue;
    const first = firstOf.get(id);
    if (!first) {
      firstOf.set(id, row);
      continue;
    }
    if (unitKeyOf(first[COL.unit], first[COL.file]) === unitKeyOf(row[COL.unit], row[COL.file])) continue;
    const number = String(row[COL.projectId] ?? '').trim();
    const message = duplicateNumberMessage(number, String(first[COL.unit] ?? ''), String(first[COL.file] ?? ''), String(first[COL.sheet] ?? ''), first[COL.row] ?? null);
    const prev = row[COL.mergeChecks];
    row[COL.mergeChecks] = prev ? `${prev}；${message}` : message;
    const label = projectLabel(row[COL.unit], row[COL.theme]);
    const rowNum = typeof row[COL.row] === 'number' ? (row[COL.row] as number) : null;
    log.push(entry('编号重复', importedAt, String(row[COL.file] ?? ''), String(row[COL.sheet] ?? ''), rowNum, label, DUPLICATE_NUMBER, null, null, message));
    findings.push({
      ruleId: DUPLICATE_NUMBER,
      severity: 'warning',
      file: String(row[COL.file] ?? ''),
      sheet: String(row[COL.sheet] ?? ''),
      cell: cellOf(row),
      message: `项目“${label}”${message.replace(`${DUPLICATE_NUMBER} `, '')}`,
      data: { projectId: number },
    });
  }
  return { log, findings };
}
