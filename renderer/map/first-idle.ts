// Start-up ordering: work the user does not see yet (checking the bundled pack for updates, warming
// caches) waits until the atlas map has drawn for the first time, so it does not compete with it for
// the CPU. Resolves at the map's first idle, or after `timeoutMs` when no map comes (another window).

let resolveFirstIdle: (() => void) | undefined;
const firstIdle = new Promise<void>((resolve) => {
  resolveFirstIdle = resolve;
});

/** Called by the MapController when a map first settles. */
export function markMapFirstIdle() {
  resolveFirstIdle?.();
}

/** Resolves once the map has first drawn (or after timeoutMs), then at the browser's next idle moment. */
export function afterMapFirstIdle(timeoutMs = 15_000): Promise<void> {
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  return Promise.race([firstIdle, timeout]).then(
    () =>
      new Promise<void>((resolve) => {
        if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
        else setTimeout(resolve, 0);
      }),
  );
}
