// The main map: hands database content and UI state to the MapController, and selection back to the store.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n';
import type { InteractionCallbacks } from '../../map/interaction';
import type { MapController } from '../../map/MapController';
import { MapView } from '../../map/MapView';
import { useAppStore } from '../../store';
import type { MapView as Camera } from '../../store/map';
import { useAtlasData } from './atlas-data';
import { MapToolbar } from './MapToolbar';
import './atlas.css';

export interface AtlasMapProps {
  /** Other features' overlays drawn on the map (search box, legend). */
  children?: ReactNode;
  /** Called once with the live controller (for hash sync and such). */
  onController?: (controller: MapController | null) => void;
  /** A bookmarked camera to open at, read once. */
  initialView?: Camera | null;
}

export function AtlasMap({ children, onController, initialView }: AtlasMapProps) {
  const { t, i18n } = useTranslation('atlas');
  const language = (i18n.language as Language) ?? 'en';
  // Map labels follow the UI language unless the legend's override picks another.
  const labelLanguage = useAppStore((s) => s.mapLabelLanguage) ?? language;
  const data = useAtlasData();
  const filters = useAppStore((s) => s.filters);
  const lens = useAppStore((s) => s.lens);
  const selection = useAppStore((s) => s.selection);
  const highlights = useAppStore((s) => s.highlights);
  const layers = useAppStore((s) => s.layers);
  const [controller, setController] = useState<MapController | null>(null);
  const [dataReady, setDataReady] = useState(false);
  const [pointer, setPointer] = useState<[number, number] | null>(null);
  const [measure, setMeasure] = useState<{ on: boolean; km: number; points: number }>({ on: false, km: 0, points: 0 });
  const tRef = useRef(t);
  tRef.current = t;
  const languageRef = useRef(language);
  languageRef.current = language;

  const interaction = useMemo<InteractionCallbacks>(
    () => ({
      onSelect: (s) => {
        useAppStore.getState().select(s);
        if (s) useAppStore.getState().openPanel('details');
      },
      onToggleHighlight: (f) => useAppStore.getState().toggleHighlight(f),
      onPointer: setPointer,
      onMeasure: (km, points) => setMeasure((m) => ({ ...m, km, points })),
      describe: (kind, p) => {
        const name = String(p[languageRef.current] ?? p.en ?? '');
        const kindLabel = kind === 'facility' && typeof p.kind === 'string' ? tRef.current(`facility.${p.kind}`) : tRef.current(`kind.${kind}`);
        return tRef.current('tooltip', { name, kind: kindLabel });
      },
    }),
    [],
  );
  const initialOverlay = useMemo(() => {
    const s = useAppStore.getState();
    return { filters: s.filters, lens: s.lens, selection: s.selection, highlights: s.highlights, layers: s.layers, language: s.mapLabelLanguage ?? language };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read once at creation
  }, []);

  const onReady = useCallback((c: MapController) => {
    setController(c);
  }, []);
  useEffect(() => {
    onController?.(controller);
  }, [controller, onController]);

  useEffect(() => {
    if (!controller || !data) return;
    controller.setData(data);
    setDataReady(true);
  }, [controller, data]);

  useEffect(() => {
    controller?.setOverlay({ filters, lens, selection, highlights, layers, language: labelLanguage });
  }, [controller, filters, lens, selection, highlights, layers, labelLanguage]);

  const toggleMeasure = () => {
    const on = !measure.on;
    controller?.setMeasuring(on);
    setMeasure({ on, km: 0, points: 0 });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape') return;
    if (measure.on) toggleMeasure();
    else useAppStore.getState().select(null);
  };

  return (
    <MapView onReady={onReady} interaction={interaction} initialOverlay={initialOverlay} initialView={initialView} dataReady={dataReady} onKeyDown={onKeyDown}>
      {children}
      <MapToolbar
        onFit={() => controller?.fitMongolia()}
        onReset={() => {
          controller?.fitMongolia();
          useAppStore.getState().select(null);
        }}
        measuring={measure.on}
        onMeasure={toggleMeasure}
        distanceKm={measure.points > 1 ? measure.km : null}
        pointer={pointer}
      />
      {!data && (
        <div className="map-data-loading" role="status">
          {t('loadingData')}
        </div>
      )}
    </MapView>
  );
}
