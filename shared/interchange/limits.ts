// How much one import may bring in. Past these the app refuses with a message instead of freezing.
export const IMPORT_LIMITS = {
  /** Bytes of GeoJSON or KML text (after unzipping a KMZ). */
  maxTextBytes: 30 * 1024 * 1024,
  /** Bytes of a KMZ archive as read from disk. */
  maxArchiveBytes: 30 * 1024 * 1024,
  /** Files inside one KMZ. */
  maxArchiveEntries: 2_000,
  maxFeatures: 20_000,
  /** Positions over all features: about what the map can redraw smoothly on a laptop. */
  maxVertices: 250_000,
} as const;
export type ImportLimits = { [K in keyof typeof IMPORT_LIMITS]: number };
