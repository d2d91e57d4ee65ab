import type {ModelInputs} from "../types.js";
import type {Portfolio, PortfolioCredential} from "./types.js";

/**
 * Learner hours of a credential that come from shared modules: Σ learnerHours of the modules it lists.
 *
 * @param credential the credential
 * @param portfolio its portfolio (module definitions)
 * @returns hours
 * @example sharedHours({sharedModules: ["sql"]}, {sharedModules: [{id: "sql", learnerHours: 25}]}); // => 25
 */
export function sharedHours(credential: Pick<PortfolioCredential, "sharedModules">, portfolio: Pick<Portfolio, "sharedModules">): number {
  let hours = 0;
  for (const id of credential.sharedModules) hours += portfolio.sharedModules.find((m) => m.id === id)?.learnerHours ?? 0;
  return hours;
}

/**
 * Content-development multiplier of a credential: the repackaging cost factor f for `build: "repackage"`,
 * 1 for `build: "new"`. It scales devHoursPerLearnerHour, so content development C and its maintenance are
 * f times those of a new build, while assessment development and quality assurance stay as stated
 * (a repackaged credential still needs its assessment built and approved).
 *
 * @param credential the credential
 * @param factor repackaging cost factor f (e.g. 0.1 = EAB's 25k against 250k)
 * @returns f or 1
 * @example buildFactor({build: "repackage"}, 0.1); // => 0.1
 */
export function buildFactor(credential: Pick<PortfolioCredential, "build">, factor: number): number {
  return credential.build === "repackage" ? factor : 1;
}

/**
 * Inputs of a credential offered alone: its scenario with the build factor applied to
 * devHoursPerLearnerHour (all its notional hours developed by itself).
 *
 * @param credential the credential
 * @param factor repackaging cost factor
 * @returns model inputs
 * @example standaloneInputs(credential, 0.1).devHoursPerLearnerHour; // => 0.1 × the scenario's value when repackaged
 */
export function standaloneInputs(credential: PortfolioCredential, factor: number): ModelInputs {
  const inputs = credential.scenario.inputs;
  return {...inputs, devHoursPerLearnerHour: inputs.devHoursPerLearnerHour * buildFactor(credential, factor)};
}

/**
 * Inputs of a credential's own content inside a portfolio: the standalone inputs with the shared modules'
 * hours taken out of the hours it develops, notionalHours − Σ module hours (≥ 0). notionalHours enters the
 * model only through content development C = notionalHours·devHoursPerLearnerHour·devCostPerHour, so this
 * removes exactly the shared content's development and maintenance, which the portfolio counts once.
 *
 * @param credential the credential
 * @param portfolio its portfolio
 * @param factor repackaging cost factor
 * @returns model inputs
 * @example ownInputs(credential, portfolio, 0.1).notionalHours; // => 250 − 75 for 75 shared hours of 250
 */
export function ownInputs(credential: PortfolioCredential, portfolio: Pick<Portfolio, "sharedModules">, factor: number): ModelInputs {
  const inputs = standaloneInputs(credential, factor);
  return {...inputs, notionalHours: Math.max(0, inputs.notionalHours - sharedHours(credential, portfolio))};
}

/**
 * Development cost of one learner hour of content, as the model charges it in the build year:
 * (1 + overheadRate)·developmentCostShare·devHoursPerLearnerHour·devCostPerHour (DESIGN.md §6: C per hour).
 * Maintenance of that hour costs maintenanceRate times as much in each year from t = 2.
 *
 * @param inputs model inputs (build factor already applied)
 * @returns currency units per learner hour
 * @example contentCostPerHour({...defaults}); // => 1.25 × 1 × 22 × 50 = 1375
 */
export function contentCostPerHour(inputs: ModelInputs): number {
  return (1 + inputs.overheadRate) * inputs.developmentCostShare * inputs.devHoursPerLearnerHour * inputs.devCostPerHour;
}
