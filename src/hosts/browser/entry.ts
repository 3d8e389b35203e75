/**
 * The browser mode as src/app/hosts.ts chooses it: the fallback when no application hosts the pane; the
 * browser's language. The host (and its file reader and writer) is loaded when first created, so that the
 * list of hosts stays cheap to load.
 */
import type { HostEntry } from '../host';

export const browserEntry: HostEntry = {
  name: 'browser',
  detect: async () => true,
  create: (page) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createBrowserHost } = require('./index') as typeof import('./index');
    return createBrowserHost({ save: page.save });
  },
  displayLanguage: () => (typeof navigator !== 'undefined' ? navigator.language : null),
};
