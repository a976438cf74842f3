// Derives the corridor network from the pack once, and the full route table for the current scenario.
import { useMemo } from 'react';
import { createAnalyser, type Analyser, type ScenarioAnalysis } from '../../../shared/routes';
import { useAppStore } from '../../store';
import { usePackContent, type PackContent } from './usePackContent';

export interface CorridorAnalysis {
  content: PackContent;
  analyser: Analyser;
  result: ScenarioAnalysis;
  /** How long the last recomputation took, in milliseconds. */
  ms: number;
}

const analysers = new WeakMap<PackContent, Analyser>();
export function analyserFor(content: PackContent): Analyser {
  let analyser = analysers.get(content);
  if (!analyser) {
    analyser = createAnalyser(content);
    analysers.set(content, analyser);
  }
  return analyser;
}

/** undefined while the pack content loads. */
export function useCorridorAnalysis(): CorridorAnalysis | undefined {
  const content = usePackContent();
  const scenario = useAppStore((s) => s.scenario);
  return useMemo(() => {
    if (!content) return undefined;
    const analyser = analyserFor(content);
    const started = performance.now();
    const result = analyser.analyse(scenario);
    return { content, analyser, result, ms: performance.now() - started };
  }, [content, scenario]);
}
