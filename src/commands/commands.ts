/**
 * Ribbon commands (function file commands.html): 审核 reviews the workbook with the settings saved in it
 * and marks the findings; 清除标记 removes every mark. Each must call event.completed() whatever happens.
 */
import { createExcelHost } from '../hosts/excel';
import { optionsFrom, reviewAll } from '../taskpane/engine';
import { coreEngine } from '../taskpane/coreEngine';
import { describeError } from '../taskpane/errors';
import { displayLanguage, pickStrings } from '../taskpane/i18n';

async function runReviewCommand(): Promise<void> {
  const host = createExcelHost();
  const engine = coreEngine();
  const t = pickStrings(displayLanguage());
  const settings = engine.readSettings(await host.loadSettings());
  await reviewAll(host, engine, optionsFrom(settings, engine), settings.suppressions, {
    includeInfo: false,
    labels: { read: t.stepRead, review: t.stepReview, mark: t.stepMark },
  });
}

export async function runReview(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runReviewCommand();
  } catch (e) {
    // A function command has no UI of its own; the task pane shows errors, the console keeps this one.
    console.error(describeError(e, pickStrings(displayLanguage())));
  } finally {
    event.completed();
  }
}

export async function clearMarks(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await createExcelHost().clearMarks();
  } catch (e) {
    console.error(describeError(e, pickStrings(displayLanguage())));
  } finally {
    event.completed();
  }
}

// Function commands are looked up by name: register them with Office.actions (current hosts) and on
// the global object (older hosts without Office.actions).
const g = globalThis as unknown as Record<string, unknown>;
g.runReview = runReview;
g.clearMarks = clearMarks;
if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    const actions = (Office as unknown as { actions?: { associate(name: string, fn: unknown): void } }).actions;
    actions?.associate('runReview', runReview);
    actions?.associate('clearMarks', clearMarks);
  });
}
