/** The browser mode through its entry: the files capability and downloads through the page's save. */
import { browserEntry } from '../../../src/hosts/browser/entry';

describe('browser entry', () => {
  it('always detects itself (it is the fallback) and creates a host whose workbooks are files opened in the pane', async () => {
    expect(await browserEntry.detect()).toBe(true);
    const saved: string[] = [];
    const host = browserEntry.create({ save: (name) => saved.push(name) });
    expect(host.kind).toBe('browser');
    expect(host.files).toBeDefined();
    host.files!.addFiles([{ name: 'a.csv', bytes: new Uint8Array([0x41]) }]);
    expect(host.files!.fileNames()).toEqual(['a.csv']);
    await host.download!('x.zip', new Uint8Array([1]), 'application/zip');
    expect(saved).toEqual(['x.zip']);
  });
});
