import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { isSyncPanel } from '../features/sync';
import { LazyIndicatorsPanel, LazyPanel, LazyPartnersPanel, loadPresenter } from './lazy';
import {
  LazyAnalysisPanel, LazyAnnotationsPanel, LazyDetailPanel, LazyDrawingLayersSection, LazyFilterPanel, LazySelectionNotes, LazySlidesPanel,
  LazySyncPanel, PanelContents,
} from './deferred';

// Tab ids of the panels whose code loads on first use (kept here so the features stay out of the start-up bundle).
// The analysis feature's panel id ('analysis'), written here so the side panel does not load that feature's code.
const ANALYSIS_PANEL = 'analysis';
const PARTNERS_PANEL = 'partners';
const INDICATORS_PANEL = 'indicators';

/** Panels reachable from the tab row: id, i18n key of the tab label, and what to show. */
const PANELS = [
  { id: 'details', label: 'detail:tab', render: () => <PanelContents><LazyDetailPanel /><LazySelectionNotes /></PanelContents> },
  { id: 'explore', label: 'filters:tab', render: () => <PanelContents><LazyFilterPanel /></PanelContents> },
  { id: ANALYSIS_PANEL, label: 'analysis:tab', render: () => <PanelContents><LazyAnalysisPanel /></PanelContents> },
  { id: PARTNERS_PANEL, label: 'partners:tab', render: () => <LazyPanel><LazyPartnersPanel /></LazyPanel> },
  { id: INDICATORS_PANEL, label: 'indicators:tab', render: () => <LazyPanel><LazyIndicatorsPanel /></LazyPanel> },
  { id: 'slides', label: 'slides:open', render: () => <PanelContents><LazySlidesPanel onPresent={(deckId, i) => void loadPresenter().then((m) => m.startPresenting(deckId, i))} /></PanelContents> },
  { id: 'annotations', label: 'annotations:tab', render: () => <PanelContents><div className="notes-and-drawings"><LazyAnnotationsPanel /><LazyDrawingLayersSection /></div></PanelContents> },
];

export function SidePanel() {
  const { t } = useTranslation();
  const panel = useAppStore((s) => s.panel);
  const openPanel = useAppStore((s) => s.openPanel);
  const current = PANELS.find((p) => p.id === panel);
  // Fetch the presenter while the slides panel is open, so "Present" opens the console at once.
  useEffect(() => {
    if (panel === 'slides') void loadPresenter();
  }, [panel]);
  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      <nav className="panel-tabs" aria-label={t('panel.label')}>
        {PANELS.map((p) => (
          <button key={p.id} type="button" aria-pressed={panel === p.id} onClick={() => openPanel(panel === p.id ? null : p.id)} data-panel={p.id}>
            {t(p.label)}
          </button>
        ))}
      </nav>
      {isSyncPanel(panel) ? <PanelContents><LazySyncPanel panel={panel} /></PanelContents> : current ? current.render() : (
      <div className="empty-state">
        <svg viewBox="0 0 64 64" aria-hidden="true" className="empty-illustration">
          <circle cx="32" cy="32" r="26" />
          <path d="M18 40 L28 26 L34 33 L40 24 L48 40 Z" />
        </svg>
        <h2>{t('panel.empty.title')}</h2>
        <p>{t('panel.empty.body')}</p>
      </div>
      )}
    </aside>
  );
}
