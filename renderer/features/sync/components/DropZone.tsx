// Drop a pack (or backup) anywhere on the window: an overlay while dragging, a preview after the drop.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileTooLargeError, readChosenFile } from '../../../platform';
import { useAppStore } from '../../../store';
import { importFileBytes } from '../actions';

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

export function DropZone() {
  const { t } = useTranslation('sync');
  const [over, setOver] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current++;
      setOver(true);
    };
    const overHandler = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      // A drop is taken while nothing is under way; the "pack loaded" note does not count as busy.
      const { name } = useAppStore.getState().sync;
      if (!file || (name !== 'idle' && name !== 'applied')) return;
      void readChosenFile(file)
        .then(({ bytes, name }) => importFileBytes(bytes, name))
        .catch((error: unknown) => {
          const tooLarge = error instanceof FileTooLargeError;
          useAppStore.getState().setSync({ name: 'refused', refusal: { code: tooLarge ? 'too-large' : 'not-text', details: [String(error)] }, fileName: file.name });
        });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!over) return null;
  return (
    <div className="sync-drop" data-testid="drop-overlay" aria-hidden="true">
      <div className="sync-drop-card">
        <svg viewBox="0 0 48 48" className="sync-drop-icon">
          <path d="M24 6v24M14 20l10 10 10-10M8 36v6h32v-6" />
        </svg>
        <p className="sync-drop-title">{t('drop.title')}</p>
        <p className="muted">{t('drop.body')}</p>
      </div>
    </div>
  );
}
