// The presenter console and the export dialog, shown over the app when the store asks for them.
import { ExportDialog } from '../features/export';
import { PresenterConsole, stopPresenting } from '../features/presenter';
import { useAppStore } from '../store';

export function SlideOverlays() {
  const presenting = useAppStore((s) => s.presenting);
  const exportRequest = useAppStore((s) => s.exportRequest);
  const requestExport = useAppStore((s) => s.requestExport);
  return (
    <>
      {presenting && <PresenterConsole deckId={presenting.deckId} startIndex={presenting.startIndex} onExit={stopPresenting} />}
      {exportRequest && !presenting && <ExportDialog request={exportRequest} onClose={() => requestExport(null)} />}
    </>
  );
}
