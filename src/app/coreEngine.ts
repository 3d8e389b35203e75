/** The real engine: the core's packs, review and settings schema, seen through the task pane's Engine interface. */
import type { WorkbookGrid } from '../core/grid';
import type { ReviewOptions } from '../core/api';
import { listPacks } from '../core/rules/registry';
import { crossDuplicates, reviewWorkbook } from '../core/review';
import { parseSettings } from '../core/settings';
import type { Engine, PackInfo, PaneSettings, ParamValue } from './engine';

function isParamValue(v: unknown): v is ParamValue {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
}

export function coreEngine(): Engine {
  // reviewWorkbook imports every pack, so the registry is full by now.
  const packs: PackInfo[] = listPacks().map((p) => ({
    id: p.id,
    name: p.name,
    params: Object.entries(p.params)
      .filter(([, v]) => isParamValue(v))
      .map(([key, v]) => ({ pack: p.id, key, label: key, defaultValue: v as ParamValue })),
  }));
  return {
    packs,
    review: (grid: WorkbookGrid, options: ReviewOptions) => reviewWorkbook(grid, options),
    crossCheck: crossDuplicates,
    readSettings(raw: unknown): PaneSettings {
      const r = parseSettings(raw ?? {});
      if (!r.ok) throw new Error(r.errors.join('；'));
      const s = r.settings;
      return { packs: s.packs, params: s.params, suppressions: s.suppressions, outstandingUnits: s.outstandingUnits, sheetKinds: s.sheetKinds };
    },
    storeSettings(s: PaneSettings): unknown {
      return { packs: s.packs, params: s.params, suppressions: s.suppressions, outstandingUnits: s.outstandingUnits, sheetKinds: s.sheetKinds };
    },
  };
}
