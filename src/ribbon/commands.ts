/**
 * Ribbon commands (function file commands.html): 审核 reviews the workbook with the settings saved in it
 * (no pack saved: the packs its content suggests, as the task pane does) and marks the findings; 清除标记 removes every mark. The ribbon's host (src/app/hosts.ts) registers them
 * and completes each command's event whatever happens.
 */
import { optionsFrom, reviewAll } from '../app/engine';
import { coreEngine } from '../app/coreEngine';
import { describeError } from '../app/errors';
import { pickStrings } from '../app/i18n';
import { RIBBON, displayLanguage, ribbonHost } from '../app/hosts';

const strings = () => pickStrings(displayLanguage(RIBBON));

async function runReviewCommand(): Promise<void> {
  const host = ribbonHost();
  const engine = coreEngine();
  const t = strings();
  const settings = engine.readSettings(await host.loadSettings());
  // As in the task pane: no pack saved in the workbook → the packs its content suggests.
  await reviewAll(host, engine, optionsFrom(settings, engine, { suggestWhenNone: true }), settings.suppressions, {
    includeInfo: false,
    labels: { read: t.stepRead, review: t.stepReview, mark: t.stepMark },
  });
}

const handlers = RIBBON.registerCommands!(
  { runReview: runReviewCommand, clearMarks: () => ribbonHost().clearMarks() },
  // A function command has no UI of its own; the task pane shows errors, the console keeps this one.
  (e) => console.error(describeError(e, strings())),
);

export const runReview = handlers.runReview;
export const clearMarks = handlers.clearMarks;
