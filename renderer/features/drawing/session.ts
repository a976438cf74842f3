// Drawing session state: active layer, tool, selection, snapping and the style new shapes get.
// Feature-local zustand store (UI state only); shapes themselves live in Dexie.
import { create } from 'zustand';
import { DEFAULT_STYLE, type DrawingStyle } from '../../../shared/interchange';
import type { DrawTool } from '../../map/drawing-editor';

export interface DrawingSession {
  /** Drawing is on: the toolbar shows and terra-draw edits the active layer. */
  drawing: boolean;
  activeLayerId: string | null;
  tool: DrawTool;
  selectedId: string | null;
  snap: boolean;
  newStyle: DrawingStyle;
  setDrawing: (on: boolean) => void;
  setActiveLayer: (id: string | null) => void;
  setTool: (tool: DrawTool) => void;
  select: (id: string | null) => void;
  setSnap: (on: boolean) => void;
  setNewStyle: (patch: Partial<DrawingStyle>) => void;
}

export const useDrawingSession = create<DrawingSession>()((set) => ({
  drawing: false,
  activeLayerId: null,
  tool: 'select',
  selectedId: null,
  snap: false,
  newStyle: DEFAULT_STYLE,
  setDrawing: (drawing) => set(drawing ? { drawing } : { drawing, selectedId: null, tool: 'select' }),
  setActiveLayer: (activeLayerId) => set({ activeLayerId }),
  setTool: (tool) => set({ tool }),
  select: (selectedId) => set({ selectedId }),
  setSnap: (snap) => set({ snap }),
  setNewStyle: (patch) => set((s) => ({ newStyle: { ...s.newStyle, ...patch } })),
}));
