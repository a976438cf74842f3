// Localised names for pack entities and scenario constraints.
import type { TFunction } from 'i18next';
import type { LocalizedName } from '../../../shared/pack';
import type { BlockedRoute, Constraint, Network } from '../../../shared/routes';
import { formatNumber as formatInLanguage } from '../../i18n/format';

/** A pack name or text in the UI language, English when the pack has no translation. */
export function localName(name: Pick<LocalizedName, 'en' | 'ko' | 'mn'> | undefined, language: string): string {
  if (!name) return '';
  return (language === 'ko' ? name.ko : language === 'mn' ? name.mn : undefined) ?? name.en;
}

export function regionLabel(t: TFunction, region: string): string {
  return t(`region.${region}`, { ns: 'analysis', defaultValue: region });
}

export function constraintLabel(t: TFunction, c: Constraint, network: Network, corridorNames: Map<string, LocalizedName>, language: string): string {
  switch (c.kind) {
    case 'avoid-country': return t('blocked.avoid', { ns: 'analysis', country: regionLabel(t, c.country) });
    case 'closed-node': {
      const node = network.nodes[network.nodeIndex.get(c.id) ?? -1];
      return t('blocked.closedNode', { ns: 'analysis', name: node ? localName(node.name, language) : c.id });
    }
    case 'closed-corridor': return t('blocked.closedCorridor', { ns: 'analysis', name: localName(corridorNames.get(c.id), language) || c.id });
    case 'operating-only': return t('blocked.operatingOnly', { ns: 'analysis' });
    case 'no-air': return t('blocked.noAir', { ns: 'analysis' });
  }
}

/** The plain-words reason a deposit cannot reach the partner. */
export function explainBlocked(t: TFunction, r: BlockedRoute, partnerName: string, label: (c: Constraint) => string): string {
  if (r.noConnection) return t('blocked.noConnection', { ns: 'analysis', partner: partnerName });
  const parts = [r.combined
    ? t('blocked.combined', { ns: 'analysis' })
    : t(r.blockers.length === 1 ? 'blocked.blocker' : 'blocked.blockers', { ns: 'analysis', list: r.blockers.map(label).join(', ') })];
  if (r.airWouldHelp) parts.push(t('blocked.airHint', { ns: 'analysis' }));
  return parts.join(' ');
}

export const formatNumber = (x: number, language: string, digits = 0) => formatInLanguage(x, language, digits);
