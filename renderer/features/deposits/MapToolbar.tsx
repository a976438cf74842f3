// Map tools: fit Mongolia, reset view, measure distance, and the pointer's coordinates.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n';
import { formatNumber } from './names';

export interface MapToolbarProps {
  onFit: () => void;
  onReset: () => void;
  onMeasure: () => void;
  measuring: boolean;
  distanceKm: number | null;
  pointer: [number, number] | null;
}

const degrees = (value: number, pos: string, neg: string) => `${Math.abs(value).toFixed(4)}° ${value >= 0 ? pos : neg}`;

export function MapToolbar({ onFit, onReset, onMeasure, measuring, distanceKm, pointer }: MapToolbarProps) {
  const { t, i18n } = useTranslation('atlas');
  return (
    <>
      <div className="map-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        <button type="button" className="tool-button" onClick={onFit} title={t('toolbar.fit')}>
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4" /></svg>
          <span>{t('toolbar.fit')}</span>
        </button>
        <button type="button" className="tool-button" onClick={onReset} title={t('toolbar.reset')}>
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M4 10a6 6 0 1 0 2-4.5M4 3v3h3" /></svg>
          <span>{t('toolbar.reset')}</span>
        </button>
        <button type="button" className="tool-button" aria-pressed={measuring} onClick={onMeasure} title={measuring ? t('toolbar.measureStop') : t('toolbar.measure')}>
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M2 14 14 2l4 4L6 18zM6 10l2 2M9 7l2 2M12 4l2 2" /></svg>
          <span>{measuring ? t('toolbar.measureStop') : t('toolbar.measure')}</span>
        </button>
      </div>
      {(measuring || pointer) && (
        <div className="map-readout" aria-live="polite">
          {measuring && (
            <span className="readout-measure" data-testid="measure-readout">
              {distanceKm === null ? t('toolbar.measureHint') : t('toolbar.distance', { km: formatNumber(distanceKm, i18n.language as Language, 1) })}
            </span>
          )}
          {pointer && (
            <span className="readout-coords" title={t('toolbar.coordinates')}>
              {degrees(pointer[1], 'N', 'S')}, {degrees(pointer[0], 'E', 'W')}
            </span>
          )}
        </div>
      )}
    </>
  );
}
