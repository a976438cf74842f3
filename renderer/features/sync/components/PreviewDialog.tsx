// The import preview: what the pack is, whether it is trusted, what it adds, changes and removes (field by field),
// which of the user's notes would lose their deposit. Apply or Cancel.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionName } from '../../../../shared/pack';
import { DISPLAY_ORDER } from '../core/labels';
import { applyPrepared, cancelPreview } from '../actions';
import type { CollectionPreview, ImportPreview, PreviewItem } from '../core/plan';
import { formatDate, formatValue, labelIn } from './format';
import { Modal } from './Modal';

export function PreviewDialog({ planId, preview }: { planId: string; preview: ImportPreview }) {
  const { t, i18n } = useTranslation('sync');
  const lang = i18n.language;
  const titleId = useId();
  const { incoming, current, relation, trust, totals } = preview;
  const unverified = trust.status !== 'verified';
  const needsVersionConfirm = preview.kind !== 'rollback' && (relation === 'same' || relation === 'older');
  const [trustOk, setTrustOk] = useState(false);
  const [versionOk, setVersionOk] = useState(false);
  const canApply = (!unverified || trustOk) && (!needsVersionConfirm || versionOk);
  const changedAny = totals.added + totals.changed + totals.removed > 0;

  return (
    <Modal labelledBy={titleId} onCancel={cancelPreview} wide testId="pack-preview">
      <header className="sync-dialog-header">
        <h2 id={titleId}>
          {t(preview.kind === 'rollback' ? 'preview.rollbackTitle' : 'preview.title', { title: incoming.title, version: incoming.version })}
        </h2>
        <p className="muted">{t('preview.publisher', { publisher: incoming.publisher, date: formatDate(incoming.publishedAt, lang) })}</p>
        {current && <p className="muted">{t('preview.current', { title: current.title, version: current.version })}</p>}
      </header>

      <div className="sync-dialog-body">
        <p className={`sync-trust ${unverified ? 'warn' : 'ok'}`} data-testid="pack-trust" data-status={trust.status}>
          <span aria-hidden="true">{unverified ? '⚠' : '✓'}</span>{' '}
          {trust.status === 'verified'
            ? t('preview.trust.verified', { label: trust.label })
            : trust.status === 'unsigned'
              ? t('preview.trust.unsigned')
              : t('preview.trust.unknown', { keyId: trust.keyId })}
        </p>
        <p className={`sync-notice${relation === 'older' || relation === 'same' || relation === 'other-pack' ? ' warn' : ''}`} data-testid="pack-relation" data-relation={relation}>
          {relation === 'other-pack'
            ? t('preview.relation.otherPack', { currentTitle: current?.title })
            : t(`preview.relation.${relation}`, { current: current?.version, version: incoming.version })}
        </p>

        <p className="sync-summary" data-testid="pack-summary">
          {changedAny ? t('preview.summary', totals) : t('preview.noChanges')}
        </p>

        {preview.orphans.length > 0 && (
          <section className="sync-orphans" aria-labelledby={`${titleId}-orphans`} data-testid="pack-orphans">
            <h3 id={`${titleId}-orphans`}>{t('preview.orphans.title')}</h3>
            <p>{t('preview.orphans.body', { count: preview.orphans.length })}</p>
            <ul>
              {preview.orphans.map((o) => (
                <li key={`${o.kind}-${o.id}-${o.depositId}`}>
                  {t(`preview.orphans.${o.kind}`)} → {labelIn(o.depositLabel, lang)}
                </li>
              ))}
            </ul>
          </section>
        )}

        {DISPLAY_ORDER.filter((c) => hasChanges(preview.collections[c])).map((c) => (
          <CollectionSection key={c} name={c} diff={preview.collections[c]} />
        ))}
      </div>

      <footer className="sync-dialog-footer">
        <div className="sync-confirms">
          {unverified && (
            <label className="sync-check">
              <input type="checkbox" checked={trustOk} onChange={(e) => setTrustOk(e.target.checked)} data-testid="confirm-unverified" />
              {t('preview.confirmUnverified')}
            </label>
          )}
          {needsVersionConfirm && (
            <label className="sync-check">
              <input type="checkbox" checked={versionOk} onChange={(e) => setVersionOk(e.target.checked)} data-testid="confirm-version" />
              {t(relation === 'same' ? 'preview.confirmSame' : 'preview.confirmOlder')}
            </label>
          )}
        </div>
        <div className="sync-buttons">
          <button type="button" className="button" onClick={cancelPreview} data-autofocus>
            {t('preview.cancel')}
          </button>
          <button type="button" className="button primary" disabled={!canApply} onClick={() => void applyPrepared(planId, preview)}>
            {t('preview.apply')}
          </button>
        </div>
      </footer>
    </Modal>
  );
}

const hasChanges = (d: CollectionPreview) => d.counts.added + d.counts.changed + d.counts.removed > 0;

function CollectionSection({ name, diff }: { name: CollectionName; diff: CollectionPreview }) {
  const { t } = useTranslation('sync');
  return (
    <section className="sync-collection" data-testid={`diff-${name}`}>
      <h3>
        {t(`collection.${name}`)} <span className="muted">{t('preview.summary', diff.counts)}</span>
      </h3>
      <ItemGroup kind="added" items={diff.added} count={diff.counts.added} />
      <ItemGroup kind="changed" items={diff.changed} count={diff.counts.changed} />
      <ItemGroup kind="removed" items={diff.removed} count={diff.counts.removed} />
    </section>
  );
}

function ItemGroup({ kind, items, count }: { kind: 'added' | 'changed' | 'removed'; items: PreviewItem[]; count: number }) {
  const { t, i18n } = useTranslation('sync');
  if (count === 0) return null;
  const sign = kind === 'added' ? '+' : kind === 'removed' ? '−' : '~';
  return (
    <div className={`sync-group ${kind}`}>
      <h4>{t(`preview.${kind}`)}</h4>
      <ul>
        {items.map((item) => (
          <li key={item.id} data-testid={`diff-${kind}-${item.id}`}>
            <span className="sync-sign" aria-hidden="true">{sign}</span> <strong>{labelIn(item.label, i18n.language)}</strong>{' '}
            <span className="muted">{item.id}</span>
            {item.changes && (
              <dl className="sync-fields">
                {item.changes.map((c) => (
                  <div key={c.path}>
                    <dt>{c.path}</dt>
                    <dd>
                      <span className="sync-before" title={t('preview.was')}>{formatValue(c.before, i18n.language)}</span>
                      <span aria-hidden="true"> → </span>
                      <span className="sync-after" title={t('preview.now')}>{formatValue(c.after, i18n.language)}</span>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ul>
      {count > items.length && <p className="muted">{t('preview.more', { count: count - items.length })}</p>}
    </div>
  );
}
