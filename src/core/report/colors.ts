/** What a severity looks like wherever a finding is shown: Excel's "bad" and "neutral" cell styles; info light blue. */
import type { Severity } from '../model/findings';

/** Fill and font colours (`RRGGBB`) of a marked cell and of the severity cell in 审核结果. */
export const MARK_COLORS: Readonly<Record<Severity, { fill: string; font: string }>> = {
  error: { fill: 'FFC7CE', font: '9C0006' },
  warning: { fill: 'FFEB9C', font: '9C5700' },
  info: { fill: 'DDEBF7', font: '1F4E78' },
};

/** Higher is more severe: a cell with several findings shows the most severe; 审核结果 lists errors first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** `#RRGGBB`, as Office.js takes colours. */
export function hashColor(c: string): string {
  return c.startsWith('#') ? c : `#${c}`;
}
