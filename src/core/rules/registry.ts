/**
 * The rule packs the engine knows. Packs register themselves here (src/core/rules/packs.ts imports
 * every pack folder); a pack registered again under the same id replaces the earlier one.
 */
import { PACK_IDS, PACK_NAMES, type PackId } from '../api';
import type { Severity } from '../model/findings';
import type { Pack, Rule } from './types';

const registry = new Map<PackId, Pack>();

export function registerPack(pack: Pack): void {
  registry.set(pack.id, pack);
}

export function getPack(id: PackId): Pack | undefined {
  return registry.get(id);
}

/** Registered packs in the order of PACK_IDS. */
export function registeredPacks(): Pack[] {
  return PACK_IDS.map((id) => registry.get(id)).filter((p): p is Pack => p !== undefined);
}

/** True for an object shaped like a Pack (used to pick packs out of a module's exports). */
export function isPack(x: unknown): x is Pack {
  if (!x || typeof x !== 'object') return false;
  const p = x as Partial<Pack>;
  return typeof p.id === 'string' && (PACK_IDS as readonly string[]).includes(p.id) && Array.isArray(p.rules) && !!p.params;
}

export interface RuleInfo {
  id: string;
  pack: PackId;
  severity: Severity;
  clause: string;
  description: string;
  offlineOnly: boolean;
  onlineOnly: boolean;
}

export interface PackInfo {
  id: PackId;
  /** Name shown to users (RULES.md "Rule packs"). */
  name: string;
  rules: RuleInfo[];
  /** The parameters with their defaults, keyed by name (set them as `<pack>.<name>`). */
  params: Record<string, unknown>;
}

export function ruleInfo(rule: Rule<never> | Rule): RuleInfo {
  return {
    id: rule.id,
    pack: rule.pack,
    severity: rule.severity,
    clause: rule.clause,
    description: rule.description ?? '',
    offlineOnly: rule.offlineOnly === true,
    onlineOnly: rule.onlineOnly === true,
  };
}

/** Metadata of every registered pack for the UI and reports. */
export function listPacks(): PackInfo[] {
  return registeredPacks().map((p) => ({
    id: p.id,
    name: PACK_NAMES[p.id],
    rules: p.rules.map((r) => ruleInfo(r as Rule)),
    params: p.params.parse({}) as Record<string, unknown>,
  }));
}

/** Finds a rule by its ID in the registered packs. */
export function findRule(id: string): Rule | undefined {
  for (const p of registry.values()) for (const r of p.rules) if (r.id === id) return r as Rule;
  return undefined;
}
