/**
 * The pane's language: the host application's display language when it has one, else the reviewer's own
 * choice (kept in localStorage, browser mode), else the browser's languages in order of preference.
 */
export type Lang = 'zh' | 'en';

export const LANGUAGE_KEY = 'peixun.language.v1';

type Store = Pick<Storage, 'getItem' | 'setItem'> | null;

export function pageStorage(): Store {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null;
  } catch {
    return null; // blocked (file://, privacy settings)
  }
}

/** The first of the browser's languages that the pane speaks ('zh-TW' → zh, 'en-GB' → en); zh when none. */
export function fromLanguages(languages: readonly string[] | undefined | null): Lang {
  for (const l of languages ?? []) {
    if (/^zh\b/i.test(l)) return 'zh';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'zh';
}

export function storedLanguage(store: Store = pageStorage()): Lang | null {
  const v = store?.getItem(LANGUAGE_KEY);
  return v === 'zh' || v === 'en' ? v : null;
}

export function saveLanguage(lang: Lang, store: Store = pageStorage()): void {
  try {
    store?.setItem(LANGUAGE_KEY, lang);
  } catch {
    // storage full or blocked: the choice lasts for this page only
  }
}

/**
 * `hostLanguage`: the application's display language (Excel's), null outside an application. The
 * application's language wins inside it; outside, a stored choice wins over the browser's languages.
 */
export function initialLanguage(hostLanguage: string | null, store: Store = pageStorage(), languages: readonly string[] | null = browserLanguages()): Lang {
  if (hostLanguage) return fromLanguages([hostLanguage]);
  return storedLanguage(store) ?? fromLanguages(languages);
}

function browserLanguages(): readonly string[] | null {
  if (typeof navigator === 'undefined') return null;
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : null;
}
