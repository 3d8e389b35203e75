/** Picks the pane's language: Chinese unless the host's display language (src/app/hosts.ts) is English. */
import { en } from './en';
import { zh, type Strings } from './zh';

export type { Strings };
export { zh, en };

export function pickStrings(language: string | undefined | null): Strings {
  return language && /^en\b/i.test(language) ? en : zh;
}

/** The strings as shown inside a host that is not Excel: WPS 表格 names itself where the pane names the host. */
export function forHost(t: Strings, host: string): Strings {
  if (host !== 'wps') return t;
  return { ...t, liveUnavailable: t.wps.liveUnavailable, excelRefused: t.wps.excelRefused, merge: { ...t.merge, exportZipHint: t.wps.exportZipHint } };
}
