/**
 * The Excel host as src/app/hosts.ts chooses it: found by Office.onReady, speaking Office's display language.
 * The host is loaded when first created, so that the list of hosts stays cheap to load.
 */
import type { HostEntry } from '../host';
import { insideExcel, officeDisplayLanguage, recogniseOfficeError, registerRibbonCommands } from './office';

export const excelEntry: HostEntry = {
  name: 'excel',
  detect: insideExcel,
  create: (page) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createExcelHost } = require('./index') as typeof import('./index');
    return createExcelHost({ save: page.save });
  },
  displayLanguage: officeDisplayLanguage,
  recogniseError: recogniseOfficeError,
  registerCommands: registerRibbonCommands,
};
