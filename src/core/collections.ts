/**
 * `target.push(...items)` passes every item as an argument and overflows the call stack past
 * roughly 100 000 items (a large register, a batch's findings); this appends in a loop.
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}
