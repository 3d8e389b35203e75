/** The 审核设置 sheet: 参数 | 值 rows, parameters the workbook overrides. */
import { normaliseLabel, SETTINGS_LABELS } from '../values/labels';
import type { SheetView } from './view';

export const SETTINGS_SHEET_NAME = '审核设置';

export function isSettingsSheet(name: string): boolean {
  return normaliseLabel(name).key === SETTINGS_SHEET_NAME;
}

const KEY_LABELS = new Set(SETTINGS_LABELS.key);
const VALUE_LABELS = new Set(SETTINGS_LABELS.value);

/** Key → value text; the first column holding text is the key, the next non-blank cell its value. */
export function parseSettings(v: SheetView): Record<string, string> {
  // keys are the sheet's text: no prototype, so `__proto__` or `constructor` is just a key
  const out: Record<string, string> = Object.create(null);
  for (let r = 0; r < v.rows; r++) {
    const texts = v.rowTexts(r);
    if (texts.length < 2) continue;
    const [k, val] = texts;
    if (KEY_LABELS.has(normaliseLabel(k.text).key) && VALUE_LABELS.has(normaliseLabel(val.text).key)) continue;
    if (!(k.text in out)) out[k.text] = val.text;
  }
  return out;
}
