/** The Excel host as src/app/hosts.ts chooses it: found by Office.onReady, speaking Office's display language. */
import type { HostEntry } from '../host';
import { createExcelHost } from './index';
import { insideExcel, officeDisplayLanguage, recogniseOfficeError, registerRibbonCommands } from './office';

export const excelEntry: HostEntry = {
  name: 'excel',
  detect: insideExcel,
  create: (page) => createExcelHost({ save: page.save }),
  displayLanguage: officeDisplayLanguage,
  recogniseError: recogniseOfficeError,
  registerCommands: registerRibbonCommands,
};
