// What a map slide remembers of the map, and how to capture it from / apply it to a live map.
// Camera and theme are handled here; layers, filters, partner lens, highlights and drawing layers
// belong to other features, which register a provider for their part (see registerViewStateProvider).
import { z } from 'zod';
import type { Map as MlMap } from 'maplibre-gl';
import { DESTINATION_PARTNERS, ScenarioSchema } from '../../shared/routes';
import type { MapTheme } from './style';

export const CameraSchema = z.strictObject({
  center: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  zoom: z.number().min(0).max(24),
  bearing: z.number().min(-360).max(360),
  pitch: z.number().min(0).max(85),
});
export type Camera = z.infer<typeof CameraSchema>;

export const FeatureRefSchema = z.strictObject({
  kind: z.enum(['deposit', 'facility', 'corridor', 'country', 'event']),
  id: z.string().min(1).max(200),
});
export type FeatureRef = z.infer<typeof FeatureRefSchema>;

/** A corridor-analysis scenario shown on the map: its constraints, the partner, the deposit and the exit of the route drawn. */
export const AnalysisViewSchema = z.strictObject({
  scenario: ScenarioSchema,
  partner: z.enum(DESTINATION_PARTNERS),
  deposit: z.string().min(1).max(200).nullable(),
  exit: z.string().min(1).max(200).nullable(),
});
export type AnalysisView = z.infer<typeof AnalysisViewSchema>;

export const MapViewStateSchema = z.strictObject({
  camera: CameraSchema,
  theme: z.enum(['light', 'dark']),
  /** Visible layer ids; null = the map's defaults. */
  layers: z.array(z.string().max(200)).max(200).nullable(),
  filters: z.record(z.string().max(100), z.unknown()),
  partnerLens: z.string().max(20).nullable(),
  highlighted: z.array(FeatureRefSchema).max(500),
  drawingLayers: z.array(z.string().max(200)).max(200),
  /** The route scenario on the map, when the slide was made from the Routes panel. */
  analysis: AnalysisViewSchema.optional(),
});
export type MapViewState = z.infer<typeof MapViewStateSchema>;

type ProvidedKey = 'layers' | 'filters' | 'partnerLens' | 'highlighted' | 'drawingLayers' | 'analysis';

export interface ViewStateProvider<K extends ProvidedKey> {
  capture: () => MapViewState[K];
  apply: (value: MapViewState[K]) => void;
}

const providers: { [K in ProvidedKey]?: ViewStateProvider<K> } = {};

/**
 * The map-layers, partner and drawing features call this once to let slides capture and restore
 * their part of the view. Returns a function that unregisters the provider.
 */
export function registerViewStateProvider<K extends ProvidedKey>(key: K, provider: ViewStateProvider<K>): () => void {
  (providers as Record<K, ViewStateProvider<K> | undefined>)[key] = provider;
  return () => {
    if ((providers as Record<K, ViewStateProvider<K> | undefined>)[key] === provider) delete providers[key];
  };
}

const DEFAULTS: Pick<MapViewState, ProvidedKey> = { layers: null, filters: {}, partnerLens: null, highlighted: [], drawingLayers: [], analysis: undefined };

export function captureCamera(map: Pick<MlMap, 'getCenter' | 'getZoom' | 'getBearing' | 'getPitch'>): Camera {
  const c = map.getCenter();
  const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
  return { center: [round(c.lng, 5), round(c.lat, 5)], zoom: round(map.getZoom(), 3), bearing: round(map.getBearing(), 2), pitch: round(map.getPitch(), 2) };
}

/** The whole view: camera from the map, theme as given, every other part from its provider (or the default). */
export function captureViewState(map: Pick<MlMap, 'getCenter' | 'getZoom' | 'getBearing' | 'getPitch'>, theme: MapTheme): MapViewState {
  const part = <K extends ProvidedKey>(key: K): MapViewState[K] => (providers[key] as ViewStateProvider<K> | undefined)?.capture() ?? (DEFAULTS[key] as MapViewState[K]);
  const analysis = part('analysis');
  return {
    camera: captureCamera(map),
    theme,
    layers: part('layers'),
    filters: part('filters'),
    partnerLens: part('partnerLens'),
    highlighted: part('highlighted'),
    drawingLayers: part('drawingLayers'),
    ...(analysis ? { analysis } : {}),
  };
}

/** Restores layers, filters, lens, highlights, drawing layers and the route scenario through their providers (a slide without a scenario passes undefined). */
export function applyProvidedState(view: MapViewState): void {
  const apply = <K extends ProvidedKey>(key: K) => (providers[key] as ViewStateProvider<K> | undefined)?.apply(view[key]);
  (['layers', 'filters', 'partnerLens', 'highlighted', 'drawingLayers', 'analysis'] as const).forEach(apply);
}

export const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Flies (or jumps, when asked or when the user prefers reduced motion) to the camera; resolves when it arrives. */
export function applyCamera(map: MlMap, camera: Camera, { animate = true }: { animate?: boolean } = {}): Promise<void> {
  const target = { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch };
  return new Promise((resolve) => {
    map.stop();
    if (!animate || prefersReducedMotion()) {
      map.jumpTo(target);
      resolve();
      return;
    }
    map.once('moveend', () => resolve());
    map.flyTo({ ...target, duration: 1400, essential: false });
  });
}

/** Waits until the map has drawn everything, then reads its canvas inside the next render (no preserveDrawingBuffer needed). */
export function captureCanvas(map: MlMap, type: 'image/png' | 'image/jpeg' = 'image/jpeg', quality = 0.9): Promise<string> {
  return new Promise((resolve, reject) => {
    const grab = () => {
      map.once('render', () => {
        try {
          resolve(map.getCanvas().toDataURL(type, quality));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      map.triggerRepaint();
    };
    if (map.loaded() && !map.isMoving()) grab();
    else map.once('idle', grab);
  });
}
