// The "Explore" tab: deposit filters, the partner lens and layer toggles. State lives in the store (and the URL hash).
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMODITY_GROUPS, DEPOSIT_STATUSES } from '../../../shared/pack';
import type { Language } from '../../i18n';
import { AIMAGS, canonicalAimag } from '../../map/aimags';
import { COMMODITY_COLOURS, PARTNER_COLOURS, PARTNERS } from '../../map/palette';
import { useAppStore } from '../../store';
import { MAP_LAYERS } from '../../store/map';
import { useAtlasData, useFilteredDeposits } from '../deposits';
import './filters.css';

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function Check({ checked, onChange, children }: { checked: boolean; onChange: () => void; children: ReactNode }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={onChange} />
      {children}
    </label>
  );
}

export function FilterPanel() {
  const { t, i18n } = useTranslation('filters');
  const { t: ta } = useTranslation('atlas');
  const language = i18n.language as Language;
  const theme = useAppStore((s) => s.theme);
  const filters = useAppStore((s) => s.filters);
  const toggle = useAppStore((s) => s.toggleFilterValue);
  const setFilters = useAppStore((s) => s.setFilters);
  const clear = useAppStore((s) => s.clearFilters);
  const lens = useAppStore((s) => s.lens);
  const setLens = useAppStore((s) => s.setLens);
  const layers = useAppStore((s) => s.layers);
  const setLayerVisible = useAppStore((s) => s.setLayerVisible);
  const data = useAtlasData();
  const { shown, total } = useFilteredDeposits();
  // Offer only the aimags that have deposits, in the user's language.
  const aimags = useMemo(() => {
    const present = new Set((data?.deposits ?? []).map((d) => canonicalAimag(d.aimag)?.id));
    return AIMAGS.filter((a) => present.has(a.id)).sort((a, b) => a[language].localeCompare(b[language], language));
  }, [data, language]);
  const active = filters.commodities.length + filters.statuses.length + filters.aimags.length + filters.partners.length + filters.confidence.length + (filters.strategicOnly ? 1 : 0);

  return (
    <div className="filter-panel">
      <div className="filter-summary">
        <h2>{t('heading')}</h2>
        <p data-testid="filter-count" data-shown={shown.length} data-total={total} aria-live="polite">
          {t('showing', { shown: shown.length, total })}
        </p>
        <button type="button" className="button ghost" onClick={clear} disabled={!active}>
          {t('clear')}
        </button>
      </div>

      <Group legend={t('commodity')}>
        <div className="check-grid">
          {COMMODITY_GROUPS.map((g) => (
            <Check key={g} checked={filters.commodities.includes(g)} onChange={() => toggle('commodities', g)}>
              <span className="atlas-swatch" style={{ background: COMMODITY_COLOURS[theme][g] }} aria-hidden="true" />
              {ta(`group.${g}`)}
            </Check>
          ))}
        </div>
      </Group>

      <Group legend={t('status')}>
        <div className="check-grid">
          {DEPOSIT_STATUSES.map((s) => (
            <Check key={s} checked={filters.statuses.includes(s)} onChange={() => toggle('statuses', s)}>
              {ta(`status.${s}`)}
            </Check>
          ))}
        </div>
      </Group>

      <Group legend={t('aimag')}>
        <select
          multiple
          className="aimag-select"
          aria-label={t('aimag')}
          value={filters.aimags}
          onChange={(e) => setFilters({ aimags: [...e.currentTarget.selectedOptions].map((o) => o.value) })}
          size={Math.min(8, aimags.length)}
        >
          {aimags.map((a) => (
            <option key={a.id} value={a.id} lang={language === 'mn' ? 'mn-Cyrl' : language}>
              {a[language]}
            </option>
          ))}
        </select>
      </Group>

      <Group legend={t('partner')}>
        <div className="check-grid">
          {PARTNERS.map((p) => (
            <Check key={p} checked={filters.partners.includes(p)} onChange={() => toggle('partners', p)}>
              <span className="atlas-swatch" style={{ background: PARTNER_COLOURS[theme][p] }} aria-hidden="true" />
              {ta(`partner.${p}`)}
            </Check>
          ))}
        </div>
      </Group>

      <Group legend={t('confidence')}>
        <div className="check-row">
          {(['high', 'medium', 'low'] as const).map((c) => (
            <Check key={c} checked={filters.confidence.includes(c)} onChange={() => toggle('confidence', c)}>
              {ta(`confidence.${c}`)}
            </Check>
          ))}
        </div>
        <Check checked={filters.strategicOnly} onChange={() => setFilters({ strategicOnly: !filters.strategicOnly })}>
          {t('strategicOnly')}
        </Check>
      </Group>

      <Group legend={t('lens.heading')}>
        <p className="hint">{t('lens.hint')}</p>
        <div className="segmented-light" role="radiogroup" aria-label={t('lens.heading')}>
          {[null, ...PARTNERS].map((p) => (
            <label key={p ?? 'none'} className="radio-pill">
              <input type="radio" name="partner-lens" checked={lens === p} onChange={() => setLens(p)} />
              <span>{p ? ta(`partner.${p}`) : t('lens.none')}</span>
            </label>
          ))}
        </div>
      </Group>

      <Group legend={t('layers.heading')}>
        {MAP_LAYERS.map((l) => (
          <Check key={l} checked={layers[l]} onChange={() => setLayerVisible(l, !layers[l])}>
            {t(`layers.${l}`)}
          </Check>
        ))}
      </Group>
    </div>
  );
}
