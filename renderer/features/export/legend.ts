// What a slide's legend lists: the basemap, then the deposit groups and corridor modes when those layers show.
import { COMMODITY_COLOURS, CORRIDOR_MODE_COLOURS } from '../../map/palette';
import { palettes } from '../../map/style';
import type { MapViewState } from '../slides';

export interface LegendItem {
  label: string;
  kind: 'fill' | 'line' | 'dot';
  colour: string;
  stroke?: string;
}

const shows = (view: MapViewState, layer: string) => view.layers === null || view.layers.includes(layer);

/** `label(key)` names things in the deck's language: 'group.cu-au', 'mode.rail'. */
export function legendItems(view: MapViewState, label: (key: string) => string, own: (key: 'mongolia' | 'border') => string = (k) => k): LegendItem[] {
  const palette = palettes[view.theme];
  const name = (key: string, fallback: string) => {
    const text = label(key);
    return text && text !== key ? text : fallback;
  };
  const items: LegendItem[] = [
    { label: own('mongolia'), kind: 'fill', colour: palette.mongolia, stroke: palette.mongoliaLine },
    { label: own('border'), kind: 'line', colour: palette.border },
  ];
  if (shows(view, 'deposits')) {
    for (const [group, colour] of Object.entries(COMMODITY_COLOURS[view.theme])) items.push({ label: name(`group.${group}`, group), kind: 'dot', colour });
  }
  if (shows(view, 'corridors')) {
    for (const mode of ['rail', 'road', 'sea', 'air'] as const) items.push({ label: name(`mode.${mode}`, mode), kind: 'line', colour: CORRIDOR_MODE_COLOURS[view.theme][mode] });
  }
  return items;
}
