// Evaluates a layer's paint property for one feature the way MapLibre does (zoom, properties and feature state),
// so layer tests can check what a feature would look like without WebGL.
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';

export function paintValue(
  layer: LayerSpecification | undefined,
  property: string,
  properties: object,
  state: Record<string, unknown> = {},
  zoom = 6,
): unknown {
  if (!layer) throw new Error('no such layer');
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${layer.type}`][property];
  const value = ((layer as { paint?: Record<string, unknown> }).paint ?? {})[property] ?? (spec as { default?: unknown }).default;
  const parsed = expression.createPropertyExpression(value, property, spec as never);
  if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
  return parsed.value.evaluate({ zoom }, { type: 1, properties } as never, state as never);
}
