// terra-draw on the live map: draw and reshape the active layer's shapes. Emits plain events; the drawing
// feature turns them into database writes (with undo) and feeds the result back through sync().
import {
  TerraDraw, TerraDrawCircleMode, TerraDrawFreehandMode, TerraDrawLineStringMode, TerraDrawPointMode, TerraDrawPolygonMode,
  TerraDrawSelectMode, type GeoJSONStoreFeatures, type HexColor, type TerraDrawMouseEvent,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Map as MlMap } from 'maplibre-gl';
import type { Geometry, LineString, Point, Polygon, Position } from 'geojson';
import type { DrawingKind, DrawingStyle } from '../../shared/interchange';
import { activeMapController } from './active-map';

export const DRAW_TOOLS = ['select', 'point', 'line', 'polygon', 'circle', 'freehand', 'text'] as const;
export type DrawTool = (typeof DRAW_TOOLS)[number];

const MODE_OF_KIND: Record<DrawingKind, string> = {
  point: 'point', text: 'text', line: 'linestring', polygon: 'polygon', circle: 'circle', freehand: 'freehand',
};
const KIND_OF_MODE: Record<string, DrawingKind> = Object.fromEntries(Object.entries(MODE_OF_KIND).map(([k, m]) => [m, k as DrawingKind]));

export interface EditableShape {
  id: string;
  kind: DrawingKind;
  geometry: Geometry;
  style: DrawingStyle;
  radiusKm?: number;
}

export interface EditedGeometry {
  id: string;
  kind: DrawingKind;
  geometry: Point | LineString | Polygon;
  radiusKm?: number;
  center?: Position;
}

export interface EditorEvents {
  created(shape: EditedGeometry): void;
  changed(shape: EditedGeometry): void;
  deleted(id: string): void;
  selected(id: string | null): void;
}

type Props = Record<string, string | number | boolean>;
const prop = <T extends string | number>(key: string, fallback: T) => (f: GeoJSONStoreFeatures) =>
  ((f.properties as Props)[key] as T | undefined) ?? fallback;
const color = (key: string, fallback: HexColor) => prop<HexColor>(key, fallback);

function circleCenter(polygon: Polygon): Position {
  const ring = polygon.coordinates[0].slice(0, -1);
  const sum = ring.reduce((s, p) => [s[0] + p[0], s[1] + p[1]], [0, 0]);
  return [sum[0] / ring.length, sum[1] / ring.length];
}

/** Nearest snap target within `px` screen pixels of the pointer. */
function snapper(map: MlMap, targets: () => Position[], px = 12) {
  return (event: TerraDrawMouseEvent): Position | undefined => {
    let best: Position | undefined;
    let bestD = px * px;
    for (const t of targets()) {
      const p = map.project(t as [number, number]);
      const d = (p.x - event.containerX) ** 2 + (p.y - event.containerY) ** 2;
      if (d < bestD) [best, bestD] = [t, d];
    }
    return best;
  };
}

export class DrawingEditor {
  private draw: TerraDraw | null = null;
  private map: MlMap | null = null;
  private quiet = false;
  private snapOn = false;
  private tool: DrawTool = 'select';
  private shapes: EditableShape[] = [];
  private readonly restart = () => {
    if (!this.draw || !this.map) return;
    // A replaced style drops terra-draw's layers; start again on the new style.
    if (!this.map.getSource('td-polygon') && !this.map.getSource('td-point')) this.rebuild();
  };

  /** While drawing, a click on the canvas belongs to the drawing, not to the map's select-a-deposit handler. */
  private readonly swallowClick = (e: MouseEvent) => {
    if (this.map && e.target === this.map.getCanvas()) e.stopPropagation();
  };

  constructor(private readonly events: EditorEvents, private readonly snapTargets: () => Position[] = () => []) {}

  get active() {
    return this.draw !== null;
  }

  /** Starts on the live map; returns false when there is no map yet. */
  start(): boolean {
    const map = activeMapController()?.map;
    if (!map) return false;
    this.map = map;
    this.map.on('styledata', this.restart);
    map.getContainer().parentElement?.addEventListener('click', this.swallowClick, true);
    this.rebuild();
    return true;
  }

  private rebuild() {
    this.teardown();
    const map = this.map!;
    const snapping = this.snapOn ? { toCoordinate: true, toCustom: snapper(map, this.snapTargets) } : undefined;
    const lineStyles = { lineStringColor: color('sdStroke', '#c2410c'), lineStringWidth: prop('sdWidth', 3) };
    const polyStyles = {
      fillColor: color('sdFill', '#f97316'), fillOpacity: prop('sdFillOpacity', 0.25),
      outlineColor: color('sdStroke', '#c2410c'), outlineWidth: prop('sdWidth', 3),
    };
    const pointStyles = { pointColor: color('sdMarker', '#c2410c'), pointWidth: 7, pointOutlineColor: '#ffffff' as HexColor, pointOutlineWidth: 2 };
    const editable = { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true, snappable: snapping ?? false } };
    const draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 9 }),
      modes: [
        new TerraDrawSelectMode({
          flags: {
            point: { feature: { draggable: true } },
            text: { feature: { draggable: true } },
            linestring: { feature: editable },
            polygon: { feature: editable },
            freehand: { feature: { draggable: true } },
            circle: { feature: { draggable: true, coordinates: { resizable: 'center-fixed' } } },
          },
        }),
        new TerraDrawPointMode({ styles: pointStyles, editable: true }),
        new TerraDrawPointMode({ modeName: 'text', styles: { ...pointStyles, pointColor: '#64748b', pointWidth: 4 } }),
        new TerraDrawLineStringMode({ styles: lineStyles, snapping }),
        new TerraDrawPolygonMode({ styles: polyStyles, snapping }),
        new TerraDrawCircleMode({ styles: polyStyles }),
        new TerraDrawFreehandMode({ styles: polyStyles }),
      ],
    });
    draw.start();
    draw.on('finish', (id, context) => {
      const shape = this.edited(String(id));
      if (!shape) return;
      if (context.action === 'draw') this.events.created(shape);
      else this.events.changed(shape);
    });
    draw.on('change', (ids, type) => {
      if (this.quiet || type !== 'delete') return;
      for (const id of ids) this.events.deleted(String(id));
    });
    draw.on('select', (id) => this.events.selected(String(id)));
    draw.on('deselect', () => this.events.selected(null));
    this.draw = draw;
    this.sync(this.shapes);
    draw.setMode(this.tool === 'select' ? 'select' : MODE_OF_KIND[this.tool]);
  }

  private edited(id: string): EditedGeometry | undefined {
    const f = this.draw?.getSnapshotFeature(id);
    if (!f) return undefined;
    const kind = KIND_OF_MODE[String(f.properties.mode)] ?? 'polygon';
    const geometry = f.geometry as Point | LineString | Polygon;
    const out: EditedGeometry = { id, kind, geometry };
    if (kind === 'circle' && geometry.type === 'Polygon') {
      const r = Number(f.properties.radiusKilometers);
      if (Number.isFinite(r)) out.radiusKm = Math.round(r * 1000) / 1000;
      out.center = circleCenter(geometry);
    }
    return out;
  }

  setTool(tool: DrawTool) {
    this.tool = tool;
    this.draw?.setMode(tool === 'select' ? 'select' : MODE_OF_KIND[tool]);
  }

  setSnap(on: boolean) {
    if (on === this.snapOn) return;
    this.snapOn = on;
    if (this.draw) this.rebuild();
  }

  select(id: string | null) {
    if (!this.draw) return;
    if (id && this.draw.hasFeature(id)) {
      this.setTool('select');
      this.draw.selectFeature(id);
    }
  }

  /**
   * Makes terra-draw hold exactly these shapes (geometry and style), touching only what differs, so feeding back
   * our own writes costs nothing. Returns the ids it holds; the rest (e.g. too-precise imports) stay display-only.
   */
  sync(shapes: EditableShape[]): Set<string> {
    this.shapes = shapes;
    const draw = this.draw;
    const held = new Set<string>();
    if (!draw) return held;
    this.quiet = true;
    try {
      this.reconcile(shapes, held);
    } catch (e) {
      // Never let the editor take the app down: the shapes stay visible through the overlay.
      console.warn('[drawing] could not load shapes into the editor', e);
    } finally {
      this.quiet = false;
    }
    return held;
  }

  private reconcile(shapes: EditableShape[], held: Set<string>) {
    const draw = this.draw!;
    const wanted = new Set(shapes.map((s) => s.id));
    const current = draw.getSnapshot();
    const stale = current.filter((f) => !wanted.has(String(f.id)) && f.properties.mode !== 'select').map((f) => f.id!);
    if (stale.length) draw.removeFeatures(stale);
    for (const s of shapes) {
      if (!['Point', 'LineString', 'Polygon'].includes(s.geometry.type)) continue;
      // Style lives in our own (sd-prefixed) property names: terra-draw reserves `mode`, `marker` and others.
      const style: Props = {
        sdStroke: s.style.stroke, sdWidth: s.style.strokeWidth, sdFill: s.style.fill, sdFillOpacity: s.style.fillOpacity, sdMarker: s.style.markerColor,
      };
      const existing = draw.getSnapshotFeature(s.id);
      if (existing && JSON.stringify(existing.geometry) === JSON.stringify(s.geometry)) {
        const changed = Object.entries(style).some(([k, v]) => (existing.properties as Props)[k] !== v);
        if (changed) draw.updateFeatureProperties(s.id, style);
        held.add(s.id);
        continue;
      }
      if (existing) draw.removeFeatures([s.id]);
      const props: Props = { ...style, mode: MODE_OF_KIND[s.kind] };
      if (s.kind === 'circle' && s.radiusKm) props.radiusKilometers = s.radiusKm;
      const [result] = draw.addFeatures([{ type: 'Feature', id: s.id, geometry: s.geometry, properties: props } as GeoJSONStoreFeatures]);
      if (result?.valid) held.add(s.id);
    }
  }

  private teardown() {
    if (!this.draw) return;
    this.quiet = true;
    try {
      this.draw.stop();
    } catch {
      // The style may already be gone; nothing to clean up then.
    }
    this.quiet = false;
    this.draw = null;
  }

  stop() {
    this.teardown();
    this.map?.off('styledata', this.restart);
    this.map?.getContainer().parentElement?.removeEventListener('click', this.swallowClick, true);
    this.map = null;
  }
}
