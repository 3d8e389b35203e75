/** The pane's language: the application's when inside one, else the stored choice, else the browser's languages. */
import { LANGUAGE_KEY, fromLanguages, initialLanguage, saveLanguage, storedLanguage } from '../../src/app/language';

function memory(initial: Record<string, string> = {}) {
  const m = new Map(Object.entries(initial));
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

describe('language', () => {
  it('takes the first of the browser\'s languages the pane speaks', () => {
    expect(fromLanguages(['en-GB', 'zh-CN'])).toBe('en');
    expect(fromLanguages(['fr-FR', 'zh-TW', 'en'])).toBe('zh');
    expect(fromLanguages(['fr-FR', 'de'])).toBe('zh');
    expect(fromLanguages([])).toBe('zh');
    expect(fromLanguages(['english'])).toBe('zh'); // not a language tag
  });

  it('inside an application its display language wins; outside, a stored choice wins over the browser', () => {
    const store = memory({ [LANGUAGE_KEY]: 'zh' });
    expect(initialLanguage('en-US', store, ['zh-CN'])).toBe('en');
    expect(initialLanguage(null, store, ['en-US'])).toBe('zh');
    expect(initialLanguage(null, memory(), ['en-US'])).toBe('en');
    expect(initialLanguage(null, null, null)).toBe('zh');
  });

  it('keeps the choice; ignores a stored value that is not a language', () => {
    const store = memory();
    saveLanguage('en', store);
    expect(storedLanguage(store)).toBe('en');
    store.setItem(LANGUAGE_KEY, 'fr');
    expect(storedLanguage(store)).toBeNull();
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => saveLanguage('zh', full)).not.toThrow();
  });
});
