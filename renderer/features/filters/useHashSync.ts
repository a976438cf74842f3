// Keeps the URL hash and the store in step, so a view can be bookmarked and restored.
import { useEffect } from 'react';
import type { MapController } from '../../map/MapController';
import { useAppStore } from '../../store';
import { decodeHash, encodeHash, type HashState } from './hash';

/** Reads the hash once, before the map is created: the store gets filters, lens, layers and selection. */
export function restoreFromHash(): HashState {
  const state = decodeHash(typeof location === 'undefined' ? '' : location.hash);
  useAppStore.setState({ filters: state.filters, lens: state.lens, layers: state.layers, selection: state.selection, view: state.view });
  return state;
}

/** Writes the hash whenever filters, lens, layers, selection or the camera change. */
export function useHashSync(controller: MapController | null) {
  useEffect(() => {
    const write = () => {
      const s = useAppStore.getState();
      const hash = encodeHash({ filters: s.filters, lens: s.lens, layers: s.layers, selection: s.selection, view: controller?.view() ?? s.view });
      if (hash !== location.hash && !(hash === '' && location.hash === '')) history.replaceState(null, '', hash || `${location.pathname}${location.search}`);
    };
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.filters !== prev.filters || s.lens !== prev.lens || s.layers !== prev.layers || s.selection !== prev.selection) write();
    });
    const stopView = controller?.onViewChange(write);
    const onHashChange = () => {
      // A pasted or edited bookmark: apply it.
      const next = decodeHash(location.hash);
      useAppStore.setState({ filters: next.filters, lens: next.lens, layers: next.layers, selection: next.selection });
      if (next.view) controller?.jumpTo(next.view);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      unsubscribe();
      stopView?.();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [controller]);
}
