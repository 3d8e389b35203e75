/** Picks the task pane's language: Chinese unless the Office display language (or, in browser mode, the browser's) is English. */
import { en } from './en';
import { zh, type Strings } from './zh';

export type { Strings };
export { zh, en };

export function pickStrings(language: string | undefined | null): Strings {
  return language && /^en\b/i.test(language) ? en : zh;
}

/** Office.context.displayLanguage inside Office, navigator.language outside. */
export function displayLanguage(): string {
  try {
    if (typeof Office !== 'undefined' && Office.context && Office.context.displayLanguage) return Office.context.displayLanguage;
  } catch {
    // Office.context is not ready outside a host.
  }
  return typeof navigator !== 'undefined' ? navigator.language : 'zh-CN';
}

/** The strings as shown inside a host that is not Excel: WPS 表格 names itself where the pane names the host. */
export function forHost(t: Strings, host: 'excel' | 'browser' | 'wps'): Strings {
  if (host !== 'wps') return t;
  return { ...t, liveUnavailable: t.wps.liveUnavailable, excelRefused: t.wps.excelRefused, merge: { ...t.merge, exportZipHint: t.wps.exportZipHint } };
}
