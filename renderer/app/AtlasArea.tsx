// The map column's map: the atlas map with search and legend on it, the URL hash kept in step.
import { useState } from 'react';
import { AtlasMap } from '../features/deposits';
import { Legend, restoreFromHash, useHashSync } from '../features/filters';
import { SearchBox } from '../features/search';
import { VisibleOnMap } from '../features/visible-features';
import type { MapController } from '../map/MapController';

export function AtlasArea() {
  // Read the bookmark before the map is created, so it opens at the bookmarked view.
  const [initial] = useState(() => restoreFromHash());
  const [controller, setController] = useState<MapController | null>(null);
  useHashSync(controller);
  return (
    <AtlasMap onController={setController} initialView={initial.view}>
      <SearchBox />
      <VisibleOnMap controller={controller} />
      <Legend />
    </AtlasMap>
  );
}
