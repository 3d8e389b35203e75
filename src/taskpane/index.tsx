/**
 * Task pane entry. Inside Excel (Office.onReady reports the Excel host) it uses the Excel host; in an
 * ordinary browser (office.js absent, or present but no Office host) it switches to browser mode.
 */
import { createRoot } from 'react-dom/client';
import type { WorkbookHost } from '../hosts/host';
import { createBrowserHost } from '../hosts/browser';
import { createExcelHost } from '../hosts/excel';
import { App } from './components/App';
import { coreEngine } from './coreEngine';
import { displayLanguage, pickStrings } from './i18n';

/** office.js outside Office answers onReady with no host; wait no longer than this in any case. */
const OFFICE_READY_TIMEOUT_MS = 5000;

function detectHost(): Promise<WorkbookHost> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve(createBrowserHost());
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(createBrowserHost()), OFFICE_READY_TIMEOUT_MS);
    const ready = Office.onReady((info) => {
      clearTimeout(timer);
      resolve(info && info.host === Office.HostType.Excel ? createExcelHost() : createBrowserHost());
    }) as Promise<unknown> | undefined;
    // Older office.js returns nothing from onReady; newer returns a promise that may reject.
    ready?.catch?.(() => {
      clearTimeout(timer);
      resolve(createBrowserHost());
    });
  });
}

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const host = await detectHost();
  const t = pickStrings(displayLanguage());
  document.documentElement.lang = t.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t.appTitle;
  createRoot(container).render(<App host={host} engine={coreEngine()} t={t} />);
}

void main();
