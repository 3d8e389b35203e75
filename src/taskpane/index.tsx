/** Task pane entry: the host is chosen in src/app/hosts.ts (WPS 表格 or Excel when one hosts the pane, else browser mode). */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { engineForPage, pageWorker } from '../app/engineClient';
import { forHost, pickStrings } from '../app/i18n';
import { PAGE, chooseHost } from '../app/hosts';
import { initialLanguage, saveLanguage, type Lang } from '../app/language';
import type { WorkbookHost } from '../hosts/host';
import type { Engine } from '../app/engine';

function applyLanguage(lang: Lang, hostName: string): void {
  const t = forHost(pickStrings(lang), hostName);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t.appTitle;
}

function Root({ host, engine, first, hostName }: { host: WorkbookHost; engine: Engine; first: Lang; hostName: string }) {
  const [lang, setLang] = useState<Lang>(first);
  return (
    <App
      host={host}
      engine={engine}
      t={forHost(pickStrings(lang), hostName)}
      onLanguage={(l) => {
        setLang(l);
        saveLanguage(l);
        applyLanguage(l, hostName);
      }}
    />
  );
}

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const entry = await chooseHost();
  // Reading files (browser mode) goes to the engine's worker too, when the page can start one.
  const worker = pageWorker();
  const host = entry.create(
    worker ? { ...PAGE, readWorkbook: (bytes, name) => worker.read(bytes, name), cellContext: (grid, sheet, cell, radius) => worker.context(grid, sheet, cell, radius) } : PAGE,
  );
  const first = initialLanguage(entry.displayLanguage());
  applyLanguage(first, entry.name);
  createRoot(container).render(<Root host={host} engine={engineForPage()} first={first} hostName={entry.name} />);
}

void main();
