import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import bundled from '../../../assets/packs/mongolia-critical-minerals.pack.json';
import { validatePack } from '../../../shared/pack';
import { createAnalyser, DEFAULT_SCENARIO } from '../../../shared/routes';
import { initI18n } from '../../i18n';
import { blockedReasons } from './blocked-reasons';

const parsed = validatePack(bundled);
if (!parsed.ok) throw new Error('invalid pack');
const content = parsed.pack;
const analyser = createAnalyser(content);
const noNeighbours = { ...DEFAULT_SCENARIO, avoidCountries: ['CN', 'RU'], allowAir: false };

describe('map tooltip reasons for greyed deposits', () => {
  it('names the blocking constraints in English, as the panel does', () => {
    const i18n = initI18n('en');
    const notes = blockedReasons(i18n.t, 'en', { content, analyser, result: analyser.analyse(noNeighbours) }, 'KR');
    const coal = notes.get('tavan-tolgoi');
    expect(coal).toMatch(/^No route to Korea in this scenario\. /);
    expect(coal).toContain('avoiding China');
    expect(coal).toContain('avoiding Russia');
    expect(coal).toContain('lifting any one of these opens a route');
    // With neither neighbour nor air, no deposit reaches Korea: every one has a note.
    expect(notes.size).toBe(content.deposits.length);
  });

  it('has no note for a deposit that can reach the partner', () => {
    const i18n = initI18n('en');
    const notes = blockedReasons(i18n.t, 'en', { content, analyser, result: analyser.analyse(DEFAULT_SCENARIO) }, 'KR');
    expect(notes.has('tavan-tolgoi')).toBe(false);
  });

  it('speaks Korean and Mongolian', () => {
    const result = analyser.analyse(noNeighbours);
    const ko = initI18n('ko');
    const koNote = blockedReasons(ko.t, 'ko', { content, analyser, result }, 'KR').get('tavan-tolgoi');
    expect(koNote).toContain('한국행 경로가 없습니다');
    expect(koNote).toContain('중국 회피');
    const mn = initI18n('mn');
    const mnNote = blockedReasons(mn.t, 'mn', { content, analyser, result }, 'KR').get('tavan-tolgoi');
    expect(mnNote).toContain('Солонгос руу маршрут алга');
    expect(mnNote).toContain('Хятад-аас зайлсхийсэн');
  });
});
