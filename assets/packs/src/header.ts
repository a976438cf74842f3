// Header of the bundled pack. Bump `version` (and `publishedAt`) whenever the content changes.
export const PACK_HEADER = {
  packId: 'mongolia-critical-minerals',
  version: 2,
  publishedAt: '2026-11-23T00:00:00Z',
  title: "Mongolia's critical minerals: deposits, export corridors and partners",
  publisher: 'Steppe Atlas team',
} as const;
