/** The WPS host as src/app/hosts.ts chooses it: found by WPS's Application object, speaking the page's language. */
import type { HostEntry } from '../host';
import { createWpsHost, wpsApplication } from './index';

export const wpsEntry: HostEntry = {
  name: 'wps',
  detect: async () => wpsApplication() !== null,
  create: (page) => createWpsHost({ save: page.save }),
  // WPS's pages run in its built-in Chromium, whose language follows WPS's interface language.
  displayLanguage: () => (typeof navigator !== 'undefined' ? navigator.language : null),
};
