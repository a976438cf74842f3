// The modelling assumptions behind times and costs, shown as such next to every result.
import { useTranslation } from 'react-i18next';
import { BORDER_CROSSING, MODE_ASSUMPTIONS, ROAD_DETOUR_FACTOR, TRANSSHIPMENT, type LegMode } from '../../../shared/routes';

export function AssumptionsNote() {
  const { t } = useTranslation('analysis');
  return (
    <details className="an-details an-assumptions" data-testid="assumptions">
      <summary><span className="an-tag">{t('assumptions.title')}</span></summary>
      <p>{t('assumptions.body')}</p>
      <ul>
        {(Object.keys(MODE_ASSUMPTIONS) as LegMode[]).map((m) => (
          <li key={m}>{t('assumptions.rates', { mode: t(`mode.${m}`), speed: MODE_ASSUMPTIONS[m].kmPerHour, cost: MODE_ASSUMPTIONS[m].usdPerTonneKm })}</li>
        ))}
      </ul>
      <p>{t('assumptions.handling', { hours: TRANSSHIPMENT.hours, usd: TRANSSHIPMENT.usdPerTonne, bhours: BORDER_CROSSING.hours, busd: BORDER_CROSSING.usdPerTonne })}</p>
      <p>{t('assumptions.access', { factor: ROAD_DETOUR_FACTOR })}</p>
    </details>
  );
}
