/** The 审核设置 sheet: 参数 | 值 rows, parameters the workbook overrides (and years of the holiday calendar). */
import { a1 } from '../grid';
import { calendarSettingError, isCalendarKey } from '../calendar';
import type { ReadProblem } from '../model/records';
import { normaliseLabel, SETTINGS_LABELS } from '../values/labels';
import type { SheetView } from './view';

export const SETTINGS_SHEET_NAME = '审核设置';

export function isSettingsSheet(name: string): boolean {
  return normaliseLabel(name).key === SETTINGS_SHEET_NAME;
}

const KEY_LABELS = new Set(SETTINGS_LABELS.key);
const VALUE_LABELS = new Set(SETTINGS_LABELS.value);

/**
 * Key → value text; the first column holding text is the key, the next non-blank cell its value
 * (its A1 address into `cells` when given).
 * A malformed `calendar.…` row is left out and, when `problems` is given, reported at its value cell.
 */
export function parseSettings(v: SheetView, problems?: ReadProblem[], cells?: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = Object.create(null); // keys are user text
  for (let r = 0; r < v.rows; r++) {
    const texts = v.rowTexts(r);
    if (texts.length < 2) continue;
    const [k, val] = texts;
    if (KEY_LABELS.has(normaliseLabel(k.text).key) && VALUE_LABELS.has(normaliseLabel(val.text).key)) continue;
    if (isCalendarKey(k.text)) {
      const err = calendarSettingError(k.text, val.text);
      if (err) {
        problems?.push({ sheet: v.name, cell: a1(r, val.col), message: `审核设置有误，该行未使用：${err}` });
        continue;
      }
    }
    if (!(k.text in out)) {
      out[k.text] = val.text;
      if (cells) cells[k.text] = a1(r, val.col);
    }
  }
  return out;
}
