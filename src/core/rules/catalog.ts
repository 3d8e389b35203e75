/** The packs and their rules as data for the UI and reports (id, name, rules with severity and clause, parameter defaults). */
import { listPacks, type PackInfo } from './registry';

export const PACKS: readonly PackInfo[] = listPacks();
export { listPacks };
export type { PackInfo, RuleInfo } from './registry';
