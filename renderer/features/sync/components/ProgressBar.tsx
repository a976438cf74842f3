// A determinate progress bar with counts, or an indeterminate one while the total is unknown.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';

export function ProgressBar({ done, total, label }: { done?: number; total?: number; label: string }) {
  const { t, i18n } = useTranslation('sync');
  const known = total !== undefined && total > 0 && done !== undefined;
  const share = known ? Math.min(1, done / total) : 0;
  return (
    <div className="sync-progress">
      <div
        className={`sync-progress-track${known ? '' : ' indeterminate'}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={known ? total : undefined}
        aria-valuenow={known ? done : undefined}
        data-testid="sync-progress"
      >
        <div className="sync-progress-fill" style={known ? { width: `${(share * 100).toFixed(1)}%` } : undefined} />
      </div>
      <p className="sync-progress-text" aria-live="polite">
        {known ? t('progress.counts', { done: formatNumber(done, i18n.language), total: formatNumber(total, i18n.language) }) : t('progress.preparing')}
      </p>
    </div>
  );
}
