// Pointer behaviour on the map: hover tooltips, click to select, coordinates, and the distance tool.
import { Popup, type GeoJSONSource, type Map as MlMap, type MapMouseEvent, type MapGeoJSONFeature, type PointLike } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { haversineKm, type Position } from '../../shared/pack';
import type { Selection, SelectionKind } from '../store/map';
import { DEPOSIT_LAYER } from './layers/deposits';
import { withSharedProgram } from './layers/programs';
import { CORRIDOR_LAYER_PREFIX, NODE_LAYER } from './layers/corridors';

export const PICKABLE: Array<[string, SelectionKind]> = [
  [DEPOSIT_LAYER, 'deposit'],
  [NODE_LAYER, 'facility'],
  [`${CORRIDOR_LAYER_PREFIX}operating`, 'corridor'],
  [`${CORRIDOR_LAYER_PREFIX}construction`, 'corridor'],
  [`${CORRIDOR_LAYER_PREFIX}planned`, 'corridor'],
];
const KIND_OF = new Map(PICKABLE);

export interface InteractionCallbacks {
  onSelect?: (selection: Selection | null) => void;
  /** Shift-, Ctrl- or ⌘-click on a feature: add it to the highlighted features, or take it out. */
  onToggleHighlight?: (feature: Selection) => void;
  onPointer?: (lngLat: [number, number] | null) => void;
  onMeasure?: (km: number, points: number) => void;
  /** Tooltip text for a feature under the pointer. */
  describe?: (kind: SelectionKind, properties: Record<string, unknown>) => string;
}

const MEASURE_SOURCE = 'measure';

/** A second line for a feature's tooltip (e.g. why a deposit is greyed in a route scenario), or undefined for none. */
export type TooltipNote = (kind: SelectionKind, id: string) => string | undefined;
let tooltipNote: TooltipNote | null = null;

/** Lets a feature add a line under the map's hover tooltip; pass null to stop. Returns a function that removes it. */
export function setTooltipNote(note: TooltipNote | null): () => void {
  tooltipNote = note;
  return () => {
    if (tooltipNote === note) tooltipNote = null;
  };
}

/** The tooltip's content: the feature's description, and the note below it when there is one. */
export function tooltipContent(text: string, note: string | undefined): HTMLElement {
  const box = document.createElement('div');
  const title = document.createElement('div');
  title.className = 'map-tooltip-title';
  title.textContent = text;
  box.append(title);
  if (note) {
    const line = document.createElement('div');
    line.className = 'map-tooltip-note';
    line.dataset.testid = 'map-tooltip-note';
    line.textContent = note;
    box.append(line);
  }
  return box;
}

export class MapInteraction {
  private popup = new Popup({ closeButton: false, closeOnClick: false, offset: 10, className: 'map-tooltip' });
  private measuring = false;
  private points: Position[] = [];
  private frame = 0;

  constructor(private readonly map: MlMap, private readonly callbacks: InteractionCallbacks) {
    map.on('mousemove', this.onMove);
    map.on('mouseout', this.onOut);
    map.on('click', this.onClick);
    // A shift-press starts MapLibre's box zoom, which swallows the click; a shift-click that never moved ends as a
    // cancelled box zoom instead.
    map.on('boxzoomcancel', this.onShiftClick);
  }

  private pick(e: { point: { x: number; y: number } }): MapGeoJSONFeature | undefined {
    const layers = PICKABLE.map(([id]) => id).filter((id) => this.map.getLayer(id));
    if (!layers.length) return undefined;
    const pad = 4;
    const box: [PointLike, PointLike] = [[e.point.x - pad, e.point.y - pad], [e.point.x + pad, e.point.y + pad]];
    // Until a filter change's layer filter lands, tiles still hold deposits it hid: never pick them.
    return this.map.queryRenderedFeatures(box, { layers }).find((f) => !f.state?.hidden);
  }

  private featureAt(e: { point: { x: number; y: number } }): Selection | null {
    const hit = this.pick(e);
    const kind = hit && KIND_OF.get(hit.layer.id);
    return hit && kind ? { kind, id: String(hit.properties.id) } : null;
  }

  private onMove = (e: MapMouseEvent) => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.callbacks.onPointer?.([e.lngLat.lng, e.lngLat.lat]);
      if (this.measuring) {
        this.map.getCanvas().style.cursor = 'crosshair';
        return;
      }
      const hit = this.pick(e);
      this.map.getCanvas().style.cursor = hit ? 'pointer' : '';
      const kind = hit && KIND_OF.get(hit.layer.id);
      if (hit && kind && this.callbacks.describe) {
        const note = tooltipNote?.(kind, String(hit.properties.id));
        this.popup.setLngLat(e.lngLat).setDOMContent(tooltipContent(this.callbacks.describe(kind, hit.properties), note)).addTo(this.map);
      } else this.popup.remove();
    });
  };

  private onOut = () => {
    cancelAnimationFrame(this.frame);
    this.popup.remove();
    this.callbacks.onPointer?.(null);
  };

  private onClick = (e: MapMouseEvent) => {
    // A click is where the pointer is, even when no mouse move came before it (a touch, a pen, a test's click).
    this.callbacks.onPointer?.([e.lngLat.lng, e.lngLat.lat]);
    if (this.measuring) {
      this.points.push([e.lngLat.lng, e.lngLat.lat]);
      this.drawMeasure();
      return;
    }
    const feature = this.featureAt(e);
    const { shiftKey, ctrlKey, metaKey } = e.originalEvent;
    if (shiftKey || ctrlKey || metaKey) {
      // Adding to the highlights never clears them, even when the click misses.
      if (feature) this.callbacks.onToggleHighlight?.(feature);
      return;
    }
    this.callbacks.onSelect?.(feature);
  };

  private onShiftClick = (e: { originalEvent?: unknown }) => {
    if (this.measuring || !(e.originalEvent instanceof MouseEvent)) return;
    const rect = this.map.getCanvas().getBoundingClientRect();
    const feature = this.featureAt({ point: { x: e.originalEvent.clientX - rect.left, y: e.originalEvent.clientY - rect.top } });
    if (feature) this.callbacks.onToggleHighlight?.(feature);
  };

  setMeasuring(on: boolean) {
    this.measuring = on;
    this.points = [];
    this.popup.remove();
    this.map.getCanvas().style.cursor = on ? 'crosshair' : '';
    this.drawMeasure();
  }

  private drawMeasure() {
    const data: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        ...(this.points.length > 1 ? [{ type: 'Feature' as const, properties: {}, geometry: { type: 'LineString' as const, coordinates: this.points } }] : []),
        ...this.points.map((p) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: p } })),
      ],
    };
    const source = this.map.getSource<GeoJSONSource>(MEASURE_SOURCE);
    if (source) source.setData(data);
    else if (this.map.isStyleLoaded() || this.map.loaded()) {
      this.map.addSource(MEASURE_SOURCE, { type: 'geojson', data });
      this.map.addLayer(withSharedProgram({ id: 'measure-line', type: 'line', source: MEASURE_SOURCE, filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': '#1a66d2', 'line-width': 2.5, 'line-dasharray': [2, 1] } }));
      this.map.addLayer(withSharedProgram({ id: 'measure-points', type: 'circle', source: MEASURE_SOURCE, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 4.5, 'circle-color': '#ffffff', 'circle-stroke-color': '#1a66d2', 'circle-stroke-width': 2 } }));
    }
    let km = 0;
    for (let i = 1; i < this.points.length; i++) km += haversineKm(this.points[i - 1], this.points[i]);
    this.callbacks.onMeasure?.(km, this.points.length);
  }

  destroy() {
    cancelAnimationFrame(this.frame);
    this.popup.remove();
    this.map.off('mousemove', this.onMove);
    this.map.off('mouseout', this.onOut);
    this.map.off('click', this.onClick);
    this.map.off('boxzoomcancel', this.onShiftClick);
  }
}
