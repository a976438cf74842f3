// Partner profiles and the compare view.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChipRadioGroup, localName, usePackContent } from '../analysis';
import { PartnerCompare } from './PartnerCompare';
import { PartnerProfile } from './PartnerProfile';
import { useAppStore } from '../../store';
import './partners.css';

export const PARTNERS_PANEL = 'partners';
/** Partners in the order briefings take them: Mongolia, the "third neighbours", then the two neighbours. */
const PARTNER_ORDER = ['MN', 'KR', 'JP', 'US', 'EU', 'CN', 'RU', 'KZ'];
const rank = (code: string) => (PARTNER_ORDER.includes(code) ? PARTNER_ORDER.indexOf(code) : PARTNER_ORDER.length);

export function PartnersPanel() {
  const { t, i18n } = useTranslation('partners');
  const content = usePackContent();
  const [mode, setMode] = useState<'profile' | 'compare'>('profile');
  const [code, setCode] = useState('KR');
  const lens = useAppStore((s) => s.lens);
  const setLens = useAppStore((s) => s.setLens);
  if (!content) {
    return <section className="pt-panel" aria-busy="true"><div className="an-loading" role="status"><span className="spinner" aria-hidden="true" />{t('loading')}</div></section>;
  }
  return (
    <section className="pt-panel" data-testid="partners-panel" aria-labelledby="pt-title">
      <div className="pt-head">
        <h2 id="pt-title">{t('title')}</h2>
        <ChipRadioGroup
          className="pt-modes" chipClassName="" label={t('title')} value={mode} onChange={setMode}
          options={(['profile', 'compare'] as const).map((m) => ({ value: m, label: t(m) }))}
        />
      </div>
      {mode === 'profile' ? (
        <>
          <ChipRadioGroup
            className="pt-chips" chipClassName="" label={t('title')} value={code} onChange={setCode}
            options={[...content.countries].sort((a, b) => rank(a.code) - rank(b.code)).map((c) => ({ value: c.code, label: localName(c.name, i18n.language) }))}
          />
          {code !== 'MN' && (
            // The partner lens: the map, the legend and the timeline all follow it.
            <button type="button" className="pt-lens" aria-pressed={lens === code} onClick={() => setLens(lens === code ? null : code)} data-testid="partner-lens">
              {t(lens === code ? 'lensOff' : 'lensOn', { partner: localName(content.countries.find((c) => c.code === code)?.name ?? { en: code }, i18n.language) })}
            </button>
          )}
          <PartnerProfile code={code} content={content} />
        </>
      ) : (
        <PartnerCompare content={content} />
      )}
    </section>
  );
}
