// Hands "what changed" to the map while the user highlights it (through the map controller's overlay, like the
// filters), and keeps it on the newest pack: applying another pack while it is on highlights that pack's changes.
import { useEffect, useState } from 'react';
import { activeMapController, onActiveMapController } from '../../../map/active-map';
import type { MapController } from '../../../map/MapController';
import { useAppStore } from '../../../store';
import { useCurrentPack } from '../hooks';
import { changeHighlightOf } from './change-highlight';

export function ChangesOnMap() {
  const [controller, setController] = useState<MapController | null>(activeMapController());
  useEffect(() => {
    setController(activeMapController()); // the map may have been created before this effect subscribed
    return onActiveMapController(setController);
  }, []);
  const highlight = useAppStore((s) => s.changeHighlight);
  const entry = useCurrentPack();

  useEffect(() => {
    const { changeHighlight, setChangeHighlight } = useAppStore.getState();
    if (changeHighlight && entry) setChangeHighlight(changeHighlightOf(entry));
  }, [entry?.seq]); // eslint-disable-line react-hooks/exhaustive-deps -- only when another pack is applied

  useEffect(() => {
    controller?.setOverlay({ changes: highlight });
  }, [controller, highlight]);
  return null;
}
