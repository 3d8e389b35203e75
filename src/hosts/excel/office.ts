/**
 * What the pane and the ribbon learn from Office.js itself, apart from the workbook: whether the page runs
 * inside Excel, the display language, Office's own errors, and the plumbing of ribbon function commands.
 * Kept out of ./index so that it stays small (the ribbon loads it) and tests can replace the host alone.
 */
import type { CommandHandler, HostError } from '../host';

/** office.js outside Office answers onReady with no host; wait no longer than this in any case. */
export const OFFICE_READY_TIMEOUT_MS = 5000;

/** Inside Excel: Office.onReady reports the Excel host. In an ordinary browser (office.js absent, or present but no Office host): false. */
export function insideExcel(): Promise<boolean> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), OFFICE_READY_TIMEOUT_MS);
    const ready = Office.onReady((info) => {
      clearTimeout(timer);
      resolve(!!info && info.host === Office.HostType.Excel);
    }) as Promise<unknown> | undefined;
    // Older office.js returns nothing from onReady; newer returns a promise that may reject.
    ready?.catch?.(() => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

/** Office.context.displayLanguage; null outside Office. */
export function officeDisplayLanguage(): string | null {
  try {
    if (typeof Office !== 'undefined' && Office.context && Office.context.displayLanguage) return Office.context.displayLanguage;
  } catch {
    // Office.context is not ready outside a host.
  }
  return null;
}

interface OfficeLikeError {
  code: string;
  message: string;
  debugInfo?: { errorLocation?: string };
}

/** OfficeExtension.Error (duck-typed so it works where office.js is not loaded, e.g. in tests). */
export function isOfficeError(e: unknown): e is OfficeLikeError {
  if (typeof OfficeExtension !== 'undefined' && OfficeExtension.Error && e instanceof OfficeExtension.Error) return true;
  const o = e as Partial<OfficeLikeError> & { name?: string } | null;
  return !!o && typeof o === 'object' && typeof o.code === 'string' && typeof o.message === 'string' && (o.name === 'RichApi.Error' || 'debugInfo' in o);
}

export function recogniseOfficeError(e: unknown): HostError | null {
  if (!isOfficeError(e)) return null;
  return { code: e.code, message: e.message, where: e.debugInfo?.errorLocation };
}

/**
 * Function commands are looked up by name: registers them with Office.actions (current hosts) and on the
 * global object (older hosts without Office.actions). Each handler runs its command, reports a failure through
 * `onError` (a function command has no UI) and always completes Office's event.
 */
export function registerRibbonCommands(commands: Record<string, () => Promise<void>>, onError: (e: unknown) => void): Record<string, CommandHandler> {
  const handlers: Record<string, CommandHandler> = Object.create(null);
  for (const [name, fn] of Object.entries(commands)) {
    handlers[name] = async (event) => {
      try {
        await fn();
      } catch (e) {
        onError(e);
      } finally {
        event.completed();
      }
    };
  }
  const g = globalThis as unknown as Record<string, unknown>;
  for (const [name, fn] of Object.entries(handlers)) g[name] = fn;
  if (typeof Office !== 'undefined') {
    Office.onReady(() => {
      const actions = (Office as unknown as { actions?: { associate(name: string, fn: unknown): void } }).actions;
      for (const [name, fn] of Object.entries(handlers)) actions?.associate(name, fn);
    });
  }
  return handlers;
}
