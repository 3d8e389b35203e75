/**
 * The browser mode as src/app/hosts.ts chooses it: the fallback when no application hosts the pane; the
 * browser's language. The host (with its file reader and writer) is loaded when first created: the list of
 * hosts is loaded wherever an error is worded, and the reader and writer need a TextEncoder at load time.
 * (A require costs the pane's bundle about 8 KB of tree-shaking; Excel's entry imports its host statically.)
 */
import type { HostEntry } from '../host';

export const browserEntry: HostEntry = {
  name: 'browser',
  detect: async () => true,
  create: (page) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createBrowserHost } = require('./index') as typeof import('./index');
    return createBrowserHost({ save: page.save, ...(page.readWorkbook ? { readAsync: page.readWorkbook } : {}), ...(page.cellContext ? { contextAsync: page.cellContext } : {}) });
  },
  // No application: the page chooses (the reviewer's stored choice, else the browser's languages; src/app/language.ts).
  displayLanguage: () => null,
};
