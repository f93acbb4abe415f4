/**
 * For long synchronous loops over every screen: awaited once per item, it lets the event loop
 * through (requests, event streams) whenever the loop has held it for `sliceMs`.
 */
export function timeSlicer(sliceMs = 10): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await new Promise((resume) => setImmediate(resume));
    sliceStart = performance.now();
  };
}
