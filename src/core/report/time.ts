/**
 * Times in the workbooks we write are China's (Asia/Shanghai, UTC+8 all year since 1991) and are
 * date-time cells, not text: an import time recorded as a UTC ISO string becomes the serial of the
 * same instant in Beijing time.
 */
import type { OutCell, OutValue } from './sheet';

export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 86400000;
/** Serial of 1970-01-01 in Excel's 1900 system. */
const EPOCH_SERIAL = 25569;

/** Excel serial (1900 system) of an instant, as a clock in Shanghai shows it. */
export function shanghaiSerial(ms: number): number {
  return (ms + SHANGHAI_OFFSET_MS) / DAY_MS + EPOCH_SERIAL;
}

/** Serial → `YYYY-MM-DD HH:MM:SS` as the cell shows it (the clock time the serial stands for). */
export function serialToDateTime(serial: number): string {
  const ms = Math.round((serial - EPOCH_SERIAL) * DAY_MS / 1000) * 1000;
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** One style object for every plain date-time cell (the writer keeps a cache entry per style object). */
const NO_STYLE: NonNullable<OutCell['style']> = Object.freeze({});
const DATETIME_STYLE: NonNullable<OutCell['style']> = Object.freeze({ numFmt: DATETIME_FORMAT });

const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A time value as a date-time cell: an ISO instant with a zone (our own `new Date().toISOString()`)
 * is shown in Beijing time; a zoneless `YYYY-MM-DD HH:MM[:SS]` (read back from an earlier summary)
 * is already Beijing time; a serial stays; anything else is left as it was.
 */
export function dateTimeCell(v: OutValue | undefined, style: OutCell['style'] = NO_STYLE): OutCell {
  const fmt = style === NO_STYLE ? DATETIME_STYLE : { ...style, numFmt: DATETIME_FORMAT };
  if (typeof v === 'number' && Number.isFinite(v)) return { value: v, isDate: true, style: fmt };
  if (typeof v !== 'string') return { value: v ?? null, style };
  const serial = textSerial(v);
  return serial === null ? { value: v, style } : { value: serial, isDate: true, style: fmt };
}

// The text last turned into a serial, and its serial: a merge's rows and log lines share one import time
// (≈ 5 000 cells of the 1 000-unit summary parsed once, not once each).
let lastText: string | undefined;
let lastSerial: number | null = null;

/** The serial of a date-time text (as dateTimeCell reads it), or null when it is not one. */
function textSerial(v: string): number | null {
  if (v === lastText) return lastSerial;
  let serial: number | null = null;
  const t = v.trim();
  const ms = ZONED.test(t) ? Date.parse(t) : NaN;
  if (Number.isFinite(ms)) serial = shanghaiSerial(ms);
  else {
    const m = LOCAL.exec(t);
    const local = m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], m[6] ? +m[6] : 0) : NaN;
    if (Number.isFinite(local)) serial = local / DAY_MS + EPOCH_SERIAL;
  }
  lastText = v;
  lastSerial = serial;
  return serial;
}
