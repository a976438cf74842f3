// A scenario: the constraints a user toggles ("close Zamyn-Üüd", "avoid China") and what the search optimises.
import { z } from 'zod';

export const OBJECTIVES = ['distance', 'time', 'cost'] as const;
export type Objective = (typeof OBJECTIVES)[number];

export const ScenarioSchema = z.object({
  objective: z.enum(OBJECTIVES).default('cost'),
  /** Facility ids (border crossings, stations, ports) that are closed. */
  closedNodeIds: z.array(z.string()).default([]),
  /** Corridor ids that are closed. */
  closedCorridorIds: z.array(z.string()).default([]),
  /** Countries the goods must not pass through (ISO-2). The destination's own country is always allowed. */
  avoidCountries: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
  /** Air freight for high-value refined products. */
  allowAir: z.boolean().default(true),
  /** Include corridors under construction, planned or proposed (e.g. the new railways). */
  includePlanned: z.boolean().default(false),
});

export type Scenario = z.infer<typeof ScenarioSchema>;

export const DEFAULT_SCENARIO: Scenario = ScenarioSchema.parse({});

/** A scenario the user named and saved. */
export const SavedScenarioSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(120),
  scenario: ScenarioSchema,
  savedAt: z.string(),
});
export type SavedScenario = z.infer<typeof SavedScenarioSchema>;

/** One constraint of a scenario, the unit in which "why is this deposit unreachable" is answered. */
export type Constraint =
  | { kind: 'avoid-country'; country: string }
  | { kind: 'closed-node'; id: string }
  | { kind: 'closed-corridor'; id: string }
  | { kind: 'operating-only' }
  | { kind: 'no-air' };

export function activeConstraints(s: Scenario): Constraint[] {
  return [
    ...s.avoidCountries.map((country): Constraint => ({ kind: 'avoid-country', country })),
    ...s.closedNodeIds.map((id): Constraint => ({ kind: 'closed-node', id })),
    ...s.closedCorridorIds.map((id): Constraint => ({ kind: 'closed-corridor', id })),
    ...(s.includePlanned ? [] : [{ kind: 'operating-only' } as const]),
    ...(s.allowAir ? [] : [{ kind: 'no-air' } as const]),
  ];
}

/** The scenario with one constraint lifted. */
export function liftConstraint(s: Scenario, c: Constraint): Scenario {
  switch (c.kind) {
    case 'avoid-country': return { ...s, avoidCountries: s.avoidCountries.filter((x) => x !== c.country) };
    case 'closed-node': return { ...s, closedNodeIds: s.closedNodeIds.filter((x) => x !== c.id) };
    case 'closed-corridor': return { ...s, closedCorridorIds: s.closedCorridorIds.filter((x) => x !== c.id) };
    case 'operating-only': return { ...s, includePlanned: true };
    case 'no-air': return { ...s, allowAir: true };
  }
}

/** Every constraint lifted: the most permissive network. */
export function openScenario(s: Scenario): Scenario {
  return { ...s, closedNodeIds: [], closedCorridorIds: [], avoidCountries: [], allowAir: true, includePlanned: true };
}
