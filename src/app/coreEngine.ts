/** The real engine: the core's packs, review and settings schema, seen through the task pane's Engine interface. */
import type { WorkbookGrid } from '../core';
import type { ReviewOptions } from '../core';
import { listPacks, registeredPacks } from '../core';
import { isoDateParam, monthDayParam, shareParam } from '../core';
import { crossDuplicates, reviewWorkbook } from '../core';
import { parseSettings } from '../core';
import type { Engine, PackInfo, PaneSettings, ParamKind, ParamValue } from './engine';

/** A zod schema's definition, as far as the editor needs it (zod 4 keeps it on `_zod.def`). */
interface ZodDef {
  type: string;
  innerType?: unknown;
  element?: unknown;
  /** A pipe's output schema (z.preprocess(fn, z.boolean()) is a pipe). */
  out?: unknown;
}

function def(schema: unknown): ZodDef | null {
  return ((schema as { _zod?: { def?: ZodDef } } | null)?._zod?.def) ?? null;
}

/** Through .default() / .optional() wrappers and preprocessing pipes to the schema that says what the value is. */
function unwrap(schema: unknown): unknown {
  let s = schema;
  for (let d = def(s); d && (d.innerType !== undefined || (d.type === 'pipe' && d.out !== undefined)); d = def(s)) s = d.innerType ?? d.out;
  return s;
}

/** The editor for one parameter, read from its zod schema: the project's own building blocks (date, share, MM-DD) by identity. */
export function paramKind(schema: unknown): ParamKind {
  const s = unwrap(schema);
  if (s === isoDateParam) return 'date';
  if (s === monthDayParam) return 'monthDay';
  if (s === shareParam) return 'share';
  const d = def(s);
  switch (d?.type) {
    case 'boolean':
      return 'switch';
    case 'number':
      return 'number';
    case 'array':
      return unwrap(d.element) === isoDateParam ? 'dates' : 'list';
    default:
      return 'text';
  }
}

/** The parameters' schemas by pack: `shape` of each pack's z.object. */
function paramShapes(): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const p of registeredPacks()) out.set(p.id, ((p.params as unknown as { shape?: Record<string, unknown> }).shape) ?? {});
  return out;
}

function isParamValue(v: unknown): v is ParamValue {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
}

export function coreEngine(): Engine {
  // reviewWorkbook imports every pack, so the registry is full by now.
  const shapes = paramShapes();
  const packs: PackInfo[] = listPacks().map((p) => ({
    id: p.id,
    name: p.name,
    params: Object.entries(p.params)
      .filter(([, v]) => isParamValue(v))
      .map(([key, v]) => ({ pack: p.id, key, label: key, defaultValue: v as ParamValue, kind: paramKind(shapes.get(p.id)?.[key]) })),
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
