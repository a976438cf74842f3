// The side panel's detail tab: the selected deposit, corridor or node, or an empty state.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n';
import { activeMapController } from '../../map/active-map';
import { useAppStore } from '../../store';
import { localName, useAtlasIndex } from '../deposits';
import { CorridorDetail } from './CorridorDetail';
import { DepositDetail } from './DepositDetail';
import { FacilityDetail } from './FacilityDetail';
import './detail.css';

export function DetailPanel() {
  const { t, i18n } = useTranslation('detail');
  const { t: tApp } = useTranslation();
  const { t: ta } = useTranslation('atlas');
  const language = i18n.language as Language;
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const index = useAtlasIndex();

  if (!selection) {
    return (
      <div className="empty-state">
        <svg viewBox="0 0 64 64" aria-hidden="true" className="empty-illustration">
          <circle cx="32" cy="32" r="26" />
          <path d="M18 40 L28 26 L34 33 L40 24 L48 40 Z" />
        </svg>
        <h2>{tApp('panel.empty.title')}</h2>
        <p>{tApp('panel.empty.body')}</p>
      </div>
    );
  }

  const deposit = selection.kind === 'deposit' ? index?.deposits.get(selection.id) : undefined;
  const corridor = selection.kind === 'corridor' ? index?.corridors.get(selection.id) : undefined;
  const facility = selection.kind === 'facility' ? index?.facilities.get(selection.id) : undefined;
  const entity = deposit ?? corridor ?? facility;

  const zoomTo = () => {
    const map = activeMapController();
    if (!map) return;
    if (deposit) map.flyTo([deposit.location.lon, deposit.location.lat], 7);
    if (facility) map.flyTo([facility.location.lon, facility.location.lat], 7);
    if (corridor) {
      const lons = corridor.geometry.map((p) => p[0]);
      const lats = corridor.geometry.map((p) => p[1]);
      map.fitBounds([[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]]);
    }
  };

  return (
    <article className="detail" aria-labelledby="detail-title" data-testid="detail-panel">
      <header className="detail-header">
        <p className="detail-kind">{ta(`kind.${selection.kind}`)}</p>
        <h2 id="detail-title">{entity ? localName(entity.name, language) : selection.id}</h2>
        <div className="detail-actions">
          {entity && (
            <button type="button" className="button" onClick={zoomTo}>
              {t('zoomTo')}
            </button>
          )}
          <button type="button" className="button ghost" onClick={() => select(null)}>
            {t('close')}
          </button>
        </div>
      </header>
      {!entity && index && <p className="muted">{t('notFound')}</p>}
      {deposit && <DepositDetail deposit={deposit} />}
      {corridor && <CorridorDetail corridor={corridor} />}
      {facility && <FacilityDetail facility={facility} />}
    </article>
  );
}
