/**
 * Runs `fn` in a task of its own after the browser has drawn its next frame (style, layout and paint of what
 * was committed before), so work split over several calls is laid out in several tasks rather than one.
 * Without frames to wait for (a hidden page draws none; no requestAnimationFrame in tests) it runs after a
 * zero timeout. Returns a function that cancels the call.
 */
export function afterFrame(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const later = () => {
    frame = undefined;
    timer = setTimeout(fn, 0);
  };
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) frame = requestAnimationFrame(later);
  else later();
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
