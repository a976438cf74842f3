import { describe, expect, it } from 'vitest';
import { bundledPack } from '../testing/bundled-pack';
import { corridorFeatures, corridorLayers, nodeFeatures, nodeLayers, CORRIDOR_LAYER_PREFIX, NODE_LAYER } from './corridors';
import { nodeIconId } from './node-icons';
import { paintValue } from '../testing/paint';

const pack = bundledPack();
const options = { theme: 'dark' as const, lens: null, language: 'mn' as const };

describe('corridor features', () => {
  const lines = corridorFeatures(pack.corridors, pack.facilities).features;

  it('draws every corridor, a multimodal one leg by leg in each leg\'s mode', () => {
    expect(new Set(lines.map((f) => f.properties.id))).toEqual(new Set(pack.corridors.map((c) => c.id)));
    const multimodal = pack.corridors.find((c) => c.mode === 'multimodal' && c.legModes);
    if (multimodal) {
      const legs = lines.filter((f) => f.properties.id === multimodal.id);
      expect(legs.map((l) => l.properties.mode)).toEqual(multimodal.legModes);
      expect(legs.every((l) => l.geometry.coordinates.length >= 2)).toBe(true);
    }
  });

  it('records transit and destination countries for the partner lens', () => {
    for (const line of lines) {
      const corridor = pack.corridors.find((c) => c.id === line.properties.id)!;
      for (const code of corridor.transitCountries) expect(line.properties.countries).toContain(`|${code}|`);
    }
  });
});

describe('corridor layers', () => {
  it('draws operating lines solid and planned or under-construction lines dashed', () => {
    const layers = corridorLayers(options);
    const byId = (id: string) => layers.find((l) => l.id === `${CORRIDOR_LAYER_PREFIX}${id}`)!;
    expect((byId('operating').paint as Record<string, unknown>)['line-dasharray']).toBeUndefined();
    expect((byId('construction').paint as Record<string, unknown>)['line-dasharray']).toBeDefined();
    expect(JSON.stringify((byId('planned') as { filter?: unknown }).filter)).toContain('proposed');
  });

  it('puts direction arrows and labels along the lines, in the chosen language', () => {
    const layers = corridorLayers(options);
    expect(layers.find((l) => l.id === 'corridor-arrows')?.layout).toMatchObject({ 'symbol-placement': 'line' });
    expect(layers.find((l) => l.id === 'corridor-labels')?.layout).toMatchObject({ 'text-field': ['get', 'mn'] });
  });

  it('fades corridors that do not involve the lens partner', () => {
    const line = corridorLayers({ ...options, lens: 'KR' }).find((l) => l.id === `${CORRIDOR_LAYER_PREFIX}operating`)!;
    expect(JSON.stringify(line.paint)).toContain('|KR|');
  });
});

describe('nodes', () => {
  it('draws border crossings, ports and stations, but not mine sites off the network', () => {
    const nodes = nodeFeatures(pack.facilities, pack.corridors).features;
    const onNetwork = new Set(pack.corridors.flatMap((c) => c.nodeIds));
    expect(nodes.some((n) => n.properties.kind === 'border-crossing')).toBe(true);
    expect(nodes.filter((n) => n.properties.kind === 'mine-site').every((n) => onNetwork.has(n.properties.id))).toBe(true);
  });

  it('draws each node with its kind\'s icon for the theme, and labels it in the chosen language', () => {
    const light = nodeLayers({ ...options, theme: 'light' }).find((l) => l.id === NODE_LAYER)!;
    const dark = nodeLayers({ ...options, theme: 'dark' }).find((l) => l.id === NODE_LAYER)!;
    expect(JSON.stringify(light.layout)).toContain(nodeIconId('light', ''));
    expect(JSON.stringify(dark.layout)).toContain(nodeIconId('dark', ''));
    const label = nodeLayers(options).find((l) => l.id === 'node-labels')!;
    expect(JSON.stringify(label.layout)).toContain('"mn"');
  });

  it('gives places in China and Japan their own-script name for a second label line', () => {
    const byId = new Map(nodeFeatures(pack.facilities, pack.corridors).features.map((n) => [n.properties.id, n.properties]));
    expect(byId.get('erenhot')).toMatchObject({ local: '二连浩特', script: 'zh' });
    expect(byId.get('niigata-port')).toMatchObject({ local: '新潟港', script: 'ja' });
    const ub = [...byId.values()].find((p) => p.country === 'MN' && p.kind !== 'mine-site');
    expect(ub?.local ?? '').not.toMatch(/\p{Script=Han}/u);
  });
});

describe('highlighted corridors and nodes', () => {
  it('widens a highlighted corridor\'s glow beyond its line, and draws none for the others', () => {
    const layers = corridorLayers(options);
    const line = { mode: 'rail', status: 'operating', countries: '|MN|CN|' };
    const glow = layers.find((l) => l.id === 'corridor-selected');
    const width = paintValue(layers.find((l) => l.id === `${CORRIDOR_LAYER_PREFIX}operating`), 'line-width', line) as number;
    expect(paintValue(glow, 'line-width', line, { highlighted: true })).toBeGreaterThan(width);
    expect(paintValue(glow, 'line-width', line, {})).toBe(0);
  });

  it('rings a highlighted node and no other', () => {
    const ring = nodeLayers(options).find((l) => l.id === 'node-selected');
    const node = { kind: 'border-crossing', country: 'MN' };
    expect(paintValue(ring, 'circle-radius', node, { highlighted: true })).toBeGreaterThan(0);
    expect(paintValue(ring, 'circle-stroke-width', node, { highlighted: false })).toBe(0);
  });
});
