// Colour, width, fill and dash for a drawing (or for the shapes about to be drawn).
import { useTranslation } from 'react-i18next';
import type { DrawingStyle } from '../../../shared/interchange';

export const SWATCHES = ['#c2410c', '#dc2626', '#d97706', '#16a34a', '#0891b2', '#2563eb', '#7c3aed', '#111827'];

/** `area` false hides the fill control (points, lines, labels have no fill). */
export function StyleControls({ style, onChange, idPrefix, area = true }: { style: DrawingStyle; onChange: (patch: Partial<DrawingStyle>) => void; idPrefix: string; area?: boolean }) {
  const { t } = useTranslation('drawing');
  return (
    <div className="style-controls">
      <fieldset className="swatches">
        <legend>{t('style.colour')}</legend>
        {SWATCHES.map((c) => (
          <button
            key={c}
            type="button"
            className="swatch"
            style={{ background: c }}
            aria-pressed={style.stroke === c}
            aria-label={t('style.pick', { colour: c })}
            onClick={() => onChange({ stroke: c, fill: c, markerColor: c })}
          />
        ))}
        <input id={`${idPrefix}-custom`} type="color" value={style.stroke} aria-label={t('style.custom')} onChange={(e) => onChange({ stroke: e.target.value, markerColor: e.target.value })} />
      </fieldset>
      <label htmlFor={`${idPrefix}-width`}>
        {t('style.width')} <output>{style.strokeWidth}px</output>
      </label>
      <input id={`${idPrefix}-width`} type="range" min={1} max={12} step={1} value={style.strokeWidth} onChange={(e) => onChange({ strokeWidth: Number(e.target.value) })} />
      {area && (
        <>
          <label htmlFor={`${idPrefix}-fill`}>
            {t('style.fill')} <output>{Math.round(style.fillOpacity * 100)}%</output>
          </label>
          <input id={`${idPrefix}-fill`} type="range" min={0} max={1} step={0.05} value={style.fillOpacity} onChange={(e) => onChange({ fillOpacity: Number(e.target.value) })} />
        </>
      )}
      <label className="check">
        <input type="checkbox" checked={style.dashed} onChange={(e) => onChange({ dashed: e.target.checked })} />
        {t('style.dashed')}
      </label>
    </div>
  );
}
