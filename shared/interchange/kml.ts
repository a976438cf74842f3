// KML in (via @tmcw/togeojson on an @xmldom/xmldom document, so it also runs in a Web Worker) and KML out
// (built as a DOM and serialised by xmldom, so every name and description is escaped by the XML library).
import { kml as kmlToGeoJson } from '@tmcw/togeojson';
import { DOMImplementation, DOMParser, XMLSerializer, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';
import type { Geometry, Position } from 'geojson';
import { collectShapes, type ForeignFeature } from './collect';
import type { ImportLimits } from './limits';
import { STEPPE_PROPS, type DrawingShape } from './model';
import type { ImportResult } from './result';
import { toKmlColor } from './style';

const KML_NS = 'http://www.opengis.net/kml/2.2';

function parseXml(text: string): { ok: true; doc: XmlDocument } | { ok: false; detail: string } {
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level === 'fatalError') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
    return { ok: true, doc };
  } catch (e) {
    return { ok: false, detail: String((e as Error).message).replace(/^\[xmldom \w+\]\s*/, '').split('\n')[0].slice(0, 200) };
  }
}

function documentName(doc: XmlDocument): string | undefined {
  const docs = doc.getElementsByTagName('Document');
  const container = docs.length > 0 ? docs[0] : doc.documentElement;
  if (!container) return undefined;
  for (let n = container.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as XmlElement).localName === 'name') return n.textContent?.trim() || undefined;
  }
  return undefined;
}

/** Parses KML text into shapes; names, descriptions (HTML → text), styles and ExtendedData come along. */
export function readKml(text: string, fallbackName: string, limits: ImportLimits, format: 'kml' | 'kmz' = 'kml'): ImportResult {
  // No KML needs a DTD; refusing it rules out entity expansion ("billion laughs") and external entities.
  if (/<!DOCTYPE/i.test(text.slice(0, 4096)) || /<!ENTITY/i.test(text)) return { ok: false, problem: { code: 'xml-doctype' } };
  const parsed = parseXml(text);
  if (!parsed.ok) return { ok: false, problem: { code: 'malformed-xml', detail: parsed.detail } };
  const root = parsed.doc.documentElement;
  if (!root || root.localName !== 'kml') return { ok: false, problem: { code: 'not-kml' } };
  const collection = kmlToGeoJson(parsed.doc as unknown as Document);
  const features: ForeignFeature[] = collection.features.map((f) => ({ geometry: f.geometry, properties: f.properties ?? null }));
  const collected = collectShapes(features, limits, true);
  if (!collected.ok) return collected;
  return {
    ok: true,
    preview: { format, layerName: documentName(parsed.doc) ?? fallbackName, shapes: collected.shapes, vertices: collected.vertices, warnings: collected.warnings },
  };
}

class KmlBuilder {
  readonly doc: XmlDocument;
  constructor() {
    this.doc = new DOMImplementation().createDocument(KML_NS, 'kml', null);
  }
  el(parent: XmlElement, name: string, text?: string, attrs: Record<string, string> = {}): XmlElement {
    const e = this.doc.createElementNS(KML_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.appendChild(this.doc.createTextNode(text));
    parent.appendChild(e);
    return e;
  }
}

const coords = (ps: Position[]) => ps.map((p) => p.join(',')).join(' ');

function writeGeometry(b: KmlBuilder, parent: XmlElement, g: Geometry): void {
  switch (g.type) {
    case 'Point':
      b.el(b.el(parent, 'Point'), 'coordinates', coords([g.coordinates]));
      return;
    case 'LineString':
      b.el(b.el(parent, 'LineString'), 'coordinates', coords(g.coordinates));
      return;
    case 'Polygon': {
      const poly = b.el(parent, 'Polygon');
      g.coordinates.forEach((ring, i) => {
        const boundary = b.el(poly, i === 0 ? 'outerBoundaryIs' : 'innerBoundaryIs');
        b.el(b.el(boundary, 'LinearRing'), 'coordinates', coords(ring));
      });
      return;
    }
    case 'MultiPoint':
      return multi(b, parent, g.coordinates.map((coordinates) => ({ type: 'Point', coordinates })));
    case 'MultiLineString':
      return multi(b, parent, g.coordinates.map((coordinates) => ({ type: 'LineString', coordinates })));
    case 'MultiPolygon':
      return multi(b, parent, g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates })));
    case 'GeometryCollection':
      return multi(b, parent, g.geometries);
  }
}

function multi(b: KmlBuilder, parent: XmlElement, parts: Geometry[]) {
  const m = b.el(parent, 'MultiGeometry');
  for (const part of parts) writeGeometry(b, m, part);
}

function extendedValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? '';
}

/** Shapes → a KML document with a Folder-less Document, one Placemark each, inline styles. */
export function writeKml(shapes: Array<DrawingShape & { id?: string }>, name: string, description = ''): string {
  const b = new KmlBuilder();
  const root = b.doc.documentElement as XmlElement;
  const document = b.el(root, 'Document');
  b.el(document, 'name', name);
  if (description) b.el(document, 'description', description);
  for (const shape of shapes) {
    const pm = b.el(document, 'Placemark', undefined, shape.id ? { id: shape.id } : {});
    b.el(pm, 'name', shape.name);
    if (shape.description) b.el(pm, 'description', shape.description);
    const style = b.el(pm, 'Style');
    const s = shape.style;
    const icon = b.el(style, 'IconStyle');
    b.el(icon, 'color', toKmlColor(s.markerColor, 1));
    if (shape.kind === 'text') b.el(icon, 'scale', '0');
    if (shape.kind === 'text') b.el(b.el(style, 'LabelStyle'), 'color', toKmlColor(s.stroke, 1));
    const line = b.el(style, 'LineStyle');
    b.el(line, 'color', toKmlColor(s.stroke, s.strokeOpacity));
    b.el(line, 'width', String(s.strokeWidth));
    const poly = b.el(style, 'PolyStyle');
    b.el(poly, 'color', toKmlColor(s.fill, s.fillOpacity));
    b.el(poly, 'fill', s.fillOpacity > 0 ? '1' : '0');
    b.el(poly, 'outline', s.strokeWidth > 0 ? '1' : '0');
    const data: Record<string, unknown> = { ...shape.extra, [STEPPE_PROPS.kind]: shape.kind, [STEPPE_PROPS.dashed]: String(s.dashed) };
    if (shape.kind === 'circle' && shape.radiusKm !== undefined) data[STEPPE_PROPS.radiusKm] = String(shape.radiusKm);
    if (shape.kind === 'circle' && shape.center) data[STEPPE_PROPS.center] = shape.center.join(',');
    const ext = b.el(pm, 'ExtendedData');
    for (const [key, value] of Object.entries(data)) b.el(b.el(ext, 'Data', undefined, { name: key }), 'value', extendedValue(value));
    writeGeometry(b, pm, shape.geometry);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(b.doc)}\n`;
}
