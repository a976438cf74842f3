// Features the map does not need at start-up, loaded on first use so the atlas opens faster:
// their code (Observable Plot charts, the presenter console, PDF/PowerPoint export) is fetched and
// parsed only when a user opens them, with a small "Opening…" state in the meantime.
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const LazyIndicatorsPanel = lazy(() => import('../features/indicators').then((m) => ({ default: m.IndicatorsPanel })));
export const LazyPartnersPanel = lazy(() => import('../features/partners').then((m) => ({ default: m.PartnersPanel })));
export const LazyExportDialog = lazy(() => import('../features/export').then((m) => ({ default: m.ExportDialog })));
/** Draws the open deck's print pictures in the background, so exports find them ready (loads the export code). */
export const LazyPrintPictures = lazy(() => import('../features/export').then((m) => ({ default: m.PrintPicturesInBackground })));
export const LazyPresenterConsole = lazy(() =>
  import('../features/presenter').then((m) => ({
    default: (props: { deckId: string; startIndex: number }) => <m.PresenterConsole {...props} onExit={m.stopPresenting} />,
  })),
);

declare global {
  interface Window {
    /** For benchmarks only: loads the export feature, which then installs window.__steppeExport. */
    __steppeLoadExport?: () => Promise<unknown>;
  }
}
if (typeof window !== 'undefined') window.__steppeLoadExport = () => import('../features/export');

/** The presenter feature's code, fetched once (warmed when the slides panel opens, so a click starts at once). */
export const loadPresenter = () => import('../features/presenter');

/** What a panel shows while its code loads: a spinner and a word, in the panel's own spacing. */
export function PanelLoading() {
  const { t } = useTranslation();
  return (
    <div className="panel-loading" role="status">
      <span className="spinner" aria-hidden="true" /> {t('panel.loading')}
    </div>
  );
}

/** Shows a lazily loaded panel, with the loading state until its code is ready. */
export function LazyPanel({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PanelLoading />}>{children}</Suspense>;
}
