/** Turns what a host threw into a message a reviewer can act on (Chinese first). */
import type { HostError } from '../hosts/host';
import type { Strings } from './i18n';
import { recogniseHostError } from './hosts';

export function describeError(e: unknown, t: Strings, recognise: (e: unknown) => HostError | null = recogniseHostError): string {
  const hostError = recognise(e);
  if (hostError) {
    const hint = t.excelCodes[hostError.code];
    const where = hostError.where ? ` [${hostError.where}]` : '';
    const base = t.excelRefused(hostError.message || hostError.code, hostError.code) + where;
    return hint ? `${base} ${hint}` : base;
  }
  if (e instanceof Error) return t.unexpected(e.message);
  return t.unexpected(String(e));
}
