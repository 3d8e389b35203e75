/** Names for sheets the object-model hosts add, never one the user already has (compared case-blind, as the applications do). */

/** A free name for a temporary copy (`~省级汇总`), replaced by the real name only once everything is written. */
export function tempName(name: string, taken: Set<string>): string {
  const base = `~${name}`.slice(0, 31);
  let n = base;
  for (let i = 2; taken.has(n.toLowerCase()); i++) n = `${base.slice(0, 28)}~${i}`;
  taken.add(n.toLowerCase());
  return n;
}

/** The name itself, or `name (2)`, `name (3)`… when taken (inserted templates keep the user's sheets). */
export function freeName(name: string, taken: Set<string>): string {
  let n = name.slice(0, 31);
  for (let i = 2; taken.has(n.toLowerCase()); i++) n = `${name.slice(0, 27)} (${i})`;
  taken.add(n.toLowerCase());
  return n;
}
