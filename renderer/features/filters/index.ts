// Filters, partner lens, layer toggles, legend and the bookmarkable URL hash.
export { FilterPanel } from './FilterPanel';
export { Legend } from './Legend';
export { useHashSync, restoreFromHash } from './useHashSync';
export { encodeHash, decodeHash, type HashState } from './hash';
