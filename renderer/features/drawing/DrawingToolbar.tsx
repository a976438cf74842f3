// Over the map while drawing: tools, snapping, what to do next. The inspector sits in the side panel.
import { useTranslation } from 'react-i18next';
import './drawing.css';
import { DRAW_TOOLS, type DrawTool } from '../../map/drawing-editor';
import { useDrawingLayers, useDrawings } from './data';
import { useDrawingSession } from './session';
import { ShapeInspector } from './ShapeInspector';
import { StyleControls } from './StyleControls';
import { PointAtCentreButton } from './TypedShapeForm';

/** In the side panel while drawing: the selected shape's inspector, or the style new shapes get. */
export function DrawingInspector() {
  const { t } = useTranslation('drawing');
  const session = useDrawingSession();
  const drawings = useDrawings();
  if (!session.drawing) return null;
  const selected = drawings?.find((d) => d.id === session.selectedId && d.layerId === session.activeLayerId);
  return selected ? (
    <ShapeInspector drawing={selected} />
  ) : (
    <section className="shape-inspector" aria-label={t('toolbar.newStyle')}>
      <h3>{t('toolbar.newStyle')}</h3>
      <StyleControls idPrefix="new" style={session.newStyle} onChange={session.setNewStyle} />
    </section>
  );
}

const ICONS: Record<DrawTool, string> = { select: '⬚', point: '●', line: '╱', polygon: '⬟', circle: '◯', freehand: '✎', text: 'T' };

export function DrawingToolbar() {
  const { t } = useTranslation('drawing');
  const session = useDrawingSession();
  const layers = useDrawingLayers();
  if (!session.drawing) return null;
  const layer = layers?.find((l) => l.id === session.activeLayerId);

  return (
    <div className="drawing-toolbar-wrap">
      <div className="drawing-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        <span className="drawing-layer-chip" title={t('toolbar.layer')}>
          {layer?.name || t('layers.untitled')}
        </span>
        {DRAW_TOOLS.map((tool) => (
          <button key={tool} type="button" className="tool" aria-pressed={session.tool === tool} onClick={() => session.setTool(tool)} title={t(`tool.${tool}Hint`)}>
            <span aria-hidden="true">{ICONS[tool]}</span>
            <span className="tool-label">{t(`tool.${tool}`)}</span>
          </button>
        ))}
        <PointAtCentreButton />
        <label className="check tool-snap" title={t('toolbar.snapHint')}>
          <input type="checkbox" checked={session.snap} onChange={(e) => session.setSnap(e.target.checked)} />
          {t('toolbar.snap')}
        </label>
        <button type="button" className="primary" onClick={() => session.setDrawing(false)}>
          {t('toolbar.done')}
        </button>
      </div>
      <p className="drawing-hint" role="status">
        {t(`hint.${session.tool}`)}
      </p>
    </div>
  );
}
