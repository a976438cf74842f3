// One node: a border crossing, port, station, airport, processing zone or research centre.
import { useTranslation } from 'react-i18next';
import type { Facility } from '../../../shared/pack';
import type { Language } from '../../i18n';
import { localName, useAtlasData, useAtlasIndex } from '../deposits';
import { useAppStore } from '../../store';
import { Caveats, ConfidenceBadge, LocalText, Names, Row, Section, Sources } from './parts';

export function FacilityDetail({ facility }: { facility: Facility }) {
  const { t, i18n } = useTranslation('detail');
  const { t: ta } = useTranslation('atlas');
  const language = i18n.language as Language;
  const data = useAtlasData();
  const index = useAtlasIndex();
  const select = useAppStore((s) => s.select);
  const corridors = (data?.corridors ?? []).filter((c) => c.nodeIds.includes(facility.id));
  return (
    <>
      <p className="detail-subtitle">
        {ta(`facility.${facility.kind}`)} · {ta(`partner.${facility.country}`, { defaultValue: facility.country })}
      </p>
      {facility.note && <p className="detail-description"><LocalText text={facility.note} /></p>}
      <Names name={facility.name} />
      <Section title={t('location')}>
        <dl className="detail-list">
          <Row label={t('location')}>
            {t('precision', { lat: facility.location.lat.toFixed(4), lon: facility.location.lon.toFixed(4), km: facility.location.precisionKm })}{' '}
            <ConfidenceBadge level={facility.location.confidence} />
          </Row>
          <Row label={t('country')}>{ta(`partner.${facility.country}`, { defaultValue: facility.country })}</Row>
        </dl>
      </Section>
      {corridors.length > 0 && (
        <Section title={t('onCorridors')}>
          <ul className="detail-links">
            {corridors.map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" onClick={() => select({ kind: 'corridor', id: c.id })}>
                  {localName(c.name, language)}
                </button>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {!!facility.depositIds?.length && (
        <Section title={t('servesDeposits')}>
          <ul className="detail-links">
            {facility.depositIds.map((id) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => select({ kind: 'deposit', id })}>
                  {index?.deposits.get(id) ? localName(index.deposits.get(id)!.name, language) : id}
                </button>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Caveats caveats={facility.caveats} />
      <Sources ids={facility.sourceIds} />
    </>
  );
}
