import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import bundled from '../../../assets/packs/mongolia-critical-minerals.pack.json';
import { validatePack } from '../../../shared/pack';
import { createAnalyser, DEFAULT_SCENARIO, type FoundRoute } from '../../../shared/routes';
import { initI18n } from '../../i18n';
import { scenarioSlideText } from './scenario-slide';

const parsed = validatePack(bundled);
if (!parsed.ok) throw new Error('invalid pack');
const analyser = createAnalyser(parsed.pack);

describe('scenario slide text', () => {
  it('states the scenario, the reach and the route with its transit shares', () => {
    const i18n = initI18n('en');
    const scenario = { ...DEFAULT_SCENARIO, closedNodeIds: ['zamyn-uud'] };
    const result = analyser.analyse(scenario);
    const route = result.routes.KR.get('tavan-tolgoi') as FoundRoute;
    const { title, caption } = scenarioSlideText(i18n.t, 'en', {
      scenario, result, partnerName: 'Korea', depositName: 'Tavan Tolgoi', route,
      constraintLabels: ['Zamyn-Üüd closed'], exitName: 'Sükhbaatar',
    });
    expect(title).toBe('Tavan Tolgoi → Korea');
    expect(caption).toContain('Scenario: Zamyn-Üüd closed.');
    const kr = result.summaries.find((s) => s.partner === 'KR')!;
    expect(caption).toContain(`Korea: ${kr.reachable} of ${kr.total} deposits reachable`);
    expect(caption).toContain(`${Math.round((route.shares.distance.RU ?? 0) * 100)}% in Russia`);
    expect(caption).toContain('via Sükhbaatar');
  });

  it('says "no closures" for the baseline and names the partner when no deposit is chosen', () => {
    const i18n = initI18n('ko');
    const result = analyser.analyse(DEFAULT_SCENARIO);
    const { title, caption } = scenarioSlideText(i18n.t, 'ko', {
      scenario: DEFAULT_SCENARIO, result, partnerName: '한국', depositName: null, route: undefined, constraintLabels: [], exitName: '',
    });
    expect(title).toBe('한국행 경로');
    expect(caption).toContain('폐쇄 없음');
  });
});
