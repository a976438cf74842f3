// Orkhon aimag (Erdenet and its two sums, 844 km²) split from Bulgan in 1994; the aimag file we build from still
// draws it inside Bulgan, and no npm package with a licence we can ship has a newer outline. So Orkhon gets an
// approximate outline here, traced around Erdenet and Jargalant at the scale of the other aimags (a few km),
// cut out of Bulgan as a hole so the two never overlap, and marked `approximate` in the data.
import { pointInRing } from './geo.mjs';

const OUTLINE = [
  [103.78, 49.07], [103.9, 49.17], [104.15, 49.19], [104.35, 49.1], [104.28, 48.95], [104.02, 48.9], [103.84, 48.96], [103.78, 49.07],
];
/** The real aimag's area; the outline must stay within this share of it, or it is not a fair stand-in. */
const AREA_KM2 = 844;
const TOLERANCE = 0.35;

/** Area of a small lon/lat ring in km² (equirectangular at its mean latitude: fine at this size). */
export function ringAreaKm2(ring) {
  const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) twice += ring[j][0] * kx * ring[i][1] * 110.57 - ring[i][0] * kx * ring[j][1] * 110.57;
  return Math.abs(twice / 2);
}

/** Orkhon's feature; Bulgan's polygon (mutated) gets the matching hole. */
export function addOrkhon(bulgan, orkhon) {
  if (!bulgan) throw new Error('no Bulgan polygon to cut Orkhon from');
  if (!pointInRing(orkhon.centre, OUTLINE)) throw new Error('Orkhon outline does not contain Erdenet');
  const area = ringAreaKm2(OUTLINE);
  if (Math.abs(area - AREA_KM2) / AREA_KM2 > TOLERANCE) throw new Error(`Orkhon outline is ${Math.round(area)} km², real aimag ${AREA_KM2} km²`);
  const polygons = bulgan.geometry.type === 'Polygon' ? [bulgan.geometry.coordinates] : bulgan.geometry.coordinates;
  const host = polygons.find(([outer]) => OUTLINE.every((p) => pointInRing(p, outer)));
  if (!host) throw new Error('Orkhon outline is not inside Bulgan');
  // OUTLINE runs clockwise: as is for Bulgan's hole, reversed for Orkhon's own outer ring (RFC 7946 winding).
  host.push(OUTLINE);
  return {
    type: 'Feature',
    properties: { id: orkhon.id, en: orkhon.en, mn: orkhon.mn, ko: orkhon.ko, approximate: 1 },
    geometry: { type: 'Polygon', coordinates: [[...OUTLINE].reverse()] },
  };
}
