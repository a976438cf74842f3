// The URL hash as a bookmark of the view: filters, lens, layers, selection and camera.
// "#v=106.9,47.9,6.5&c=ree,cu-au&s=producing&a=omnogovi&p=KR&st=1&cf=high&lens=KR&hide=aimags&sel=deposit:oyu-tolgoi"
import { z } from 'zod';
import { COMMODITY_GROUPS, DEPOSIT_STATUSES } from '../../../shared/pack';
import {
  DEFAULT_LAYERS, EMPTY_FILTERS, MAP_LAYERS, type DepositFilters, type LayerVisibility, type MapView, type Selection,
} from '../../store/map';

export interface HashState {
  filters: DepositFilters;
  lens: string | null;
  layers: LayerVisibility;
  selection: Selection | null;
  view: MapView | null;
}

const list = (v: string | null) => (v ? v.split(',').map((s) => decodeURIComponent(s)).filter(Boolean) : []);
const oneOf = <T extends string>(values: readonly T[]) => (v: string): v is T => (values as readonly string[]).includes(v);
const Code = z.string().regex(/^[A-Z]{2}$/);
const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export function encodeHash(s: HashState): string {
  const p: string[] = [];
  if (s.view) p.push(`v=${s.view.center[0].toFixed(4)},${s.view.center[1].toFixed(4)},${s.view.zoom.toFixed(2)}`);
  const f = s.filters;
  if (f.commodities.length) p.push(`c=${f.commodities.join(',')}`);
  if (f.statuses.length) p.push(`s=${f.statuses.join(',')}`);
  if (f.aimags.length) p.push(`a=${f.aimags.join(',')}`);
  if (f.partners.length) p.push(`p=${f.partners.join(',')}`);
  if (f.strategicOnly) p.push('st=1');
  if (f.confidence.length) p.push(`cf=${f.confidence.join(',')}`);
  if (s.lens) p.push(`lens=${s.lens}`);
  const hidden = MAP_LAYERS.filter((l) => !s.layers[l]);
  if (hidden.length) p.push(`hide=${hidden.join(',')}`);
  if (s.selection) p.push(`sel=${s.selection.kind}:${s.selection.id}`);
  return p.length ? `#${p.join('&')}` : '';
}

/** Reads a hash; anything malformed is dropped, never trusted. */
export function decodeHash(hash: string): HashState {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const view = (() => {
    const parts = list(q.get('v')).map(Number);
    if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
    const [lon, lat, zoom] = parts;
    if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return null;
    return { center: [lon, lat] as [number, number], zoom };
  })();
  const selection = (() => {
    const [kind, id] = (q.get('sel') ?? '').split(':');
    if (!['deposit', 'corridor', 'facility'].includes(kind) || !Id.safeParse(id).success) return null;
    return { kind: kind as Selection['kind'], id };
  })();
  const hidden = new Set(list(q.get('hide')));
  const lens = q.get('lens');
  return {
    filters: {
      ...EMPTY_FILTERS,
      commodities: list(q.get('c')).filter(oneOf(COMMODITY_GROUPS)),
      statuses: list(q.get('s')).filter(oneOf(DEPOSIT_STATUSES)),
      aimags: list(q.get('a')).filter((a) => Id.safeParse(a).success),
      partners: list(q.get('p')).filter((c) => Code.safeParse(c).success),
      strategicOnly: q.get('st') === '1',
      confidence: list(q.get('cf')).filter(oneOf(['high', 'medium', 'low'] as const)),
    },
    lens: lens && Code.safeParse(lens).success ? lens : null,
    layers: Object.fromEntries(MAP_LAYERS.map((l) => [l, !hidden.has(l)])) as LayerVisibility,
    selection,
    view,
  };
}

export const DEFAULT_HASH_STATE: HashState = { filters: EMPTY_FILTERS, lens: null, layers: DEFAULT_LAYERS, selection: null, view: null };
