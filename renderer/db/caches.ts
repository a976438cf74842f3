// Records of cache tables: things the app can draw again, kept only to save time. Never part of a backup.

/** A print-size map picture drawn for a deck export (see renderer/features/export/picture-store.ts). */
export interface PrintPictureRecord {
  /** Hash of the slide view, picture size, pack checksum, label language, drawings and app version. */
  key: string;
  /** Checksum of the pack the picture was drawn with: pictures of older packs are dropped. */
  pack: string;
  /** The JPEG file. */
  jpeg: Uint8Array<ArrayBuffer>;
  /** Pixels of the picture, and the CSS pixels of the map it was drawn from (for the scale bar). */
  width: number;
  height: number;
  cssWidth: number;
  /** Milliseconds since 1970 of the last use: the least recently used go first when the cache is full. */
  usedAt: number;
}
