/**
 * The rule packs the engine knows: the one list in ./packs, looked up by id.
 */
import { PACK_IDS, PACK_NAMES, type PackId } from '../model/review';
import type { Severity } from '../model/findings';
import { ALL_PACKS } from './packs';
import type { Pack, Rule } from './types';

const byId = new Map<PackId, Pack>(ALL_PACKS.map((p) => [p.id, p]));

export function getPack(id: PackId): Pack | undefined {
  return byId.get(id);
}

/** The packs in the order of PACK_IDS. */
export function registeredPacks(): Pack[] {
  return PACK_IDS.map((id) => byId.get(id)).filter((p): p is Pack => p !== undefined);
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
  for (const p of ALL_PACKS) for (const r of p.rules) if (r.id === id) return r as Rule;
  return undefined;
}
