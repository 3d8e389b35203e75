/**
 * The only door to Office.js: `Excel.run` and the requirement-set check, injectable so that tests
 * and the bench drive the same code against a recording fake (test/support/fakeExcel.ts).
 */
export type Batch<T> = (ctx: Excel.RequestContext) => Promise<T>;

export interface ExcelEnv {
  /** `Excel.run(batch)`. */
  run<T>(batch: Batch<T>): Promise<T>;
  /** `Excel.run(context, batch)`: reuses the context an event handler was added in (to remove it). */
  runIn<T>(context: unknown, batch: Batch<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, version: string): boolean;
}

/** The real Office.js environment (globals `Excel` and `Office`, loaded by office.js in the task pane). */
export function officeEnv(): ExcelEnv {
  return {
    run: (batch) => Excel.run(batch),
    runIn: (context, batch) => Excel.run(context as OfficeExtension.ClientRequestContext, batch as Batch<unknown>) as never,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** Turns an Office.js error into a Chinese message that says what was being done (keeps the error code). */
export function excelError(action: string, e: unknown): Error {
  const err = e as { code?: string; message?: string; debugInfo?: { errorLocation?: string } };
  const code = err && err.code ? `（${err.code}${err.debugInfo?.errorLocation ? ' @ ' + err.debugInfo.errorLocation : ''}）` : '';
  const out = new Error(`Excel 拒绝了操作：${action}。${err?.message ?? String(e)}${code}`);
  (out as Error & { cause?: unknown }).cause = e;
  return out;
}
