// The features a map slide highlights, with their names: add the map's current selection (one at a time,
// as many as needed) or remove one; the slide's footnotes are collected again from all of them.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../../db';
import { useAppStore } from '../../../store';
import { loadCitedSources } from '../footnotes';
import { addHighlight, isHighlighted, removeHighlight } from '../highlights';
import { updateSlide, type FeatureRef, type MapViewState, type Slide } from '../model';
import type { useDeckActions } from './useDeckActions';

const TABLES = { deposit: 'deposits', facility: 'facilities', corridor: 'corridors', country: 'countries', event: 'events' } as const;
type Named = { name?: Partial<Record<string, string>> | string; title?: Partial<Record<string, string>> | string };

function useNames(refs: readonly FeatureRef[], language: string): string[] | undefined {
  return useLiveQuery(
    () =>
      Promise.all(
        refs.map(async (ref) => {
          const entity = (await db.table<Named, string>(TABLES[ref.kind]).get(ref.id)) ?? {};
          const label = entity.name ?? entity.title;
          return (typeof label === 'string' ? label : (label?.[language] ?? label?.en)) ?? ref.id;
        }),
      ),
    [JSON.stringify(refs), language],
  );
}

export function HighlightList({ slide, actions }: { slide: Slide & { view: MapViewState }; actions: ReturnType<typeof useDeckActions> }) {
  const { t, i18n } = useTranslation('slides');
  const selection = useAppStore((s) => s.selection);
  const highlights = useAppStore((s) => s.highlights);
  // The map's selection and its shift-clicked highlights, those the slide does not have yet.
  const toAdd = [...(selection ? [selection] : []), ...highlights].filter((f) => !isHighlighted(slide.view, f));
  const names = useNames(slide.view.highlighted, i18n.language);

  const change = async (view: MapViewState) => {
    const sources = await loadCitedSources(db, view.highlighted);
    await actions.mutate((d) => updateSlide(d, slide.id, { view, sources }));
  };

  return (
    <div className="field" data-testid="slide-highlights">
      <span>{t('editor.highlights')}</span>
      {slide.view.highlighted.length === 0 ? (
        <p className="hint">{t('editor.noHighlights')}</p>
      ) : (
        <ul className="highlight-list">
          {slide.view.highlighted.map((ref, i) => (
            <li key={`${ref.kind}:${ref.id}`}>
              <span>
                {names?.[i] ?? ref.id} <span className="hint">· {t(`editor.featureKind.${ref.kind}`)}</span>
              </span>
              <button type="button" className="link-button" onClick={() => void change(removeHighlight(slide.view, ref))} aria-label={t('editor.removeHighlight', { name: names?.[i] ?? ref.id })}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" disabled={toAdd.length === 0} onClick={() => void change(toAdd.reduce(addHighlight, slide.view))}>
        {t('editor.addSelection')}
      </button>
    </div>
  );
}
