/** What jsdom lacks and Fluent UI uses (MessageBar, positioning): a ResizeObserver that never fires. */
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
}
// jsdom has no TextEncoder/TextDecoder; the file reader and writer (merge tab tests) need them.
if (typeof globalThis.TextEncoder === 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const util = require('util') as typeof import('util');
  (globalThis as unknown as Record<string, unknown>).TextEncoder = util.TextEncoder;
  (globalThis as unknown as Record<string, unknown>).TextDecoder = util.TextDecoder;
}
export {};

// Fluent renders a lot of DOM; under a loaded CI machine the default 1 s of findBy/waitFor is too short.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('@testing-library/react').configure({ asyncUtilTimeout: 8000 });
