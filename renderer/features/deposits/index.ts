// The atlas map and its data: what other features may use.
export { AtlasDataProvider, useAtlasData, useAtlasIndex, type AtlasContent } from './atlas-data';
export { localName, localText, formatNumber, aimagName } from './names';
export { AtlasMap } from './AtlasMap';
export { useFilteredDeposits } from './useFilteredDeposits';
