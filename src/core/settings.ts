/**
 * Review settings: packs, parameters, suppressions, outstanding units and sheet kinds, as stored in a
 * workbook (validated with zod so that a workbook passed to a colleague reviews the same way), and
 * the resolution of a pack's parameters:
 *   pack defaults < options.params (settings object) < the workbook's 审核设置 sheet.
 * Parameter keys are `<pack>.<name>`, e.g. `zj2017.minStudyShare`.
 */
import { z } from 'zod';
import { PACK_IDS, type PackId, type ReviewOptions } from './model/review';
import type { Finding } from './model/findings';
import type { SheetKind } from './model/records';
import { getPack } from './rules/registry';
import './rules/packs';
import { calendarParamsCheck } from './calendar';

export const PackIdSchema = z.enum(PACK_IDS);

const SHEET_KINDS = [
  'demand-form',
  'demand-list',
  'schedule',
  'participants',
  'standards',
  'rates',
  'ce-register',
  'ce-funds',
  'settings',
  'ignored',
] as const satisfies readonly SheetKind[];
export const SheetKindSchema = z.enum(SHEET_KINDS);

export const ParamValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type ParamValue = z.infer<typeof ParamValueSchema>;

export const SuppressionSchema = z.object({
  ruleId: z.string().min(1),
  /** Only for this file; any file when absent. */
  file: z.string().optional(),
  sheet: z.string(),
  cell: z.string(),
  reason: z.string().min(1, { error: '请填写忽略理由' }),
  by: z.string().optional(),
  /** When it was suppressed (ISO date or date-time). */
  at: z.iso.datetime({ offset: true }).or(z.iso.date()),
});
export type Suppression = z.infer<typeof SuppressionSchema>;

export const WorkbookSettingsSchema = z.object({
  packs: z.array(PackIdSchema).default([]),
  /** `<pack>.<name>` parameters, and `calendar.<年>.holidays|workdays|source` (years added to the holiday calendar). */
  params: z.record(z.string(), ParamValueSchema).default({}).superRefine(calendarParamsCheck),
  suppressions: z.array(SuppressionSchema).default([]),
  outstandingUnits: z.array(z.string()).default([]),
  sheetKinds: z.record(z.string(), SheetKindSchema).default({}),
});
/** The settings a workbook keeps (the schema is also exported as `WorkbookSettings` for hosts). */
export type WorkbookSettings = z.infer<typeof WorkbookSettingsSchema>;
export const WorkbookSettings = WorkbookSettingsSchema;

export function defaultSettings(): WorkbookSettings {
  return WorkbookSettingsSchema.parse({});
}

/** The most a workbook keeps of the review settings (characters of JSON), in every host. */
export const MAX_STORED_SETTINGS = 1_500_000;

/**
 * Settings as a host stored them in the workbook (JSON text, or an already decoded value): validated, or
 * an Error whose message is one Chinese sentence for the reviewer. Every host reads its store through this.
 */
export function decodeStoredSettings(raw: unknown): WorkbookSettings {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new Error('工作簿中保存的审核设置已损坏（不是有效的 JSON），请重新保存设置。');
    }
  }
  const parsed = parseSettings(value);
  if (!parsed.ok) throw new Error(`工作簿中保存的审核设置无效：${parsed.errors.join('；')}`);
  return parsed.settings;
}

/** Settings to store in the workbook, as JSON text; an Error with one Chinese sentence when invalid or too large. */
export function encodeSettingsForStore(settings: unknown): string {
  const r = WorkbookSettingsSchema.safeParse(settings);
  if (!r.success) {
    const p = parseSettings(settings);
    throw new Error(`审核设置无效，未保存：${p.ok ? r.error.message : p.errors.join('；')}`);
  }
  const json = JSON.stringify(r.data);
  if (json.length > MAX_STORED_SETTINGS) throw new Error('审核设置过大（超过 1.5 MB），无法保存在工作簿中。');
  return json;
}

/** Validates stored settings (e.g. from the workbook); a clear Chinese error list instead of throwing. */
export function parseSettings(input: unknown): { ok: true; settings: WorkbookSettings } | { ok: false; errors: string[] } {
  const r = WorkbookSettingsSchema.safeParse(input ?? {});
  if (r.success) return { ok: true, settings: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `审核设置 ${i.path.join('.') || '(整体)'}：${issueText(i)}`) };
}

/** The review options a workbook's settings ask for (packs, parameters, units, sheet kinds). */
export function optionsFromSettings(settings: WorkbookSettings, extra: Partial<ReviewOptions> = {}): ReviewOptions {
  return {
    packs: settings.packs,
    params: settings.params,
    outstandingUnits: settings.outstandingUnits,
    sheetKinds: settings.sheetKinds,
    ...extra,
  };
}

// ---------------------------------------------------------------------------------------------
// Parameters

export type ParamOverrides = Record<string, unknown> | undefined | null;

export type ResolvedParams<P = Record<string, unknown>> = { ok: true; params: P } | { ok: false; errors: string[] };

const TRUE_WORDS = ['true', '是', 'yes', 'y', '1', '对', '√', '开', 'on'];
const FALSE_WORDS = ['false', '否', 'no', 'n', '0', '不', '×', '关', 'off'];

/** Turns text from a settings sheet into the type the default has (number, yes/no, list). */
function coerce(value: unknown, like: unknown): unknown {
  if (Array.isArray(like)) {
    if (typeof value === 'string') return value.split(/[,，、;；\n]+/).map((s) => s.trim()).filter((s) => s !== '');
    return value;
  }
  if (typeof like === 'number' && typeof value === 'string') {
    const t = value.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    return t !== '' && Number.isFinite(Number(t)) ? Number(t) : value;
  }
  if (typeof like === 'boolean' && typeof value === 'string') {
    const t = value.trim().toLowerCase();
    if (TRUE_WORDS.includes(t)) return true;
    if (FALSE_WORDS.includes(t)) return false;
    return value;
  }
  if (typeof like === 'string' && typeof value === 'number') return String(value);
  if (typeof like === 'string' && typeof value === 'string') return value.trim();
  return value;
}

interface IssueLike {
  code: string;
  message: string;
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
}

function issueText(i: IssueLike): string {
  if (/[\u4e00-\u9fff]/.test(i.message)) return i.message;
  switch (i.code) {
    case 'invalid_type':
      return (
        {
          number: '应为数字',
          int: '应为整数',
          boolean: '应为 是/否',
          array: '应为列表（用、分隔）',
          string: '应为文字',
        } as Record<string, string>
      )[String(i.expected)] ?? `类型不对（应为 ${String(i.expected)}）`;
    case 'too_small':
      return i.inclusive === false ? `应大于 ${String(i.minimum)}` : `应不小于 ${String(i.minimum)}`;
    case 'too_big':
      return i.inclusive === false ? `应小于 ${String(i.maximum)}` : `应不大于 ${String(i.maximum)}`;
    case 'invalid_format':
      return '格式不对';
    case 'invalid_value':
      return '不是可选的值';
    default:
      return i.message;
  }
}

function show(v: unknown): string {
  return Array.isArray(v) ? v.join('、') : String(v);
}

/**
 * A pack's parameters: its zod defaults, overridden in turn by each set of overrides (keys
 * `<pack>.<name>`; other packs' keys are ignored). Values from a settings sheet are text and are
 * converted to the default's type first. A bad key or value gives a Chinese error naming both.
 */
export function resolveParams<P = Record<string, unknown>>(packId: PackId, ...overrides: ParamOverrides[]): ResolvedParams<P> {
  const pack = getPack(packId);
  if (!pack) return { ok: false, errors: [`未知的规则包 ${packId}`] };
  const schema = pack.params as z.ZodTypeAny;
  const defaults = schema.parse({}) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...defaults };
  const given: Record<string, unknown> = Object.create(null);
  const errors: string[] = [];
  const prefix = `${packId}.`;
  for (const layer of overrides) {
    if (!layer) continue;
    for (const [rawKey, value] of Object.entries(layer)) {
      const key = rawKey.trim();
      if (!key.startsWith(prefix)) continue;
      const name = key.slice(prefix.length);
      if (!Object.hasOwn(defaults, name)) {
        errors.push(`未知参数 ${key}（规则包 ${packId} 的参数有：${Object.keys(defaults).join('、') || '无'}）`);
        continue;
      }
      merged[name] = coerce(value, defaults[name]);
      given[name] = value;
    }
  }
  const r = schema.safeParse(merged);
  if (!r.success) {
    for (const i of r.error.issues) {
      const name = String(i.path[0] ?? '');
      const value = name in given ? given[name] : merged[name];
      errors.push(`参数 ${prefix}${name} 的值“${show(value)}”无效：${issueText(i as unknown as IssueLike)}`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, params: (r as { data: P }).data };
}

/** Thrown by the review when the settings object (options.params) holds a bad parameter. */
export class SettingsError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('；'));
    this.name = 'SettingsError';
  }
}

// ---------------------------------------------------------------------------------------------
// Suppressions

export interface SuppressedFinding<S extends SuppressionMatch = Suppression> {
  finding: Finding;
  suppression: S;
}

/** What a suppression is matched by (the task pane keeps more beside it, e.g. the message at the time). */
export type SuppressionMatch = Pick<Suppression, 'ruleId' | 'file' | 'sheet' | 'cell'>;

/** A suppression matches a finding by rule, sheet and cell (any case), and the file when it names one. */
export function suppresses(s: SuppressionMatch, f: Finding): boolean {
  return s.ruleId === f.ruleId && s.sheet === f.sheet && s.cell.toUpperCase() === f.cell.toUpperCase() && (s.file === undefined || s.file === f.file);
}

/** Splits findings into those kept and those a reviewer suppressed (with the suppression, for listing). */
export function applySuppressions<S extends SuppressionMatch = Suppression>(
  findings: readonly Finding[],
  suppressions: readonly S[],
): { kept: Finding[]; suppressed: SuppressedFinding<S>[] } {
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding<S>[] = [];
  for (const f of findings) {
    const s = suppressions.find((x) => suppresses(x, f));
    if (s) suppressed.push({ finding: f, suppression: s });
    else kept.push(f);
  }
  return { kept, suppressed };
}
