// Analysis slice: the route scenario being explored, the partner and deposit in focus, and the timeline date.
// Session state only: the network and routes are derived from the database, saved scenarios live in Dexie.
import type { StateCreator } from 'zustand';
import { DEFAULT_SCENARIO, type DestinationPartner, type Scenario } from '../../shared/routes';
import type { AppState } from './index';

export interface AnalysisSlice {
  scenario: Scenario;
  routePartner: DestinationPartner;
  /** Deposit whose route is shown on the map, or null for none. */
  routeDepositId: string | null;
  /** Which of the deposit's ways out is shown: 0 = the best route, 1… = alternatives leaving by other exits. */
  routeAlternative: number;
  /** Aimag whose deposits the tables list, or null for all. */
  routeAimag: string | null;
  /** "YYYY-MM-DD" the timeline is scrubbed to, or null when the timeline is off. */
  timelineDate: string | null;
  timelinePlaying: boolean;
  /** Exit a slide asked for: shows the deposit's way out by that exit (when it has one), until the route is changed. */
  routeExit: string | null;
  /** True while a played slide's scenario is drawn on the map outside the Routes panel. */
  scenarioOnMap: boolean;
  setScenario: (patch: Partial<Scenario>) => void;
  replaceScenario: (scenario: Scenario) => void;
  toggleInList: (key: 'closedNodeIds' | 'closedCorridorIds' | 'avoidCountries', value: string) => void;
  setRoutePartner: (partner: DestinationPartner) => void;
  setRouteDeposit: (id: string | null) => void;
  setRouteAimag: (aimag: string | null) => void;
  setRouteAlternative: (index: number) => void;
  setTimelineDate: (date: string | null) => void;
  setTimelinePlaying: (playing: boolean) => void;
}

export const createAnalysisSlice: StateCreator<AppState, [], [], AnalysisSlice> = (set) => ({
  scenario: DEFAULT_SCENARIO,
  routePartner: 'KR',
  routeDepositId: null,
  routeAlternative: 0,
  routeAimag: null,
  timelineDate: null,
  timelinePlaying: false,
  routeExit: null,
  scenarioOnMap: false,
  setScenario: (patch) => set((s) => ({ scenario: { ...s.scenario, ...patch }, routeAlternative: 0, routeExit: null })),
  replaceScenario: (scenario) => set({ scenario, routeAlternative: 0, routeExit: null }),
  toggleInList: (key, value) =>
    set((s) => {
      const list = s.scenario[key];
      return { scenario: { ...s.scenario, [key]: list.includes(value) ? list.filter((x) => x !== value) : [...list, value] }, routeAlternative: 0, routeExit: null };
    }),
  setRoutePartner: (routePartner) => set({ routePartner, routeAlternative: 0, routeExit: null }),
  setRouteDeposit: (routeDepositId) => set({ routeDepositId, routeAlternative: 0, routeExit: null }),
  setRouteAlternative: (routeAlternative) => set({ routeAlternative, routeExit: null }),
  setRouteAimag: (routeAimag) => set({ routeAimag }),
  setTimelineDate: (timelineDate) => set({ timelineDate }),
  setTimelinePlaying: (timelinePlaying) => set({ timelinePlaying }),
});
