// One note in the list: what it is about, flags, tags, the note itself, who and when; jump and edit.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { FlagChip } from './FlagPicker';
import { Markdown } from './Markdown';
import type { Annotation } from './model';

interface Props {
  annotation: Annotation;
  targetLabel: string;
  /** The thing the note is about is gone from the current pack. */
  missing: boolean;
  onEdit: () => void;
  onJump?: () => void;
  onTag: (tag: string) => void;
}

export function AnnotationCard({ annotation: a, targetLabel, missing, onEdit, onJump, onTag }: Props) {
  const { t, i18n } = useTranslation('annotations');
  const when = formatDateTime(a.updatedAt, i18n.language);
  return (
    <article className="annotation-card" data-testid="annotation-card" data-orphan={missing || undefined}>
      <header>
        <h4>
          <span className={`target-kind kind-${a.target.kind}`}>{t(`kind.${a.target.kind}`)}</span> {targetLabel}
        </h4>
        <div className="card-actions">
          {onJump && <button type="button" className="small" onClick={onJump}>{t('list.jump')}</button>}
          <button type="button" className="small" onClick={onEdit}>{t('list.edit')}</button>
        </div>
      </header>
      {missing && (
        <p className="orphan-flag" role="note" data-testid="orphan-flag">
          {a.orphan && typeof (a.orphan as { removedInPackVersion?: unknown }).removedInPackVersion === 'number'
            ? t('list.orphanVersion', { version: (a.orphan as { removedInPackVersion: number }).removedInPackVersion })
            : t('list.orphan')}
        </p>
      )}
      {a.flags.length > 0 && <div className="flag-row">{a.flags.map((f) => <FlagChip key={f.id} flag={f} />)}</div>}
      {a.body.trim() ? <Markdown text={a.body} /> : <p className="muted">{t('list.noText')}</p>}
      {a.tags.length > 0 && (
        <ul className="chips">
          {a.tags.map((tag) => (
            <li key={tag}><button type="button" className="chip chip-button" onClick={() => onTag(tag)}>#{tag}</button></li>
          ))}
        </ul>
      )}
      <footer className="card-meta">
        {t('list.meta', { author: a.author || t('list.unknownAuthor'), when })}
        {a.history.length > 0 && <> · {t('list.versions', { count: a.history.length })}</>}
      </footer>
    </article>
  );
}
