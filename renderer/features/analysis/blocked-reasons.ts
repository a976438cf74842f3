// The plain-words reason each greyed deposit cannot reach the partner, for the map's hover tooltip
// (the same wording as the panel's "Cannot reach" list).
import type { TFunction } from 'i18next';
import type { BlockedRoute, DestinationPartner } from '../../../shared/routes';
import { constraintLabel, explainBlocked } from './names';
import type { CorridorAnalysis } from './useCorridorAnalysis';

/** Deposit id → tooltip note, for every deposit with no route to the partner in the analysed scenario. */
export function blockedReasons(
  t: TFunction, language: string,
  analysis: { content: Pick<CorridorAnalysis['content'], 'corridors'> } & Pick<CorridorAnalysis, 'analyser' | 'result'>,
  partner: DestinationPartner,
): Map<string, string> {
  const corridorNames = new Map(analysis.content.corridors.map((c) => [c.id, c.name]));
  const partnerName = t(`partners.${partner}`, { ns: 'analysis' });
  const label = (c: Parameters<typeof constraintLabel>[1]) => constraintLabel(t, c, analysis.analyser.network, corridorNames, language);
  const notes = new Map<string, string>();
  for (const r of analysis.result.routes[partner].values()) {
    if (r.reachable) continue;
    const reason = explainBlocked(t, r as BlockedRoute, partnerName, label);
    notes.set(r.depositId, t('blocked.mapNote', { ns: 'analysis', partner: partnerName, reason }));
  }
  return notes;
}
