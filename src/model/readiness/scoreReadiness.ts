import {answerOf} from "./parseReadinessAnswers.js";
import {
  READINESS_CAPABILITIES,
  type ReadinessAnswerMap,
  type ReadinessCapability,
  type ReadinessDimensionScore,
  type ReadinessInstrument,
  type ReadinessItemScore,
  type ReadinessScore
} from "./types.js";

/** How many dimensions `weakest` names at most (more when several tie at the cut). */
export const WEAKEST_DIMENSIONS = 3;

/**
 * Scores an institution's answers to the readiness instrument.
 *
 * - item score sᵢ = answerᵢ / maxᵢ ∈ [0, 1] (maxᵢ = the item's top level); an unanswered item has no score;
 * - dimension score = 100 · Σ wᵢ·sᵢ / Σ wᵢ over the dimension's **answered** items (wᵢ = item weight);
 *   null when none is answered;
 * - overall = the unweighted mean of the answered dimensions' scores (every dimension counts equally, as the paper
 *   lists them without ranking them); null when nothing is answered;
 * - unanswered items are left out of both numerator and denominator, never scored 0: a partly answered dimension is
 *   scored on what was answered, and its `coverage` (answered weight / total weight) says how much that is;
 * - weakest = the answered dimensions below 100, lowest first, at most WEAKEST_DIMENSIONS of them plus any tied
 *   with the last one; ties keep instrument order;
 * - a capability is true when its item's answer ≥ the item's threshold, false when below, null when unanswered.
 *
 * @param instrument the instrument (dimensions and items)
 * @param answers item id → level (null or absent = unanswered); ids not in the instrument are ignored (parse first)
 * @returns the score; numbers are unrounded
 * @throws {RangeError} when an answer is not a whole number within its item's scale
 * @example scoreReadiness(instrument, {pol1: 4}).dimensions[0].score; // => 100 (pol2, pol3 unanswered)
 */
export function scoreReadiness(instrument: ReadinessInstrument, answers: ReadinessAnswerMap): ReadinessScore {
  const dimensions: ReadinessDimensionScore[] = instrument.dimensions.map((dimension) => {
    const items = instrument.items.filter((item) => item.dimension === dimension.id);
    const itemScores: ReadinessItemScore[] = items.map((item) => {
      const answer = answerOf(answers, item.id);
      const max = item.levels.length - 1;
      if (answer !== null && !(Number.isInteger(answer) && answer >= 0 && answer <= max)) {
        throw new RangeError(`scoreReadiness: answer ${answer} to ${item.id} is not a level 0–${max}`);
      }
      return {
        id: item.id,
        question: item.question,
        weight: item.weight,
        answer,
        answerLabel: answer === null ? null : (item.levels[answer]?.label ?? null),
        max,
        score: answer === null ? null : answer / max
      };
    });
    const answered = itemScores.filter((s): s is ReadinessItemScore & {score: number} => s.score !== null);
    const answeredWeight = answered.reduce((sum, s) => sum + s.weight, 0);
    const totalWeight = itemScores.reduce((sum, s) => sum + s.weight, 0);
    const score = answered.length === 0 ? null : (100 * answered.reduce((sum, s) => sum + s.weight * s.score, 0)) / answeredWeight;
    return {
      id: dimension.id,
      label: dimension.label,
      score,
      answered: answered.length,
      items: itemScores.length,
      coverage: totalWeight > 0 ? answeredWeight / totalWeight : 0,
      itemScores
    };
  });

  const scored = dimensions.filter((d): d is ReadinessDimensionScore & {score: number} => d.score !== null);
  const overall = scored.length === 0 ? null : scored.reduce((sum, d) => sum + d.score, 0) / scored.length;
  const answeredItems = dimensions.reduce((sum, d) => sum + d.answered, 0);
  const capabilities = capabilitiesOf(instrument, answers);
  return {
    overall,
    answered: answeredItems,
    items: instrument.items.length,
    complete: answeredItems === instrument.items.length,
    dimensions,
    weakest: weakestDimensions(scored),
    unansweredDimensions: dimensions.filter((d) => d.score === null).map((d) => d.id),
    capabilities,
    hasPolicy: capabilities.has_policy,
    hasValidationSystem: capabilities.has_validation_system,
    verifiesIdentity: capabilities.verifies_identity,
    hasCredentialRepository: capabilities.has_credential_repository,
    mapsToFramework: capabilities.maps_to_framework,
    stacksIntoProgrammes: capabilities.stacks_into_programmes,
    hasEmployerPartners: capabilities.has_employer_partners,
    inConsortium: capabilities.in_consortium,
    developsMicroCredentials: capabilities.develops_micro_credentials
  };
}

/** The WEAKEST_DIMENSIONS lowest scores below 100, plus ties with the last one kept; stable in instrument order. */
function weakestDimensions<T extends {score: number}>(scored: readonly T[]): T[] {
  const below = scored.filter((d) => d.score < 100);
  const sorted = below.map((d, index) => ({d, index})).sort((a, b) => a.d.score - b.d.score || a.index - b.index);
  const cut = sorted[WEAKEST_DIMENSIONS - 1]?.d.score;
  return sorted.filter(({d}, rank) => rank < WEAKEST_DIMENSIONS || (cut !== undefined && d.score === cut)).map(({d}) => d);
}

function capabilitiesOf(instrument: ReadinessInstrument, answers: ReadinessAnswerMap): Record<ReadinessCapability, boolean | null> {
  const out = Object.fromEntries(READINESS_CAPABILITIES.map((c) => [c, null])) as Record<ReadinessCapability, boolean | null>;
  for (const item of instrument.items) {
    if (item.capability === null || item.threshold === null) continue;
    const answer = answerOf(answers, item.id);
    out[item.capability] = answer === null ? null : answer >= item.threshold;
  }
  return out;
}
