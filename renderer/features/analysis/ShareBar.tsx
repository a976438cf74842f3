// A stacked bar of a route's distance or time by region, with a legend in words (colour is never the only cue).
import { useTranslation } from 'react-i18next';
import { regionColor } from '../../map/analysis-layers';
import { regionLabel } from './names';

const ORDER = ['MN', 'CN', 'RU', 'KZ', 'KR', 'JP', 'sea', 'air'];
const rank = (r: string) => (ORDER.includes(r) ? ORDER.indexOf(r) : ORDER.length - 2);

export function ShareBar({ label, shares, testId }: { label: string; shares: Record<string, number>; testId?: string }) {
  const { t } = useTranslation('analysis');
  const parts = Object.entries(shares).filter(([, v]) => v > 0.0005).sort((a, b) => rank(a[0]) - rank(b[0]));
  return (
    <figure className="an-share" data-testid={testId}>
      <figcaption className="an-label">{label}</figcaption>
      <div className="an-share-bar" role="img" aria-label={parts.map(([r, v]) => `${regionLabel(t, r)} ${Math.round(v * 100)}%`).join(', ')}>
        {parts.map(([r, v]) => <span key={r} style={{ width: `${v * 100}%`, background: regionColor(r) }} />)}
      </div>
      <ul className="an-legend">
        {parts.map(([r, v]) => (
          <li key={r} data-region={r}>
            <span className="an-swatch" style={{ background: regionColor(r) }} aria-hidden="true" />
            {regionLabel(t, r)} <strong>{Math.round(v * 100)}%</strong>
          </li>
        ))}
      </ul>
    </figure>
  );
}
