// Page geometry of the PDF handout, shared by the map renderer and the PDF writer.
/** A4 landscape, in millimetres. */
export const PAGE = { width: 297, height: 210, margin: 14 } as const;
/** Where the map sits on a slide page; at 1480 px wide the picture prints at 203 dpi. */
export const MAP_BOX = { x: PAGE.margin, y: 32, width: 185, height: 125 } as const;
export const PRINT_SNAPSHOT = { width: 740, height: 500, pixelRatio: 2 } as const;
