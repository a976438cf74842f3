// The data pack shipped with the app, served as a same-origin static asset (no network).
// A glob, not a plain import, so a build without the pack still works (and says it has none).
const packs = import.meta.glob('../../../assets/packs/*.pack.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export const BUNDLED_PACK_URL: string | null = Object.values(packs)[0] ?? null;
