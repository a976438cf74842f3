// The drawing layers in the side panel: new, draw, show/hide, rename, export, delete, import.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import { createLayer, deleteLayer, exportLayer, updateLayer, useDrawingLayers, useDrawings, type DrawingLayer, type ExportFormat } from './data';
import { DrawingInspector } from './DrawingToolbar';
import { ImportDialog } from './ImportDialog';
import { useDrawingSession } from './session';
import { TypedShapeForm } from './TypedShapeForm';

export function DrawingLayersSection() {
  const { t } = useTranslation('drawing');
  const layers = useDrawingLayers();
  const drawings = useDrawings();
  const session = useDrawingSession();
  const [importing, setImporting] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [message, setMessage] = useState<string>();

  const startDrawing = async (layerId?: string) => {
    const id = layerId ?? (await createLayer(t('layers.defaultName', { n: (layers?.length ?? 0) + 1 })));
    session.setActiveLayer(id);
    session.setDrawing(true);
    session.setTool('polygon');
  };

  const save = async (layer: DrawingLayer, format: ExportFormat) => {
    const file = exportLayer(layer, drawings ?? [], format);
    const filters = [format === 'kml' ? { name: 'KML', extensions: ['kml'] } : { name: 'GeoJSON', extensions: ['geojson'] }];
    const result = await platform().saveFile({ suggestedName: file.fileName, filters, data: file.text });
    setMessage(result.saved ? t('layers.exported', { file: result.name }) : result.reason === 'error' ? t('layers.exportFailed') : undefined);
  };

  const count = (id: string) => drawings?.filter((d) => d.layerId === id).length ?? 0;

  return (
    <section className="panel-section" aria-labelledby="drawing-layers-title">
      <header className="section-header">
        <h3 id="drawing-layers-title">{t('layers.title')}</h3>
        <div className="section-actions">
          <button type="button" onClick={() => setImporting(true)}>{t('layers.import')}</button>
          <button type="button" className="primary" onClick={() => void startDrawing()}>{t('layers.new')}</button>
        </div>
      </header>
      {layers && layers.length === 0 && <p className="empty-hint">{t('layers.empty')}</p>}
      <ul className="layer-list">
        {layers?.map((layer) => (
          <li key={layer.id} className="layer-row" data-active={session.drawing && session.activeLayerId === layer.id}>
            <input
              type="checkbox"
              checked={layer.visible}
              onChange={(e) => void updateLayer(layer, { visible: e.target.checked }, false)}
              aria-label={t('layers.show', { name: layer.name })}
            />
            {renaming === layer.id ? (
              <input
                className="layer-rename"
                defaultValue={layer.name}
                autoFocus
                aria-label={t('layers.rename')}
                onBlur={(e) => { void updateLayer(layer, { name: e.target.value.trim() || layer.name }); setRenaming(null); }}
                onKeyDown={(e) => { if (e.key === 'Enter') e.currentTarget.blur(); if (e.key === 'Escape') setRenaming(null); }}
              />
            ) : (
              <button type="button" className="layer-name link-button" onDoubleClick={() => setRenaming(layer.id)} onClick={() => void startDrawing(layer.id)} title={t('layers.drawHint')}>
                {layer.name || t('layers.untitled')}
                <span className="muted"> · {t('layers.count', { count: count(layer.id) })}</span>
              </button>
            )}
            <span className="layer-actions">
              <button type="button" className="small" onClick={() => setRenaming(layer.id)}>{t('layers.rename')}</button>
              <button type="button" className="small" onClick={() => void save(layer, 'geojson')} aria-label={t('layers.exportAs', { name: layer.name, format: 'GeoJSON' })}>GeoJSON</button>
              <button type="button" className="small" onClick={() => void save(layer, 'kml')} aria-label={t('layers.exportAs', { name: layer.name, format: 'KML' })}>KML</button>
              <button type="button" className="small danger" onClick={() => void deleteLayer(layer)} aria-label={t('layers.delete', { name: layer.name })}>×</button>
            </span>
          </li>
        ))}
      </ul>
      <DrawingInspector />
      <TypedShapeForm />
      {message && <p className="muted" role="status">{message}</p>}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </section>
  );
}
