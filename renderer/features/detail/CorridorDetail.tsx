// One export corridor: its legs, the countries it crosses, length, capacity and sources.
import { useTranslation } from 'react-i18next';
import { lineLengthKm, type Corridor } from '../../../shared/pack';
import type { Language } from '../../i18n';
import { formatNumber, localName, useAtlasIndex } from '../deposits';
import { Caveats, LocalText, Names, Row, Section, Sources } from './parts';

export function CorridorDetail({ corridor }: { corridor: Corridor }) {
  const { t, i18n } = useTranslation('detail');
  const { t: ta } = useTranslation('atlas');
  const language = i18n.language as Language;
  const index = useAtlasIndex();
  const km = corridor.lengthKm ?? lineLengthKm(corridor.geometry);
  return (
    <>
      <p className="detail-subtitle">
        <span className={`line-swatch mode-${corridor.mode} status-${corridor.status}`} aria-hidden="true" /> {ta(`mode.${corridor.mode}`)} ·{' '}
        {ta(`corridorStatus.${corridor.status}`)}
      </p>
      {corridor.notes && <p className="detail-description"><LocalText text={corridor.notes} /></p>}
      <Names name={corridor.name} />
      <Section title={t('legs')}>
        <ol className="detail-legs">
          {corridor.nodeIds.map((id, i) => {
            const node = index?.facilities.get(id);
            const leg = corridor.legModes?.[i];
            return (
              <li key={`${id}-${i}`}>
                <span>{node ? localName(node.name, language) : id}</span>
                {node && <span className="muted"> · {ta(`facility.${node.kind}`)}</span>}
                {leg && i < corridor.nodeIds.length - 1 && <span className="leg-mode"> ↓ {ta(`mode.${leg}`)}</span>}
              </li>
            );
          })}
        </ol>
      </Section>
      <Section title={t('description')}>
        <dl className="detail-list">
          <Row label={t('transit')}>{corridor.transitCountries.map((c) => ta(`partner.${c}`, { defaultValue: c })).join(' → ')}</Row>
          <Row label={t('length')}>{t('lengthKm', { km: formatNumber(km, language) })}</Row>
          {corridor.capacity && <Row label={t('capacity')}>{corridor.capacity}</Row>}
          {corridor.openedYear && <Row label={t('opened')}>{corridor.openedYear}</Row>}
        </dl>
      </Section>
      <Caveats caveats={corridor.caveats} />
      <Sources ids={corridor.sourceIds} confidence={corridor.confidence} />
    </>
  );
}
