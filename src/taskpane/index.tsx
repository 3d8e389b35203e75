/** Task pane entry: the host is chosen in src/app/hosts.ts (WPS 表格 or Excel when one hosts the pane, else browser mode). */
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { coreEngine } from '../app/coreEngine';
import { forHost, pickStrings } from '../app/i18n';
import { PAGE, chooseHost, displayLanguage } from '../app/hosts';

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const entry = await chooseHost();
  const host = entry.create(PAGE);
  const t = forHost(pickStrings(displayLanguage(entry)), entry.name);
  document.documentElement.lang = t.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t.appTitle;
  createRoot(container).render(<App host={host} engine={coreEngine()} t={t} />);
}

void main();
