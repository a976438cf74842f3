// The selected drawing: its words, its look, a circle's radius in km, delete.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import turfCircle from '@turf/circle';
import type { DrawingShape } from '../../../shared/interchange';
import { deleteDrawing, updateDrawing, type Drawing } from './data';
import { useDrawingSession } from './session';
import { StyleControls } from './StyleControls';

function circlePolygon(center: [number, number], radiusKm: number) {
  return turfCircle(center, radiusKm, { steps: 64, units: 'kilometers' }).geometry;
}

export function ShapeInspector({ drawing }: { drawing: Drawing }) {
  const { t } = useTranslation('drawing');
  const select = useDrawingSession((s) => s.select);
  const [name, setName] = useState(drawing.shape.name);
  const [description, setDescription] = useState(drawing.shape.description);
  const [radius, setRadius] = useState(String(drawing.shape.radiusKm ?? ''));
  const section = useRef<HTMLElement>(null);
  // Braces matter: Chromium's scrollIntoView now returns a promise, and an effect must return nothing or a cleanup.
  useEffect(() => {
    void section.current?.scrollIntoView({ block: 'nearest' });
  }, [drawing.id]);
  useEffect(() => {
    setName(drawing.shape.name);
    setDescription(drawing.shape.description);
    setRadius(String(drawing.shape.radiusKm ?? ''));
  }, [drawing.id, drawing.shape.name, drawing.shape.description, drawing.shape.radiusKm]);

  const save = (patch: Partial<DrawingShape>) => void updateDrawing(drawing, patch);
  const radiusKm = Number(radius);
  const radiusValid = Number.isFinite(radiusKm) && radiusKm > 0 && radiusKm <= 5000;

  return (
    <section ref={section} className="shape-inspector" aria-label={t('inspector.label')}>
      <header>
        <h3>{t(`kind.${drawing.shape.kind}`)}</h3>
        <button type="button" className="icon-button" onClick={() => select(null)} aria-label={t('inspector.close')}>
          ×
        </button>
      </header>
      <label htmlFor="shape-name">{drawing.shape.kind === 'text' ? t('inspector.text') : t('inspector.name')}</label>
      <input id="shape-name" value={name} maxLength={500} onChange={(e) => setName(e.target.value)} onBlur={() => save({ name })} onKeyDown={(e) => e.key === 'Enter' && save({ name })} />
      <label htmlFor="shape-description">{t('inspector.description')}</label>
      <textarea id="shape-description" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} onBlur={() => save({ description })} />
      {drawing.shape.kind === 'circle' && drawing.shape.center && (
        <>
          <label htmlFor="shape-radius">{t('inspector.radius')}</label>
          <div className="inline-field">
            <input id="shape-radius" type="number" min={0.1} max={5000} step={0.1} value={radius} aria-invalid={!radiusValid} onChange={(e) => setRadius(e.target.value)} />
            <button
              type="button"
              disabled={!radiusValid}
              onClick={() => save({ radiusKm, geometry: circlePolygon(drawing.shape.center as [number, number], radiusKm) })}
            >
              {t('inspector.applyRadius')}
            </button>
          </div>
        </>
      )}
      <StyleControls idPrefix="shape" area={['polygon', 'circle', 'freehand'].includes(drawing.shape.kind)} style={drawing.shape.style} onChange={(patch) => save({ style: { ...drawing.shape.style, ...patch } })} />
      <button type="button" className="danger" onClick={() => void deleteDrawing(drawing).then(() => select(null))}>
        {t('inspector.delete')}
      </button>
    </section>
  );
}
