// The pack content analysis reads: the app-wide hook in renderer/db (one live read shared with the map).
export { loadPackContent, usePackContent, type PackContent } from '../../db/pack-content';
