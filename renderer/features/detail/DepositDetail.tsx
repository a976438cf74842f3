// Everything known about one deposit, with its sources.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { commodityGroup, type Deposit, type Estimate } from '../../../shared/pack';
import type { Language } from '../../i18n';
import { formatQuantity } from '../../i18n/format';
import { aimagName, formatNumber, localName, useAtlasData } from '../deposits';
import { COMMODITY_COLOURS } from '../../map/palette';
import { useAppStore } from '../../store';
import { nearestCorridor, nearestFacility } from './nearest';
import { Caveats, ConfidenceBadge, LocalText, Names, Row, Section, Sources } from './parts';

const quantity = (q: Estimate['tonnage'], language: Language) => (q ? formatQuantity(q.value, q.unit, language, 3) : '—');

export function DepositDetail({ deposit }: { deposit: Deposit }) {
  const { t, i18n } = useTranslation('detail');
  const { t: ta } = useTranslation('atlas');
  const language = i18n.language as Language;
  const data = useAtlasData();
  const theme = useAppStore((s) => s.theme);
  const here: [number, number] = [deposit.location.lon, deposit.location.lat];
  const near = useMemo(
    () => (data ? { corridor: nearestCorridor(here, data.corridors), crossing: nearestFacility(here, data.facilities, 'border-crossing') } : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- here is derived from deposit
    [data, deposit],
  );
  const events = useMemo(
    () => (data?.events ?? []).filter((e) => e.depositIds.includes(deposit.id)).sort((a, b) => b.date.localeCompare(a.date)),
    [data, deposit.id],
  );
  const involved = useMemo(() => {
    const codes = new Set(deposit.partnerCountries);
    for (const c of data?.countries ?? []) if (c.engagements.some((e) => e.depositIds?.includes(deposit.id))) codes.add(c.code);
    for (const e of events) for (const code of e.countryCodes) if (code !== 'MN') codes.add(code);
    return [...codes];
  }, [data, deposit, events]);
  const group = commodityGroup(deposit);

  return (
    <>
      <p className="detail-subtitle">
        <span className="atlas-swatch" style={{ background: COMMODITY_COLOURS[theme][group] }} aria-hidden="true" /> {ta(`group.${group}`)} · {ta(`status.${deposit.status}`)}
        {deposit.strategic === 'yes' && <span className="badge strategic">{ta('strategic')}</span>}
      </p>
      {deposit.description && <p className="detail-description"><LocalText text={deposit.description} /></p>}
      <Names name={deposit.name} />
      <Section title={t('location')}>
        <dl className="detail-list">
          <Row label={t('location')}>
            {t('precision', { lat: deposit.location.lat.toFixed(4), lon: deposit.location.lon.toFixed(4), km: deposit.location.precisionKm })}{' '}
            <ConfidenceBadge level={deposit.location.confidence} />
          </Row>
          <Row label={t('aimag')}>{aimagName(deposit.aimag, language)}</Row>
          <Row label={t('commodities')}>{deposit.commodities.join(', ')}</Row>
          <Row label={t('type')}>{deposit.depositType}</Row>
          <Row label={t('status')}>{ta(`status.${deposit.status}`)}</Row>
        </dl>
      </Section>
      <Section title={t('owners')}>
        {deposit.owners.length ? (
          <ul className="detail-owners">
            {deposit.owners.map((o, i) => (
              <li key={i}>
                {o.name}
                {o.share !== undefined && <span className="muted"> · {t('share', { share: o.share })}</span>}
                {o.country && <span className="muted"> · {ta(`partner.${o.country}`, { defaultValue: o.country })}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('noOwners')}</p>
        )}
      </Section>
      <Section title={t('partners')}>
        {involved.length ? (
          <p className="chips">
            {involved.map((c) => (
              <span key={c} className={`chip partner-${c}`}>{ta(`partner.${c}`, { defaultValue: c })}</span>
            ))}
          </p>
        ) : (
          <p className="muted">{t('noPartners')}</p>
        )}
      </Section>
      <Section title={t('estimates')}>
        {deposit.estimates.length ? (
          <div className="table-scroll">
            <table className="detail-table">
              <thead>
                <tr>
                  <th scope="col">{t('estimate.category')}</th>
                  <th scope="col">{t('estimate.tonnage')}</th>
                  <th scope="col">{t('estimate.grade')}</th>
                  <th scope="col">{t('estimate.contained')}</th>
                  <th scope="col">{t('estimate.code')}</th>
                </tr>
              </thead>
              <tbody>
                {deposit.estimates.map((e) => (
                  <tr key={e.id}>
                    <td>
                      {e.category}
                      {e.asOf && <span className="muted"> ({e.asOf})</span>}
                    </td>
                    <td className="num">{quantity(e.tonnage, language)}</td>
                    <td className="num">{quantity(e.grade, language)}</td>
                    <td className="num">{quantity(e.contained, language)}</td>
                    <td>{e.code}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t('noEstimates')}</p>
        )}
      </Section>
      <Section title={t('nearest')}>
        <ul className="detail-plain">
          {near?.corridor && <li>{t('nearestCorridor', { name: localName(near.corridor.corridor.name, language), km: formatNumber(near.corridor.km, language) })}</li>}
          {near?.crossing && <li>{t('nearestCrossing', { name: localName(near.crossing.facility.name, language), km: formatNumber(near.crossing.km, language) })}</li>}
        </ul>
      </Section>
      <Section title={t('events')}>
        {events.length ? (
          <ul className="detail-events">
            {events.map((e) => (
              <li key={e.id}>
                <time dateTime={e.date}>{e.date}</time> <LocalText text={e.title} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('noEvents')}</p>
        )}
      </Section>
      <Caveats caveats={deposit.caveats} />
      <Sources ids={deposit.sourceIds} confidence={deposit.confidence} />
    </>
  );
}
