/** Picks the pane's language: Chinese unless the host's display language (src/app/hosts.ts) is English. */
import { en } from './en';
import { zh, type Strings } from './zh';

export type { Strings };
export { zh, en };

export function pickStrings(language: string | undefined | null): Strings {
  return language && /^en\b/i.test(language) ? en : zh;
}
