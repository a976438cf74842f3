// Search across deposits, nodes, corridors and events in English, Mongolian and Korean.
export { SearchBox } from './SearchBox';
export { AtlasSearch, searchDocuments, type SearchHit, type SearchDocument } from './search-index';
export { normalizeTerm, transliterate } from './normalize';
