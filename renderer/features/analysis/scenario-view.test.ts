import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../../shared/routes';
import { applyProvidedState, captureViewState, MapViewStateSchema } from '../../map/view-state';
import { useAppStore } from '../../store';
import { installAnalysisViewProvider } from './scenario-view';

const fakeMap = {
  getCenter: () => ({ lng: 105.5, lat: 46.2 }),
  getZoom: () => 5,
  getBearing: () => 0,
  getPitch: () => 0,
} as unknown as Parameters<typeof captureViewState>[0];

const initial = useAppStore.getState();
let off: (() => void) | undefined;
afterEach(() => {
  off?.();
  useAppStore.setState(initial, true);
});

describe('a slide remembers the route scenario', () => {
  it('captures the scenario, partner, deposit and exit from the Routes panel and restores them when played', () => {
    let exit: string | null = 'sukhbaatar';
    off = installAnalysisViewProvider(() => exit);
    useAppStore.setState({ panel: 'analysis' });
    useAppStore.getState().toggleInList('closedNodeIds', 'zamyn-uud');
    useAppStore.getState().setRoutePartner('JP');
    useAppStore.getState().setRouteDeposit('tavan-tolgoi');

    // Saved to the database and read back: the view survives JSON and the slide schema.
    const view = MapViewStateSchema.parse(JSON.parse(JSON.stringify(captureViewState(fakeMap, 'light'))));
    expect(view.analysis).toEqual({
      scenario: { ...DEFAULT_SCENARIO, closedNodeIds: ['zamyn-uud'] }, partner: 'JP', deposit: 'tavan-tolgoi', exit: 'sukhbaatar',
    });

    // Later, elsewhere in the app, with another scenario: playing the slide brings it back and keeps it on the map.
    useAppStore.setState(initial, true);
    exit = null;
    useAppStore.setState({ panel: 'slides' });
    applyProvidedState(view);
    const s = useAppStore.getState();
    expect(s.scenario.closedNodeIds).toEqual(['zamyn-uud']);
    expect(s.routePartner).toBe('JP');
    expect(s.routeDepositId).toBe('tavan-tolgoi');
    expect(s.routeExit).toBe('sukhbaatar');
    expect(s.scenarioOnMap).toBe(true);

    // A slide made while it is shown carries it on; a slide without a scenario takes it off the map.
    expect(captureViewState(fakeMap, 'light').analysis?.scenario.closedNodeIds).toEqual(['zamyn-uud']);
    const { analysis: _dropped, ...plain } = view;
    applyProvidedState(plain);
    expect(useAppStore.getState().scenarioOnMap).toBe(false);
  });

  it('leaves the scenario out of slides made away from the Routes panel', () => {
    off = installAnalysisViewProvider(() => null);
    useAppStore.setState({ panel: 'layers' });
    useAppStore.getState().toggleInList('avoidCountries', 'RU');
    const view = captureViewState(fakeMap, 'dark');
    expect('analysis' in view).toBe(false);
    expect(MapViewStateSchema.safeParse(view).success).toBe(true);
  });

  it('rejects a tampered scenario in a stored slide', () => {
    off = installAnalysisViewProvider(() => null);
    useAppStore.setState({ panel: 'analysis' });
    const view = captureViewState(fakeMap, 'light');
    expect(MapViewStateSchema.safeParse({ ...view, analysis: { ...view.analysis, partner: 'XX' } }).success).toBe(false);
  });
});
