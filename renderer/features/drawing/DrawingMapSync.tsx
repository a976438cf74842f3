// Keeps the map in step with the database: visible layers drawn by the overlay, the active layer held by
// terra-draw while drawing is on, and every terra-draw edit written back as an undoable change.
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Position } from 'geojson';
import { db } from '../../db';
import { useAppStore } from '../../store';
import { setDrawingTheme, showDrawings } from '../../map/drawing';
import { DrawingEditor, type EditedGeometry } from '../../map/drawing-editor';
import { registerViewStateProvider } from '../../map/view-state';
import { addDrawing, deleteDrawing, updateDrawing, updateLayer, useDrawingLayers, useDrawings, type Drawing, type DrawingLayer } from './data';
import { useDrawingSession } from './session';

export function DrawingMapSync() {
  const { t } = useTranslation('drawing');
  const layers = useDrawingLayers();
  const drawings = useDrawings();
  const theme = useAppStore((s) => s.theme);
  const { drawing, activeLayerId, tool, snap } = useDrawingSession();
  const editor = useRef<DrawingEditor | null>(null);
  const latest = useRef<{ drawings: Drawing[]; activeLayerId: string | null }>({ drawings: [], activeLayerId: null });
  latest.current = { drawings: drawings ?? [], activeLayerId };

  const layersRef = useRef<DrawingLayer[]>([]);
  layersRef.current = layers ?? [];

  // Slides remember which drawing layers were visible and show exactly those again.
  useEffect(
    () =>
      registerViewStateProvider('drawingLayers', {
        capture: () => layersRef.current.filter((l) => l.visible).map((l) => l.id),
        apply: (ids) => {
          for (const l of layersRef.current) if (l.visible !== ids.includes(l.id)) void updateLayer(l, { visible: ids.includes(l.id) }, false);
        },
      }),
    [],
  );

  const snapTargets = useLiveQuery(async () => {
    const [deposits, facilities] = await Promise.all([db.deposits.toArray(), db.facilities.toArray()]);
    return [...deposits, ...facilities].map((e): Position => [e.location.lon, e.location.lat]);
  }, []);
  const snapRef = useRef<Position[]>([]);
  snapRef.current = snapTargets ?? [];

  // Editor events → database (each one undoable).
  const events = useMemo(
    () => ({
      created: (g: EditedGeometry) => {
        const { activeLayerId: layerId } = latest.current;
        if (!layerId) return;
        const { newStyle } = useDrawingSession.getState();
        const name = g.kind === 'text' ? t('defaultLabel') : '';
        void addDrawing(layerId, { kind: g.kind, geometry: g.geometry, name, description: '', style: newStyle, extra: {}, ...(g.kind === 'circle' ? { radiusKm: g.radiusKm, center: g.center } : {}) }, g.id)
          .then(() => useDrawingSession.getState().select(g.id));
      },
      changed: (g: EditedGeometry) => {
        const d = latest.current.drawings.find((x) => x.id === g.id);
        if (d) void updateDrawing(d, { geometry: g.geometry, ...(g.kind === 'circle' ? { radiusKm: g.radiusKm, center: g.center } : {}) }, 'undo.moveShape');
      },
      deleted: (id: string) => {
        if (useDrawingSession.getState().selectedId === id) useDrawingSession.getState().select(null);
        // terra-draw also reports shapes we removed ourselves (after an undo): only a shape still stored was deleted by the user.
        void db.drawings.get(id).then((record) => {
          const d = record && latest.current.drawings.find((x) => x.id === id);
          if (d) void deleteDrawing(d);
        });
      },
      selected: (id: string | null) => useDrawingSession.getState().select(id),
    }),
    [t],
  );

  // Start and stop terra-draw with drawing mode.
  useEffect(() => {
    if (!drawing) return;
    const e = new DrawingEditor(events, () => snapRef.current);
    if (!e.start()) return;
    editor.current = e;
    return () => {
      e.stop();
      editor.current = null;
    };
  }, [drawing, events]);

  useEffect(() => {
    editor.current?.setTool(tool);
  }, [tool, drawing]);
  useEffect(() => {
    editor.current?.setSnap(snap);
  }, [snap, drawing]);
  useEffect(() => {
    setDrawingTheme(theme);
  }, [theme]);

  // Database → map.
  useEffect(() => {
    if (!layers || !drawings) return;
    const visible = new Set(layers.filter((l) => l.visible).map((l) => l.id));
    const editable = drawing && activeLayerId ? drawings.filter((d) => d.layerId === activeLayerId) : [];
    const held = editor.current?.sync(editable.map((d) => ({ id: d.id, kind: d.shape.kind, geometry: d.shape.geometry, style: d.shape.style, radiusKm: d.shape.radiusKm }))) ?? new Set<string>();
    const shown = drawings.filter((d) => visible.has(d.layerId) || held.has(d.id));
    showDrawings(shown.map((d) => ({ id: d.id, shape: d.shape })), held);
  }, [layers, drawings, drawing, activeLayerId]);

  return null;
}
