/**
 * The add-in's main page script (index.html), loaded by WPS when 表格 starts. WPS calls the functions
 * ribbon.xml names, by name, on this page's global object: OnAddinLoad (once, with the ribbon),
 * OnAction (a button, `control.Id`), GetImage and OnGetEnabled. 审核 reviews the active workbook with
 * the settings saved in it and marks the findings; 清除标记 removes every mark; 打开审核面板 shows or
 * hides the task pane (`Application.CreateTaskPane(url)`, its ID kept in PluginStorage so the pane is
 * made once per session).
 */
import { optionsFrom, reviewAll } from '../../../app/engine';
import { coreEngine } from '../../../app/coreEngine';
import { describeError } from '../../../app/errors';
import { forHost, pickStrings } from '../../../app/i18n';
import { createWpsHost, wpsApplication } from '../index';
import type { WpsAddinApplication } from '../om';

/** Button ids of ribbon.xml. */
export const BUTTONS = { review: 'peixunReview', clear: 'peixunClear', pane: 'peixunPane' } as const;
/** The functions ribbon.xml names (a test checks the two agree). */
export const CALLBACKS = ['OnAddinLoad', 'OnAction', 'GetImage', 'OnGetEnabled'] as const;
const PANE_ID_KEY = 'peixun_taskpane_id';
const IMAGES = new Map<string, string>([
  [BUTTONS.review, 'assets/icon-64.png'],
  [BUTTONS.clear, 'assets/icon-64.png'],
  [BUTTONS.pane, 'assets/icon-64.png'],
]);

export interface RibbonControl {
  Id: string;
}

export interface RibbonDeps {
  app: () => WpsAddinApplication | null;
  /** Where the add-in's files are (this page's address). */
  base: () => string;
  /** Shows a message (WPS's page has no other UI for a ribbon command). */
  say: (message: string) => void;
}

export type Ribbon = Record<(typeof CALLBACKS)[number], (...args: never[]) => unknown> & {
  /** The running command, for tests (resolved when it has finished). */
  pending: Promise<void>;
};

export function makeRibbon(deps: RibbonDeps): Ribbon {
  const t = () => forHost(pickStrings(typeof navigator !== 'undefined' ? navigator.language : null), 'wps');
  const run = (fn: () => Promise<unknown>) => {
    ribbon.pending = fn()
      .then(() => undefined)
      .catch((e) => deps.say(describeError(e, t())));
  };
  const togglePane = () => {
    const app = deps.app();
    if (!app) throw new Error('未检测到 WPS 表格。');
    const id = Number(app.PluginStorage.getItem(PANE_ID_KEY));
    const existing = id ? app.GetTaskPane(id) : null;
    if (existing) {
      existing.Visible = !existing.Visible;
      return;
    }
    const pane = app.CreateTaskPane(new URL('taskpane.html', deps.base()).href, t().appTitle);
    app.PluginStorage.setItem(PANE_ID_KEY, pane.ID);
    pane.Visible = true;
  };
  const ribbon: Ribbon = {
    pending: Promise.resolve(),
    OnAddinLoad: () => true,
    OnAction: (control: RibbonControl) => {
      const app = deps.app() ?? undefined;
      switch (control.Id) {
        case BUTTONS.review:
          run(async () => {
            const host = createWpsHost({ app });
            const engine = coreEngine();
            const s = t();
            const settings = engine.readSettings(await host.loadSettings());
            const r = await reviewAll(host, engine, optionsFrom(settings, engine, { suggestWhenNone: true }), settings.suppressions, {
              includeInfo: false,
              labels: { read: s.stepRead, review: s.stepReview, mark: s.stepMark },
            });
            return r;
          });
          break;
        case BUTTONS.clear:
          run(() => createWpsHost({ app }).clearMarks());
          break;
        case BUTTONS.pane:
          run(async () => togglePane());
          break;
      }
      return true;
    },
    GetImage: (control: RibbonControl) => IMAGES.get(control.Id) ?? '',
    OnGetEnabled: () => true,
  };
  return ribbon;
}

// In the add-in page: install the callbacks where WPS looks for them.
// The Application object is looked up at each call: WPS may provide it after this script runs.
if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  const ribbon = makeRibbon({
    app: () => wpsApplication() as WpsAddinApplication | null,
    base: () => document.baseURI,
    say: (m) => window.alert(m),
  });
  Object.assign(window, Object.fromEntries(CALLBACKS.map((k) => [k, ribbon[k]])));
}
