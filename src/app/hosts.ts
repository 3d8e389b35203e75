/**
 * Where hosts are chosen — the one place that knows every host. Adding a host means a folder under
 * src/hosts/ exporting a HostEntry (see src/hosts/host.ts) and a line in HOSTS below.
 */
import type { HostEntry, HostError, PageServices, WorkbookHost } from '../hosts/host';
import { excelEntry } from '../hosts/excel/entry';
import { wpsEntry } from '../hosts/wps/entry';
import { browserEntry } from '../hosts/browser/entry';
import { saveAsDownload } from './download';

/** Applications that can host the pane, tried in order; the first whose detect() says yes is used. */
export const HOSTS: readonly HostEntry[] = [wpsEntry, excelEntry];
/** The pane outside any application: files opened in the page. */
export const FALLBACK: HostEntry = browserEntry;
/** The host whose ribbon calls src/ribbon's function commands. */
export const RIBBON: HostEntry = excelEntry;

/** What the page offers every host. */
export const PAGE: PageServices = { save: saveAsDownload };

export async function chooseHost(hosts: readonly HostEntry[] = HOSTS, fallback: HostEntry = FALLBACK): Promise<HostEntry> {
  for (const h of hosts) if (await h.detect()) return h;
  return fallback;
}

/** The host application's display language, else the page's (the browser's), else Chinese. */
export function displayLanguage(entry: HostEntry): string {
  return entry.displayLanguage() ?? (typeof navigator !== 'undefined' ? navigator.language : null) ?? 'zh-CN';
}

/** The host the ribbon commands act on. */
export function ribbonHost(): WorkbookHost {
  return RIBBON.create(PAGE);
}

/** An error of any application's own API (e.g. Office's), null for anything else. */
export function recogniseHostError(e: unknown): HostError | null {
  for (const h of HOSTS) {
    const r = h.recogniseError?.(e);
    if (r) return r;
  }
  return null;
}
