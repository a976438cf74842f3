// The presenter console and the export dialog, shown over the app when the store asks for them.
import { Suspense } from 'react';
import { LazyExportDialog, LazyPresenterConsole, LazyPrintPictures } from './lazy';
import { useAppStore } from '../store';

export function SlideOverlays() {
  const presenting = useAppStore((s) => s.presenting);
  const exportRequest = useAppStore((s) => s.exportRequest);
  const requestExport = useAppStore((s) => s.requestExport);
  const activeDeckId = useAppStore((s) => s.activeDeckId);
  return (
    <>
      {/* Both load their code on first use; nothing is shown until it is ready (a fraction of a second). */}
      <Suspense fallback={null}>
        {presenting && <LazyPresenterConsole deckId={presenting.deckId} startIndex={presenting.startIndex} />}
        {exportRequest && !presenting && <LazyExportDialog request={exportRequest} onClose={() => requestExport(null)} />}
      </Suspense>
      {/* Its own boundary: loading it must never blank the console or the dialog. */}
      <Suspense fallback={null}>{activeDeckId && <LazyPrintPictures deckId={activeDeckId} />}</Suspense>
    </>
  );
}
