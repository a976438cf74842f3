// "Add to slide": the current scenario and route as a map slide — the live view with the route's deposit and
// corridors highlighted (so exports draw them), a caption stating the scenario and results, assumptions in the notes.
import type { TFunction } from 'i18next';
import type { FoundRoute, Scenario, ScenarioAnalysis } from '../../../shared/routes';
import { db } from '../../db';
import { useAppStore } from '../../store';
import { addSlide, captureCurrentView, createDeck, createSlide, loadCitedSources, loadDeck, saveDeck, type FeatureRef, type Slide } from '../slides';
import { formatNumber } from './names';

export interface ScenarioSlideInput {
  scenario: Scenario;
  result: ScenarioAnalysis;
  partnerName: string;
  depositName: string | null;
  route: FoundRoute | undefined;
  /** Names for the closed crossings and corridors and avoided countries, already localised. */
  constraintLabels: string[];
  exitName: string;
}

/** Title and caption in the user's language: what was assumed, and what came out. */
export function scenarioSlideText(t: TFunction, lang: string, input: ScenarioSlideInput): { title: string; caption: string } {
  const { route, result, partnerName } = input;
  const summary = result.summaries.find((s) => s.partner === route?.partner) ?? result.summaries[0];
  const title = input.depositName ? `${input.depositName} → ${partnerName}` : t('slide.titleAll', { ns: 'analysis', partner: partnerName });
  const lines = [
    t('slide.scenario', { ns: 'analysis', list: input.constraintLabels.length ? input.constraintLabels.join('; ') : t('slide.baseline', { ns: 'analysis' }) }),
    t('slide.reach', {
      ns: 'analysis', partner: partnerName, reachable: summary.reachable, total: summary.total,
      withoutEither: summary.withoutEither ?? '—',
    }),
  ];
  if (route) {
    const share = (r: string) => Math.round((route.shares.distance[r] ?? 0) * 100);
    lines.push(t('slide.route', {
      ns: 'analysis', exit: input.exitName, km: formatNumber(route.km, lang), days: formatNumber(route.hours / 24, lang, 1),
      usd: formatNumber(route.usdPerTonne, lang), cn: share('CN'), ru: share('RU'),
    }));
  }
  return { title, caption: lines.join('\n\n') };
}

/** Adds the scenario's slide to the current deck (see addSlideToCurrentDeck), else a new "Corridor scenarios" deck. */
export async function addScenarioSlide(t: TFunction, text: { title: string; caption: string }, route: FoundRoute | undefined): Promise<string> {
  const captured = await captureCurrentView();
  const highlighted: FeatureRef[] = [];
  if (route) {
    highlighted.push({ kind: 'deposit', id: route.depositId });
    for (const id of new Set(route.legs.flatMap((l) => (l.corridorId ? [l.corridorId] : [])))) highlighted.push({ kind: 'corridor', id });
  }
  const view = captured.view ? { ...captured.view, highlighted } : null;
  const sources = await loadCitedSources(db, highlighted);
  const slide = createSlide('map', {
    title: text.title, caption: text.caption, view, thumbnail: captured.thumbnail, sources,
    notes: t('assumptions.body', { ns: 'analysis' }),
  });
  return addSlideToCurrentDeck(slide, t('slide.deckTitle', { ns: 'analysis' }));
}

/** Adds a slide to the open deck, else the most recently edited one, else a new deck with the given title; returns the deck's title. */
export async function addSlideToCurrentDeck(slide: Slide, newDeckTitle: string): Promise<string> {
  const state = useAppStore.getState();
  const latest = await db.decks.orderBy('updatedAt').last();
  const deck = (state.activeDeckId ? await loadDeck(state.activeDeckId) : undefined)
    ?? (latest ? await loadDeck(latest.id) : undefined)
    ?? createDeck({ title: newDeckTitle, language: state.language });
  await saveDeck(addSlide(deck, slide));
  return deck.title;
}
