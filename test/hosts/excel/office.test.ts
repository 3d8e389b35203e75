/** Office.js outside the workbook: is the pane inside Excel, its display language, Office's errors, ribbon commands. */
import { OFFICE_READY_TIMEOUT_MS, insideExcel, officeDisplayLanguage, recogniseOfficeError, registerRibbonCommands } from '../../../src/hosts/excel/office';
import { excelEntry } from '../../../src/hosts/excel/entry';

type G = { Office?: unknown; runX?: unknown; failX?: unknown };
const g = globalThis as unknown as G;

function fakeOffice(onReady: (cb: (info: { host: string | null }) => void) => Promise<unknown> | undefined, extra: Record<string, unknown> = {}) {
  g.Office = { onReady, HostType: { Excel: 'Excel', Word: 'Word' }, ...extra };
}

afterEach(() => {
  delete g.Office;
  delete g.runX;
  delete g.failX;
  jest.useRealTimers();
});

describe('insideExcel', () => {
  it('is false without office.js', async () => {
    expect(await insideExcel()).toBe(false);
  });

  it('is true when Office reports the Excel host, false for another host or none', async () => {
    fakeOffice((cb) => (cb({ host: 'Excel' }), Promise.resolve()));
    expect(await insideExcel()).toBe(true);
    fakeOffice((cb) => (cb({ host: 'Word' }), undefined));
    expect(await insideExcel()).toBe(false);
    fakeOffice((cb) => (cb({ host: null }), undefined));
    expect(await insideExcel()).toBe(false);
  });

  it('is false when onReady rejects, or never answers within the timeout', async () => {
    fakeOffice(() => Promise.reject(new Error('no host')));
    expect(await insideExcel()).toBe(false);
    jest.useFakeTimers();
    fakeOffice(() => undefined);
    const r = insideExcel();
    jest.advanceTimersByTime(OFFICE_READY_TIMEOUT_MS);
    expect(await r).toBe(false);
  });
});

describe('officeDisplayLanguage', () => {
  it("is Office's display language inside Office, null outside or before Office.context exists", () => {
    expect(officeDisplayLanguage()).toBeNull();
    fakeOffice(() => undefined, { context: { displayLanguage: 'en-US' } });
    expect(officeDisplayLanguage()).toBe('en-US');
    fakeOffice(() => undefined);
    expect(officeDisplayLanguage()).toBeNull();
  });
});

describe('recogniseOfficeError', () => {
  it('recognises RichApi errors (duck-typed), with where they happened', () => {
    expect(recogniseOfficeError({ name: 'RichApi.Error', code: 'ItemNotFound', message: 'x' })).toEqual({ code: 'ItemNotFound', message: 'x', where: undefined });
    expect(recogniseOfficeError({ code: 'InvalidArgument', message: 'y', debugInfo: { errorLocation: 'Range.values' } })).toEqual({ code: 'InvalidArgument', message: 'y', where: 'Range.values' });
  });

  it('does not take other errors for Office errors', () => {
    expect(recogniseOfficeError(new Error('x'))).toBeNull();
    expect(recogniseOfficeError({ code: 'E', message: 'plain object' })).toBeNull();
    expect(recogniseOfficeError(null)).toBeNull();
    expect(recogniseOfficeError('AccessDenied')).toBeNull();
  });
});

describe('registerRibbonCommands', () => {
  it('completes the event after success and after failure, reporting the failure', async () => {
    const errors: unknown[] = [];
    const h = registerRibbonCommands({ runX: async () => undefined, failX: async () => Promise.reject(new Error('refused')) }, (e) => errors.push(e));
    const ok = { completed: jest.fn() };
    await h.runX(ok);
    expect(ok.completed).toHaveBeenCalledTimes(1);
    expect(errors).toEqual([]);
    const bad = { completed: jest.fn() };
    await h.failX(bad);
    expect(bad.completed).toHaveBeenCalledTimes(1);
    expect((errors[0] as Error).message).toBe('refused');
  });

  it('registers each command by name on the global object and with Office.actions once Office is ready', () => {
    const associate = jest.fn();
    fakeOffice((cb) => (cb({ host: 'Excel' }), undefined), { actions: { associate } });
    const h = registerRibbonCommands({ runX: async () => undefined }, () => undefined);
    expect(g.runX).toBe(h.runX);
    expect(associate).toHaveBeenCalledWith('runX', h.runX);
  });

  it('is how the Excel entry registers ribbon commands', () => {
    expect(excelEntry.registerCommands).toBe(registerRibbonCommands);
    expect(excelEntry.recogniseError).toBe(recogniseOfficeError);
  });
});
