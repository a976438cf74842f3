// Corridor node icons: small pictograms on a round badge, drawn from SVG path data in a 20×20 box. The map gets
// them as images rasterised from an in-memory canvas when a layer first asks for one (no sprite, no network);
// the legend draws the same paths as inline SVG, so both always match.
import type { Map as MlMap } from 'maplibre-gl';
import type { FacilityKind } from '../../../shared/pack';
import { LABEL_COLOURS } from '../palette';
import type { MapTheme } from '../style';

export interface NodeGlyph {
  /** Path data in a 20×20 box, stroked with the ink colour. */
  stroke?: string;
  /** Path data filled with the ink colour. */
  fill?: string;
}

export const NODE_GLYPHS: Record<FacilityKind, NodeGlyph> = {
  // A border line with an arrow crossing it.
  'border-crossing': { stroke: 'M10 3.5v2.5M10 8.5v3M10 14v2.5M4.5 10h10M12 7.5l2.8 2.5-2.8 2.5' },
  // A train seen from the front.
  'rail-station': { stroke: 'M7 4.5h6a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2zM5 9h10M7.5 13.5l-1.7 2.5M12.5 13.5l1.7 2.5', fill: 'M7.2 11.2h1.2v1.2H7.2zM11.6 11.2h1.2v1.2h-1.2z' },
  // An anchor.
  port: { stroke: 'M10 6.2v10M7 8h6M4.8 11.5a5.2 5.2 0 0 0 10.4 0', fill: 'M10 2.6a1.8 1.8 0 1 1 0 3.6 1.8 1.8 0 0 1 0-3.6z' },
  // An aeroplane from above, nose up.
  airport: { fill: 'M10 2.5c.8 0 1.2.9 1.2 1.8v3.4l5.3 3.1v1.7l-5.3-1.6v3.3l1.8 1.3v1.3L10 16l-3 .8v-1.3l1.8-1.3v-3.3l-5.3 1.6v-1.7l5.3-3.1V4.3c0-.9.4-1.8 1.2-1.8z' },
  // A factory with a saw-tooth roof.
  'processing-zone': { fill: 'M3.5 16.5V9.5l3.8 2.3V9.5l3.8 2.3V9.5l3.4 2.1V4h2v12.5z' },
  // A laboratory flask.
  'research-centre': { stroke: 'M7.8 3.5h4.4M8.8 3.5v4.8l-4.2 7.1a1 1 0 0 0 .9 1.6h9a1 1 0 0 0 .9-1.6l-4.2-7.1V3.5', fill: 'M6.4 12.6h7.2l1.8 3.1H4.6z' },
  // A pickaxe.
  'mine-site': { stroke: 'M6 15.5l8-8M4.5 8.5c3-3.2 7.6-3.8 11-1.5' },
  // A town: a filled dot.
  city: { fill: 'M10 6a4 4 0 1 1 0 8 4 4 0 0 1 0-8z' },
};

/** The image id a node of this kind is drawn with, per theme (badge and ink colours differ). */
export const nodeIconId = (theme: MapTheme, kind: FacilityKind | string) => `node-${theme}-${kind}`;

/** Badge and ink for a theme: the label halo and text colours, so icons read like the labels beside them. */
export function nodeIconColours(theme: MapTheme): { badge: string; ink: string } {
  return { badge: LABEL_COLOURS[theme].halo, ink: LABEL_COLOURS[theme].text };
}

/** Parses an image id back into theme and kind, or null when it is not a node icon. */
export function parseNodeIconId(id: string): { theme: MapTheme; kind: FacilityKind } | null {
  const m = /^node-(light|dark)-(.+)$/.exec(id);
  if (!m || !(m[2] in NODE_GLYPHS)) return null;
  return { theme: m[1] as MapTheme, kind: m[2] as FacilityKind };
}

/** Device pixels per icon pixel: drawn at twice the size so icons stay crisp on high-density screens. */
export const ICON_PIXEL_RATIO = 2;

/** Rasterises one node icon (badge + glyph) to pixels MapLibre can take in `addImage`. Browser only. */
export function drawNodeIcon(theme: MapTheme, kind: FacilityKind): ImageData {
  const size = 20 * ICON_PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  // Drawn once and read straight back: a CPU canvas avoids a slow GPU read-back per icon.
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const { badge, ink } = nodeIconColours(theme);
  ctx.scale(ICON_PIXEL_RATIO, ICON_PIXEL_RATIO);
  ctx.beginPath();
  ctx.arc(10, 10, 9, 0, Math.PI * 2);
  ctx.fillStyle = badge;
  ctx.fill();
  ctx.lineWidth = kind === 'border-crossing' ? 1.6 : 1.1;
  ctx.strokeStyle = ink;
  ctx.stroke();
  const glyph = NODE_GLYPHS[kind];
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.fillStyle = ink;
  if (glyph.fill) ctx.fill(new Path2D(glyph.fill));
  if (glyph.stroke) {
    ctx.lineWidth = 1.5;
    ctx.stroke(new Path2D(glyph.stroke));
  }
  return ctx.getImageData(0, 0, size, size);
}

/** Gives a map the node icons on demand: MapLibre asks for an image the first time a symbol needs it. */
export function provideNodeIcons(map: Pick<MlMap, 'on' | 'hasImage' | 'addImage'>): void {
  map.on('styleimagemissing', ({ id }: { id: string }) => {
    const icon = parseNodeIconId(id);
    if (icon && !map.hasImage(id)) map.addImage(id, drawNodeIcon(icon.theme, icon.kind), { pixelRatio: ICON_PIXEL_RATIO });
  });
}
