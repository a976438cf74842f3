// "Visible on map (N)": a disclosure listing the deposits, nodes and corridors in the current view. It follows
// pans, zooms, filters and layer toggles; picking an item selects it, opens its details and flies there.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n';
import type { MapController } from '../../map/MapController';
import { useAppStore } from '../../store';
import { localName, useAtlasData, useFilteredDeposits } from '../deposits';
import { visibleFeatures, type ViewBounds, type VisibleFeature } from './visible';
import './visible.css';

/** More buttons than this make the list slow to read and to render; the rest are counted instead. */
const MAX_LISTED = 200;
const KIND_ICON: Record<VisibleFeature['kind'], string> = { deposit: '◆', facility: '●', corridor: '━' };

export function VisibleOnMap({ controller }: { controller: MapController | null }) {
  const { t, i18n } = useTranslation('visible');
  const language = i18n.language as Language;
  const data = useAtlasData();
  const { shown } = useFilteredDeposits();
  const layers = useAppStore((s) => s.layers);
  const selection = useAppStore((s) => s.selection);
  const [bounds, setBounds] = useState<ViewBounds | null>(null);
  const [open, setOpen] = useState(false);
  const bodyId = useId();

  useEffect(() => {
    if (!controller) return;
    const update = () => setBounds(controller.bounds());
    update();
    return controller.onViewChange(update);
  }, [controller]);

  const features = useMemo(
    () => (data && bounds ? visibleFeatures({ deposits: shown, facilities: data.facilities, corridors: data.corridors, layers }, bounds, language) : []),
    [data, shown, layers, bounds, language],
  );
  const groups = useMemo(() => {
    const listed = features.slice(0, MAX_LISTED);
    return (['deposit', 'facility', 'corridor'] as const)
      .map((kind) => ({ kind, items: listed.filter((f) => f.kind === kind) }))
      .filter((g) => g.items.length);
  }, [features]);

  const pick = (f: VisibleFeature) => {
    const store = useAppStore.getState();
    store.select({ kind: f.kind, id: f.id });
    store.openPanel('details');
    controller?.flyTo(f.lonLat, f.kind === 'corridor' ? 5 : 7);
  };

  return (
    <section className={`visible-features ${open ? 'open' : ''}`} aria-label={t('label')} data-testid="visible-features" data-count={features.length}>
      <button type="button" className="visible-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        <span>{t('toggle', { count: features.length })}</span>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div id={bodyId} className="visible-body">
          {!features.length && <p className="visible-empty">{t('empty')}</p>}
          {groups.map((g) => (
            <div key={g.kind} className="visible-group">
              <h3 id={`${bodyId}-${g.kind}`}>{t(`group.${g.kind}`)}</h3>
              <ul aria-labelledby={`${bodyId}-${g.kind}`}>
                {g.items.map((f) => {
                  const name = localName(f.name, language);
                  const selected = selection?.kind === f.kind && selection.id === f.id;
                  return (
                    <li key={`${f.kind}:${f.id}`}>
                      <button type="button" className="visible-item" aria-current={selected || undefined} title={t('show', { name })} onClick={() => pick(f)}>
                        <span className={`visible-icon kind-${f.kind}`} aria-hidden="true">{KIND_ICON[f.kind]}</span>
                        {name}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
          {features.length > MAX_LISTED && <p className="visible-more">{t('more', { count: features.length - MAX_LISTED })}</p>}
        </div>
      )}
    </section>
  );
}
