/** @jest-environment jsdom */
/** afterFrame: after the next frame (a requestAnimationFrame callback, then a task of its own); without frames, a zero timeout; cancellable. */
import { afterFrame } from '../../src/taskpane/afterFrame';

describe('afterFrame', () => {
  let frames: FrameRequestCallback[];
  let hidden: boolean;
  beforeEach(() => {
    jest.useFakeTimers();
    frames = [];
    hidden = false;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame = (cb: FrameRequestCallback) => frames.push(cb);
    (globalThis as { cancelAnimationFrame?: unknown }).cancelAnimationFrame = (id: number) => (frames[id - 1] = () => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    delete (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame;
    delete (globalThis as { cancelAnimationFrame?: unknown }).cancelAnimationFrame;
  });

  it('runs in a task after the next frame, not before it', () => {
    const fn = jest.fn();
    afterFrame(fn);
    jest.runAllTimers();
    expect(fn).not.toHaveBeenCalled(); // no frame drawn yet
    expect(frames).toHaveLength(1);
    frames[0](0);
    expect(fn).not.toHaveBeenCalled(); // not inside the frame's callback either
    jest.runAllTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('a hidden page draws no frames: a zero timeout', () => {
    hidden = true;
    const fn = jest.fn();
    afterFrame(fn);
    expect(frames).toHaveLength(0);
    jest.runAllTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('is cancelled before the frame and between the frame and its task', () => {
    const a = jest.fn();
    afterFrame(a)();
    frames[0](0);
    jest.runAllTimers();
    expect(a).not.toHaveBeenCalled();
    const b = jest.fn();
    const cancel = afterFrame(b);
    frames[1](0);
    cancel();
    jest.runAllTimers();
    expect(b).not.toHaveBeenCalled();
  });
});
