/** Where hosts are chosen: the first application that detects itself, else the browser mode; its language; errors of any application's API. */
import type { HostEntry, WorkbookHost } from '../../src/hosts/host';
import { FALLBACK, HOSTS, PAGE, RIBBON, chooseHost, displayLanguage, recogniseHostError } from '../../src/app/hosts';
import { saveAsDownload } from '../../src/app/download';
import { FakeWps } from '../support/fakeWps';

function entry(name: string, detected: boolean, language: string | null = null): HostEntry {
  return { name, detect: async () => detected, create: () => ({ kind: name }) as unknown as WorkbookHost, displayLanguage: () => language };
}

describe('src/app/hosts', () => {
  it('lists WPS 表格 and Excel as application hosts, Excel as the ribbon host, the browser mode as the fallback', () => {
    expect(HOSTS.map((h) => h.name)).toEqual(['wps', 'excel']);
    expect(RIBBON.name).toBe('excel');
    expect(FALLBACK.name).toBe('browser');
    expect(PAGE.save).toBe(saveAsDownload);
  });

  it('chooses the first host that detects itself, in order', async () => {
    const chosen = await chooseHost([entry('a', false), entry('b', true), entry('c', true)], entry('fallback', true));
    expect(chosen.name).toBe('b');
  });

  it('falls back when no application hosts the pane', async () => {
    expect((await chooseHost([entry('a', false)], entry('fallback', true))).name).toBe('fallback');
    // Outside Office (no Office global here), the real list falls back to the browser mode.
    expect((await chooseHost()).name).toBe('browser');
  });

  it("picks the WPS host inside WPS 表格 (its Application object present), the browser mode without it", async () => {
    const g = globalThis as { Application?: unknown };
    try {
      g.Application = new FakeWps().app;
      const chosen = await chooseHost();
      expect(chosen.name).toBe('wps');
      expect(chosen.create(PAGE).kind).toBe('wps');
    } finally {
      delete g.Application;
    }
    expect((await chooseHost()).name).toBe('browser');
  });

  it("takes the host's display language, else the page's, else Chinese", () => {
    expect(displayLanguage(entry('a', true, 'en-US'))).toBe('en-US');
    const nav = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    try {
      Object.defineProperty(globalThis, 'navigator', { value: { language: 'en-GB' }, configurable: true });
      expect(displayLanguage(entry('a', true, null))).toBe('en-GB');
      Object.defineProperty(globalThis, 'navigator', { value: undefined, configurable: true });
      expect(displayLanguage(entry('a', true, null))).toBe('zh-CN');
    } finally {
      if (nav) Object.defineProperty(globalThis, 'navigator', nav);
      else delete (globalThis as { navigator?: unknown }).navigator;
    }
  });

  it("recognises an application API's error (Office's), and nothing else", () => {
    const officeError = { name: 'RichApi.Error', code: 'AccessDenied', message: 'The sheet is protected', debugInfo: { errorLocation: 'Range.format' } };
    expect(recogniseHostError(officeError)).toEqual({ code: 'AccessDenied', message: 'The sheet is protected', where: 'Range.format' });
    expect(recogniseHostError(new Error('boom'))).toBeNull();
    expect(recogniseHostError({ code: 'x', message: 'no name, no debugInfo' })).toBeNull();
  });
});
