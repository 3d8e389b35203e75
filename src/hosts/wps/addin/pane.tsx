/**
 * The task pane inside WPS 表格 (taskpane.html of the WPS build, opened by 打开审核面板): the shared
 * pane, core and reports, over the WPS host, with the strings that name the host saying WPS 表格.
 */
import { createRoot } from 'react-dom/client';
import { App } from '../../../taskpane/components/App';
import { coreEngine } from '../../../taskpane/coreEngine';
import { displayLanguage, forHost, pickStrings } from '../../../taskpane/i18n';
import { createWpsHost } from '../index';

function main(): void {
  const container = document.getElementById('root');
  if (!container) return;
  const t = forHost(pickStrings(displayLanguage()), 'wps');
  document.documentElement.lang = t.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t.appTitle} — ${t.wps.hostName}`;
  createRoot(container).render(<App host={createWpsHost()} engine={coreEngine()} t={t} />);
}

main();
