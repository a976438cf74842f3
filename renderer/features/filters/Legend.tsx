// The map legend: built from the same palettes, filters and toggles the layers are, so it shows what is drawn.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commodityGroup, COMMODITY_GROUPS, type CommodityGroup } from '../../../shared/pack';
import { COMMODITY_CODES, COMMODITY_COLOURS, CORRIDOR_MODE_COLOURS, inkOn, PARTNER_COLOURS, PARTNERS, TRANSIT } from '../../map/palette';
import { nodeFeatures, STATUS_DASH } from '../../map/layers/corridors';
import { NODE_GLYPHS, nodeIconColours } from '../../map/layers/node-icons';
import type { MapTheme } from '../../map/style';
import type { FacilityKind } from '../../../shared/pack';
import { LANGUAGES, type Language } from '../../i18n';

/** Each language named in itself, as the header's switcher does. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ko: '한국어', mn: 'Монгол' };
import { useAppStore } from '../../store';
import { useAtlasData, useFilteredDeposits } from '../deposits';

export function Legend() {
  const { t } = useTranslation('filters');
  const { t: ta } = useTranslation('atlas');
  const theme = useAppStore((s) => s.theme);
  const layers = useAppStore((s) => s.layers);
  const lens = useAppStore((s) => s.lens);
  const data = useAtlasData();
  const { shown, total } = useFilteredDeposits();
  const [open, setOpen] = useState(true);
  const labelLanguage = useAppStore((s) => s.mapLabelLanguage);
  const setLabelLanguage = useAppStore((s) => s.setMapLabelLanguage);

  // Only the groups actually drawn after filtering, with their counts.
  const groups = useMemo(() => {
    const counts = new Map<CommodityGroup, number>();
    for (const d of shown) counts.set(commodityGroup(d), (counts.get(commodityGroup(d)) ?? 0) + 1);
    return COMMODITY_GROUPS.filter((g) => counts.has(g)).map((g) => ({ group: g, count: counts.get(g)! }));
  }, [shown]);
  const modes = useMemo(() => [...new Set((data?.corridors ?? []).flatMap((c) => (c.mode === 'multimodal' && c.legModes ? c.legModes : [c.mode])))], [data]);
  const statuses = useMemo(() => {
    const present = new Set((data?.corridors ?? []).map((c) => (c.status === 'proposed' ? 'planned' : c.status)));
    return (Object.keys(STATUS_DASH) as Array<keyof typeof STATUS_DASH>).filter((s) => present.has(s));
  }, [data]);
  // The node kinds the map draws (the same features the node layer gets), in the pack schema's order.
  const nodeKinds = useMemo(() => {
    const drawn = new Set(nodeFeatures(data?.facilities ?? [], data?.corridors ?? []).features.map((f) => f.properties.kind));
    return (Object.keys(NODE_GLYPHS) as FacilityKind[]).filter((k) => drawn.has(k));
  }, [data]);
  const nothing = !layers.deposits && !layers.corridors && !layers.partners && !layers.nodes;

  return (
    <aside className={`legend ${open ? '' : 'collapsed'}`} aria-label={t('legend.label')} data-testid="legend">
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('legend.label')}
        <span className="visually-hidden">{open ? t('legend.collapse') : t('legend.expand')}</span>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div className="legend-body">
          {nothing && <p className="muted">{t('legend.empty')}</p>}
          {layers.deposits && (
            <section>
              <h3>
                {t('legend.deposits')} <span className="muted">{t('legend.filtered', { shown: shown.length, total })}</span>
              </h3>
              <ul className="legend-list" data-testid="legend-groups">
                {groups.map(({ group, count }) => (
                  <li key={group} data-group={group}>
                    <span className="legend-dot" style={{ background: COMMODITY_COLOURS[theme][group], color: inkOn(COMMODITY_COLOURS[theme][group]) }} aria-hidden="true">
                      {COMMODITY_CODES[group]}
                    </span>
                    {ta(`group.${group}`)} <span className="muted">{count}</span>
                  </li>
                ))}
              </ul>
              <ul className="legend-list legend-notes">
                <li><span className="legend-dot strategic" aria-hidden="true" />{t('legend.strategic')}</li>
                <li><span className="legend-dot uncertain" aria-hidden="true" />{t('legend.uncertain')}</li>
                <li><span className="legend-sizes" aria-hidden="true"><i /><i /><i /></span>{t('legend.size')}</li>
              </ul>
            </section>
          )}
          {layers.corridors && modes.length > 0 && (
            <section>
              <h3>{t('legend.corridors')}</h3>
              <ul className="legend-list two-col">
                {modes.map((m) => (
                  <li key={m}>
                    <svg className="legend-line" viewBox="0 0 28 8" aria-hidden="true"><line x1="1" y1="4" x2="27" y2="4" stroke={CORRIDOR_MODE_COLOURS[theme][m]} strokeWidth="3" /></svg>
                    {ta(`mode.${m}`)}
                  </li>
                ))}
                {statuses.map((s) => (
                  <li key={s}>
                    <svg className="legend-line" viewBox="0 0 28 8" aria-hidden="true">
                      <line x1="1" y1="4" x2="27" y2="4" stroke="currentColor" strokeWidth="2.5" strokeDasharray={STATUS_DASH[s]?.map((n) => n * 2.5).join(' ')} />
                    </svg>
                    {ta(`corridorStatus.${s}`)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {layers.nodes && nodeKinds.length > 0 && (
            <section>
              <h3>{t('legend.nodes')}</h3>
              <ul className="legend-list two-col" data-testid="legend-nodes">
                {nodeKinds.map((k) => (
                  <li key={k} data-kind={k}>
                    <NodeIcon theme={theme} kind={k} />
                    {ta(`facility.${k}`)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {layers.partners && (
            <section>
              <h3>{t('legend.partners')}</h3>
              <ul className="legend-list two-col legend-partners">
                {[...PARTNERS, ...TRANSIT.filter((c) => !(PARTNERS as readonly string[]).includes(c))].map((p) => (
                  <li key={p} className={lens && lens !== p ? 'faded' : ''}>
                    <span className="legend-swatch" style={{ background: PARTNER_COLOURS[theme][p] }} aria-hidden="true" />
                    {ta(`partner.${p}`)}
                    {(TRANSIT as readonly string[]).includes(p) && <span className="muted">*</span>}
                  </li>
                ))}
              </ul>
              <p className="legend-footnote muted">* {t('legend.transit')}</p>
            </section>
          )}
          <label className="legend-labels">
            {t('legend.labels')}
            {/* Names on the map in another language than the UI's, e.g. English labels under a Mongolian UI. */}
            <select value={labelLanguage ?? ''} onChange={(e) => setLabelLanguage((e.target.value || null) as Language | null)} data-testid="map-label-language">
              <option value="">{t('legend.labelsFollow')}</option>
              {LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>)}
            </select>
          </label>
        </div>
      )}
    </aside>
  );
}

/** The map's node icon as inline SVG: the same badge and paths the map rasterises (map/layers/node-icons.ts). */
function NodeIcon({ theme, kind }: { theme: MapTheme; kind: FacilityKind }) {
  const { badge, ink } = nodeIconColours(theme);
  const glyph = NODE_GLYPHS[kind];
  return (
    <svg className="legend-node" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
      <circle cx="10" cy="10" r="9" fill={badge} stroke={ink} strokeWidth={kind === 'border-crossing' ? 1.6 : 1.1} />
      {glyph.fill && <path d={glyph.fill} fill={ink} />}
      {glyph.stroke && <path d={glyph.stroke} fill="none" stroke={ink} strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />}
    </svg>
  );
}
