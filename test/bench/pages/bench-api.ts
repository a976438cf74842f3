// What a benchmark page exposes to the Node side (test/bench/benchmarks/*.mjs).
export interface BenchApi {
  /** Resolves once the page has drawn (or built) everything. */
  ready: Promise<void>;
  /** Pans and zooms along the shared camera path for `ms`; resolves with frames per second. */
  fps?: (ms: number) => Promise<number>;
  /** Applies a filter and resolves with the ms until a frame shows it (the page says how it knows). `which` alternates two filters. */
  filter?: (which: number) => Promise<number>;
  /** Repaints the unchanged view and resolves with the ms until its pixels are readable (one frame's cost). */
  repaint?: () => Promise<number>;
  /** Runs the search keystroke by keystroke; resolves with the time of every keystroke in ms. */
  search?: () => Promise<number[]>;
}

export function expose(api: BenchApi) {
  (window as unknown as { __bench: BenchApi }).__bench = api;
}
