// A small SVG picture of shapes about to be imported: where they are relative to each other, in their colours.
import type { Geometry, Position } from 'geojson';
import type { DrawingShape } from '../../../shared/interchange';

function positionsOf(g: Geometry): Position[][] {
  switch (g.type) {
    case 'Point': return [[g.coordinates]];
    case 'MultiPoint': return g.coordinates.map((p) => [p]);
    case 'LineString': return [g.coordinates];
    case 'MultiLineString': return g.coordinates;
    case 'Polygon': return g.coordinates;
    case 'MultiPolygon': return g.coordinates.flat();
    case 'GeometryCollection': return g.geometries.flatMap(positionsOf);
  }
}

const MAX_DRAWN = 400;

export function ShapePreview({ shapes, label }: { shapes: DrawingShape[]; label: string }) {
  const drawn = shapes.slice(0, MAX_DRAWN);
  const parts = drawn.map((s) => ({ s, lines: positionsOf(s.geometry) }));
  const all = parts.flatMap((p) => p.lines.flat());
  if (all.length === 0) return null;
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => -p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY, 0.01);
  const pad = span * 0.08;
  const box = `${minX - pad} ${minY - pad} ${maxX - minX + 2 * pad || span} ${maxY - minY + 2 * pad || span}`;
  const w = span / 120;
  return (
    <svg className="shape-preview" viewBox={box} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
      {parts.map(({ s, lines }, i) =>
        lines.map((line, j) =>
          line.length === 1 ? (
            <circle key={`${i}-${j}`} cx={line[0][0]} cy={-line[0][1]} r={w * 2.5} fill={s.style.markerColor} />
          ) : (
            <polyline
              key={`${i}-${j}`}
              points={line.map((p) => `${p[0]},${-p[1]}`).join(' ')}
              fill={s.geometry.type.includes('Polygon') ? s.style.fill : 'none'}
              fillOpacity={s.style.fillOpacity}
              stroke={s.style.stroke}
              strokeWidth={w}
              strokeDasharray={s.style.dashed ? `${w * 3} ${w * 2}` : undefined}
            />
          ),
        ),
      )}
    </svg>
  );
}
