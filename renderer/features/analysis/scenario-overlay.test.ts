import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../../shared/routes';
import { analysisOverlayForView } from './scenario-overlay';

describe('the overlay an exported scenario slide draws', () => {
  it('draws the slide’s route by its exit and greys the deposits that cannot reach the partner', async () => {
    const scenario = { ...DEFAULT_SCENARIO, closedNodeIds: ['zamyn-uud'] };
    const overlay = await analysisOverlayForView({ scenario, partner: 'KR', deposit: 'tavan-tolgoi', exit: 'sukhbaatar' });
    const regions = overlay!.route!.map((l) => l.region);
    expect(regions).toContain('RU');
    expect(regions).not.toContain('CN');
    expect(overlay!.deposits.length).toBeGreaterThan(40);

    const blocked = await analysisOverlayForView({ scenario: { ...DEFAULT_SCENARIO, avoidCountries: ['CN', 'RU'], allowAir: false }, partner: 'KR', deposit: 'tavan-tolgoi', exit: null });
    expect(blocked!.route).toBeNull();
    expect(blocked!.deposits.every((d) => !d.reachable)).toBe(true);
  });

  it('draws nothing for a slide without a scenario', async () => {
    expect(await analysisOverlayForView(undefined)).toBeNull();
  });
});
