// Whichever dialog the current sync phase needs: reading, preview, applying, refusal, failure, restore; a toast when done.
import { useEffect, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackHistoryEntry } from '../../../db';
import { useAppStore } from '../../../store';
import { dismiss } from '../actions';
import type { BackupRefusal, RestorePreview, Backup } from '../core/backup';
import type { ImportPreview } from '../core/plan';
import type { SyncRefusal } from '../worker/protocol';
import { Modal } from './Modal';
import { PreviewDialog } from './PreviewDialog';
import { ProgressBar } from './ProgressBar';
import { RestoreDialog } from './RestoreDialog';

export function SyncDialogs() {
  const phase = useAppStore((s) => s.sync);
  switch (phase.name) {
    case 'reading':
      return <BusyDialog title={phase.kind} stage={phase.stage} />;
    case 'preview':
      return <PreviewDialog planId={phase.planId} preview={phase.preview as ImportPreview} />;
    case 'applying':
      return <BusyDialog title={phase.kind} applyingTitle={phase.title} done={phase.progress.done} total={phase.progress.total} />;
    case 'refused':
      return <RefusalDialog refusal={phase.refusal as SyncRefusal} fileName={phase.fileName} namespace="refused" />;
    case 'restore-refused':
      return <RefusalDialog refusal={phase.refusal as BackupRefusal} fileName={phase.fileName} namespace="restore" />;
    case 'failed':
      return <FailedDialog reason={phase.reason} message={phase.message} />;
    case 'restore':
      return <RestoreDialog backup={phase.backup as Backup} preview={phase.preview as RestorePreview} />;
    case 'applied':
      return <AppliedToast entry={phase.entry as PackHistoryEntry} />;
    default:
      return null;
  }
}

function BusyDialog(props: { title: string; stage?: string; applyingTitle?: string; done?: number; total?: number }) {
  const { t } = useTranslation('sync');
  const titleId = useId();
  const firstRun = props.title === 'first-run';
  const heading = firstRun ? t('firstRun.title') : props.applyingTitle ? t('applying.title', { title: props.applyingTitle }) : t(`stage.${props.stage}`);
  if (firstRun) {
    // The map already shows the bundled pack (read from the file) while it is copied into the database, so this
    // progress never blocks the window: no modal, no focus taken, clicks and keys go on reaching the map.
    return (
      <section className="sync-first-run" role="status" aria-labelledby={titleId} data-testid="sync-busy">
        <h2 id={titleId}>{heading}</h2>
        <p className="muted small">{t('firstRun.body')}</p>
        <ProgressBar done={props.done} total={props.total} label={t('progress.label')} />
      </section>
    );
  }
  return (
    <Modal labelledBy={titleId} busy testId="sync-busy">
      <header className="sync-dialog-header">
        <h2 id={titleId}>{heading}</h2>
      </header>
      <div className="sync-dialog-body">
        <ProgressBar done={props.done} total={props.total} label={t('progress.label')} />
        {props.applyingTitle && <p className="muted small">{t('applying.note')}</p>}
      </div>
    </Modal>
  );
}

/** A message with technical details and one Close button: refusals and failures. */
function MessageDialog(props: { title: string; fileName?: string; testId: string; children: ReactNode; details: string[] }) {
  const { t } = useTranslation('sync');
  const titleId = useId();
  const bodyId = useId();
  return (
    <Modal labelledBy={titleId} describedBy={bodyId} onCancel={dismiss} role="alertdialog" testId={props.testId}>
      <header className="sync-dialog-header">
        <h2 id={titleId}>{props.title}</h2>
        {props.fileName && <p className="muted sync-filename">{props.fileName}</p>}
      </header>
      <div className="sync-dialog-body" id={bodyId}>
        {props.children}
        {props.details.length > 0 && (
          <details className="sync-details">
            <summary>{t('refused.details')}</summary>
            <ul>
              {props.details.map((d, i) => (
                <li key={i}>
                  <code>{d}</code>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <footer className="sync-dialog-footer">
        <span />
        <button type="button" className="button primary" onClick={dismiss} data-autofocus>
          {t('close')}
        </button>
      </footer>
    </Modal>
  );
}

function RefusalDialog({ refusal, fileName, namespace }: { refusal: SyncRefusal | BackupRefusal; fileName?: string; namespace: 'refused' | 'restore' }) {
  const { t } = useTranslation('sync');
  return (
    <MessageDialog title={t(namespace === 'refused' ? 'refused.title' : 'restore.title')} fileName={fileName} testId="sync-refused" details={refusal.details}>
      {/* An alert as well as a dialog: screen readers read the reason out at once, not only the dialog's title. */}
      <p className="sync-message" role="alert" data-testid="sync-refusal" data-code={refusal.code}>
        {t(`${namespace}.code.${refusal.code}`, refusal.values ?? {})} {t('refused.nothingChanged')}
      </p>
    </MessageDialog>
  );
}

function FailedDialog({ reason, message }: { reason: string; message: string }) {
  const { t } = useTranslation('sync');
  return (
    <MessageDialog title={t('failed.title')} testId="sync-failed" details={[message]}>
      <p className="sync-message" role="alert">
        {t(`failed.${reason}`)} {t('refused.nothingChanged')}
      </p>
    </MessageDialog>
  );
}

function AppliedToast({ entry }: { entry: PackHistoryEntry }) {
  const { t } = useTranslation('sync');
  useEffect(() => {
    const timer = setTimeout(dismiss, 6000);
    return () => clearTimeout(timer);
  }, [entry]);
  return (
    <div className="sync-toast" role="status" data-testid="sync-applied">
      <span aria-hidden="true" className="sync-toast-mark">✓</span>
      {t('applied', { title: entry.title, version: entry.version })}
      <button type="button" className="icon-button small" onClick={dismiss} aria-label={t('close')}>
        ×
      </button>
    </div>
  );
}
