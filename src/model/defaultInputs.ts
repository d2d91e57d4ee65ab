import {IDENTITY_VERIFICATION_COSTS, SCENARIO_INPUTS, type IdentityVerificationLevel} from "./scenarioInputs.js";
import type {ModelInputs} from "./types.js";

/**
 * The documented default of every input (`SCENARIO_INPUTS`), with the verification cost of the
 * given level.
 *
 * @param identityVerification level whose default cost to use; default: the documented default level
 * @returns deterministic model inputs
 * @example defaultInputs("supervised-id").identityVerificationCostPerAssessment; // => 22.5
 */
export function defaultInputs(identityVerification?: IdentityVerificationLevel): ModelInputs {
  const values: Record<string, number | string> = {};
  for (const spec of SCENARIO_INPUTS) values[spec.key] = spec.default;
  if (identityVerification) {
    values.identityVerification = identityVerification;
    values.identityVerificationCostPerAssessment = IDENTITY_VERIFICATION_COSTS[identityVerification].cost;
  }
  return values as unknown as ModelInputs;
}
