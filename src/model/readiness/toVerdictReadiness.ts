import type {VerdictReadiness} from "../verdict/verdict.js";
import type {ReadinessScore} from "./types.js";

/**
 * The readiness slot of the go / no-go verdict (`VerdictInput.readiness`, src/model/verdict) from a readiness score:
 * overall and per-dimension scores (keyed by dimension label, null = unanswered), the weakest dimensions' labels
 * (lowest first), and the three capabilities the verdict rules test — an approved policy (item pol1 ≥ 3), a
 * validation system (val1 ≥ 3) and identity-verified assessment (val2 ≥ 3), each null when its item is unanswered,
 * so that an unknown capability never changes a verdict.
 *
 * @example toVerdictReadiness(scoreReadiness(instrument, example.answers)).hasValidationSystem; // => false
 */
export function toVerdictReadiness(score: ReadinessScore): VerdictReadiness {
  return {
    overall: score.overall,
    dimensions: Object.fromEntries(score.dimensions.map((d) => [d.label, d.score])),
    hasValidationSystem: score.hasValidationSystem,
    hasPolicy: score.hasPolicy,
    verifiesIdentity: score.verifiesIdentity,
    weakest: score.weakest.map((d) => d.label)
  };
}
