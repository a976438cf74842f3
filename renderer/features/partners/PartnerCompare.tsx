// Partners side by side on the dimensions the user picks.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DestinationPartner } from '../../../shared/routes';
import { localName, useCorridorAnalysis, type PackContent } from '../analysis';
import { partnerFacts, type PartnerFacts } from './partner-facts';

const ORDER = ['MN', 'KR', 'JP', 'US', 'EU', 'CN', 'RU', 'KZ'];
const rank = (code: string) => (ORDER.includes(code) ? ORDER.indexOf(code) : ORDER.length);
const DIMENSIONS = ['roles', 'deposits', 'engagements', 'agreements', 'investments', 'oda', 'latest', 'reach', 'withoutEither'] as const;
type Dimension = (typeof DIMENSIONS)[number];

export function PartnerCompare({ content }: { content: PackContent }) {
  const { t, i18n } = useTranslation('partners');
  const lang = i18n.language;
  const analysis = useCorridorAnalysis();
  const countries = [...content.countries].sort((a, b) => rank(a.code) - rank(b.code));
  const codes = countries.map((c) => c.code);
  const [chosen, setChosen] = useState<string[]>(() => ['KR', 'JP', 'US', 'EU'].filter((c) => codes.includes(c)));
  const [dims, setDims] = useState<Dimension[]>(['roles', 'deposits', 'agreements', 'investments', 'oda', 'reach', 'withoutEither']);
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);
  const facts = new Map(countries.filter((c) => chosen.includes(c.code)).map((c) => [c.code, partnerFacts(c, content)]));
  const summary = (code: string) => analysis?.result.summaries.find((s) => s.partner === (code as DestinationPartner));

  const cell = (f: PartnerFacts, d: Dimension): string => {
    switch (d) {
      case 'roles': return f.country.roles.map((r) => t(`roles.${r}`)).join(', ');
      case 'deposits': return f.deposits.length ? `${f.deposits.length}: ${f.deposits.map((x) => localName(x.name, lang)).join(', ')}` : '0';
      case 'engagements': return String(f.country.engagements.length);
      case 'agreements': return String(f.agreements.length);
      case 'investments': return String(f.investments.length);
      case 'oda': return String(f.oda.length);
      case 'latest': return f.latest ? `${f.latest.date}: ${f.latest.title.en}` : '—';
      case 'reach': { const s = summary(f.country.code); return s ? `${s.reachable} / ${s.total}` : '—'; }
      case 'withoutEither': { const s = summary(f.country.code); return s?.withoutEither === null || !s ? '—' : `${s.withoutEither} / ${s.total}`; }
    }
  };

  return (
    <div className="pt-compare" data-testid="partner-compare">
      <fieldset className="pt-fieldset">
        <legend>{t('choose')}</legend>
        {countries.map((c) => (
          <label key={c.code} className="pt-check">
            <input type="checkbox" checked={chosen.includes(c.code)} onChange={() => setChosen(toggle(chosen, c.code))} />
            {localName(c.name, lang)}
          </label>
        ))}
      </fieldset>
      <fieldset className="pt-fieldset">
        <legend>{t('dimensions')}</legend>
        {DIMENSIONS.map((d) => (
          <label key={d} className="pt-check">
            <input type="checkbox" checked={dims.includes(d)} onChange={() => setDims(toggle(dims, d))} />
            {t(`dimension.${d}`)}
          </label>
        ))}
      </fieldset>
      {facts.size === 0 || dims.length === 0 ? <p className="pt-muted">{t('emptyCompare')}</p> : (
        <div className="pt-compare-sheet" role="region" aria-label={t('compare')} tabIndex={0}>
          <table className="pt-table">
            <thead>
              <tr><th scope="col" />{[...facts.values()].map((f) => <th key={f.country.code} scope="col">{localName(f.country.name, lang)}</th>)}</tr>
            </thead>
            <tbody>
              {dims.map((d) => (
                <tr key={d} data-dimension={d}>
                  <th scope="row">{t(`dimension.${d}`)}</th>
                  {[...facts.values()].map((f) => <td key={f.country.code}>{cell(f, d)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
