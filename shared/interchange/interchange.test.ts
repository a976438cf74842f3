import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { DEFAULT_STYLE, importFile, writeGeoJson, writeKml, type DrawingShape, type ImportResult } from './index';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../test/fixtures/interchange', name)));
const enc = (s: string) => new TextEncoder().encode(s);

function preview(result: ImportResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problem)}`);
  return result.preview;
}

describe('reading KML from other tools', () => {
  it('keeps names, shared and inline styles, folders flattened, ExtendedData and HTML descriptions as text', () => {
    const p = preview(importFile('field-visit.kml', fixture('google-earth-styles.kml')));
    expect(p.format).toBe('kml');
    expect(p.layerName).toBe('Southern Gobi field visit');
    expect(p.shapes.map((s) => [s.kind, s.name])).toEqual([
      ['point', 'Oyu Tolgoi visitor centre'],
      ['line', 'Rail spur to Gashuunsukhait'],
      ['polygon', 'Licence area (approx.)'],
    ]);
    const [site, rail, area] = p.shapes;
    expect(site.description).toBe('Meet at 09:00.\nBring ID & hard hat.');
    expect(site.extra.contact).toBe('Site office');
    expect(site.style.markerColor).toBe('#ffaa00');
    expect(rail.style).toMatchObject({ stroke: '#e60014', strokeWidth: 4, strokeOpacity: 1 });
    expect(area.style).toMatchObject({ stroke: '#ff0000', fill: '#ff0000', fillOpacity: 0.3 });
    expect(area.geometry).toEqual({ type: 'Polygon', coordinates: [[[106.7, 42.9], [107, 42.9], [107, 43.1], [106.7, 43.1], [106.7, 42.9]]] });
    expect(p.warnings.htmlStripped).toBe(1);
  });

  it('turns a KML with scripts and javascript: links into inert text and says so', () => {
    const p = preview(importFile('malicious.kml', fixture('malicious.kml')));
    expect(p.shapes).toHaveLength(2);
    const [first, second] = p.shapes;
    expect(first.description).not.toMatch(/<script|<iframe|<img|onerror/i);
    expect(first.description).not.toContain('__pwned');
    expect(first.description).toContain('Click here');
    // The name was escaped text in the file; it stays text (rendered by React as text, never as markup).
    expect(first.name).toBe('<img src=x onerror=alert(1)>Trap');
    expect(second.description).not.toMatch(/<svg/i);
    expect(p.warnings.activeContent).toBe(2);
  });

  it('refuses malformed XML and DOCTYPE entity tricks with a reason', () => {
    const bad = importFile('broken.kml', fixture('malformed.kml'));
    expect(bad).toMatchObject({ ok: false, problem: { code: 'malformed-xml' } });
    expect(importFile('lol.kml', fixture('billion-laughs.kml'))).toEqual({ ok: false, problem: { code: 'xml-doctype' } });
    expect(importFile('page.kml', enc('<html><body>not kml</body></html>'))).toEqual({ ok: false, problem: { code: 'not-kml' } });
  });
});

describe('reading GeoJSON', () => {
  it('keeps unknown properties and skips features with invalid coordinates, counting them', () => {
    const p = preview(importFile('aimag_centres.geojson', fixture('qgis-export.geojson')));
    expect(p.layerName).toBe('aimag_centres');
    expect(p.shapes.map((s) => s.name)).toEqual(['Dalanzadgad', 'Sainshand']);
    expect(p.shapes[0].extra).toEqual({ pop_2020: 26000, aimag: 'Ömnögovi' });
    expect(p.shapes[0].style.markerColor).toBe('#7e22ce');
    expect(p.warnings.skipped).toBe(3);
    expect(p.warnings.firstIssue).toEqual({ code: 'out-of-range', lon: 106, lat: 95 });
  });

  it('accepts a bare Feature or geometry', () => {
    expect(preview(importFile('f.json', enc('{"type":"Feature","properties":null,"geometry":{"type":"Point","coordinates":[1,2]}}'))).shapes).toHaveLength(1);
    expect(preview(importFile('g.json', enc('{"type":"LineString","coordinates":[[1,2],[3,4]]}'))).shapes[0].kind).toBe('line');
  });

  it('says what is wrong with files it cannot use', () => {
    expect(importFile('x.geojson', enc('{"type":"FeatureCollection","features":[')).ok).toBe(false);
    expect(importFile('x.geojson', enc('{"type":"FeatureCollection","features":[')))
      .toMatchObject({ problem: { code: 'malformed-json' } });
    expect(importFile('x.geojson', enc('{"hello":"world"}'))).toEqual({ ok: false, problem: { code: 'not-geojson' } });
    expect(importFile('x.geojson', enc(''))).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(importFile('x.bin', new Uint8Array([1, 2, 3]))).toEqual({ ok: false, problem: { code: 'unknown-format' } });
    const allBad = importFile('x.geojson', enc('{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":["a","b"]}}'));
    expect(allBad).toMatchObject({ ok: false, problem: { code: 'no-valid-features', skipped: 1, firstIssue: { code: 'bad-position' } } });
  });

  it('refuses a line with a million vertices without building it', () => {
    const coords = Array.from({ length: 1_000_000 }, (_, i) => [100 + (i % 1000) / 1000, 45 + Math.floor(i / 1000) / 1000]);
    const text = JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords } });
    const result = importFile('dense.geojson', enc(text));
    expect(result).toMatchObject({ ok: false, problem: { code: 'too-many-vertices', limit: 250_000 } });
  });

  it('refuses a file past the size limit before decoding it', () => {
    const big = new Uint8Array(31 * 1024 * 1024).fill(0x20);
    big[0] = 0x7b;
    expect(importFile('huge.geojson', big)).toMatchObject({ ok: false, problem: { code: 'too-large', limit: 30 * 1024 * 1024 } });
  });
});

describe('KMZ', () => {
  it('reads the first .kml inside the archive', () => {
    const zip = zipSync({ 'files/icon.png': new Uint8Array([1, 2, 3]), 'doc.kml': fixture('google-earth-styles.kml') });
    const p = preview(importFile('visit.kmz', zip));
    expect(p.format).toBe('kmz');
    expect(p.shapes).toHaveLength(3);
  });

  it('rejects an archive without KML, a corrupt one, and a zip bomb', () => {
    expect(importFile('x.kmz', zipSync({ 'readme.txt': strToU8('hi') }))).toEqual({ ok: false, problem: { code: 'kmz-no-kml' } });
    const corrupt = zipSync({ 'doc.kml': fixture('malicious.kml') }).slice(0, 60);
    expect(importFile('x.kmz', corrupt)).toMatchObject({ ok: false, problem: { code: 'kmz-corrupt' } });
    const bomb = zipSync({ 'doc.kml': new Uint8Array(40 * 1024 * 1024).fill(0x20) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(importFile('bomb.kmz', bomb)).toMatchObject({ ok: false, problem: { code: 'too-large' } });
  });
});

const shapes: Array<DrawingShape & { id: string }> = [
  {
    id: 'a1', kind: 'polygon', name: 'Tavan Tolgoi → Gashuunsukhait <buffer> & "route" \'A\'', description: 'Two options:\n- rail\n- road',
    geometry: { type: 'Polygon', coordinates: [[[105.123456789012, 43.5], [106.000000001, 43.5], [106, 44.25], [105.123456789012, 43.5]]] },
    style: { ...DEFAULT_STYLE, stroke: '#1d4ed8', strokeWidth: 5, fill: '#93c5fd', fillOpacity: 0.4, dashed: true }, extra: { priority: 'high' },
  },
  {
    id: 'a2', kind: 'circle', name: '50 km around Erdenet', description: '', radiusKm: 50, center: [104.09, 49.03],
    geometry: { type: 'Polygon', coordinates: [[[104, 49], [104.2, 49], [104.1, 49.1], [104, 49]]] }, style: DEFAULT_STYLE, extra: {},
  },
  { id: 'a3', kind: 'text', name: 'Улаанбаатар · 울란바토르', description: '', geometry: { type: 'Point', coordinates: [106.9057, 47.8864] }, style: { ...DEFAULT_STYLE, stroke: '#000000' }, extra: {} },
  { id: 'a4', kind: 'line', name: 'Freight', description: '**bold** and `code`', geometry: { type: 'LineString', coordinates: [[90, 45], [119.9, 50.1]] }, style: { ...DEFAULT_STYLE, strokeOpacity: 0.5 }, extra: {} },
];

describe('round trips', () => {
  const strip = (list: DrawingShape[]) => list.map(({ kind, geometry, name, description, style, radiusKm, center, extra }) => ({ kind, geometry, name, description, style, radiusKm, center, extra }));

  it('GeoJSON export → import gives back the same shapes exactly', () => {
    const text = JSON.stringify(writeGeoJson(shapes, 'Route options for KOMIR visit'));
    const p = preview(importFile('routes.geojson', enc(text)));
    expect(p.layerName).toBe('Route options for KOMIR visit');
    expect(strip(p.shapes)).toEqual(strip(shapes));
  });

  it('KML export → import gives back the same geometries, names, descriptions and styles', () => {
    const kml = writeKml(shapes, 'Route options for KOMIR visit');
    expect(kml).toContain('<LineStyle><color>ffd84e1d</color><width>5</width></LineStyle>');
    expect(kml).not.toContain('<buffer>');
    const p = preview(importFile('routes.kml', enc(kml)));
    expect(p.layerName).toBe('Route options for KOMIR visit');
    expect(strip(p.shapes)).toEqual(strip(shapes));
  });
});
