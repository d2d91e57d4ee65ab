import type {IndicatorKey} from "./indicators.js";

/**
 * Default weights of the market-need score (they sum to 1). Users edit them on the score page; these are
 * the starting point, chosen by the rationale below (`WEIGHT_RATIONALE`), not fitted to any outcome.
 *
 * The three largest weights (0.25 + 0.15 + 0.15) go to the size and direction of demand and to whether
 * short certificates are how people enter the occupation, because those decide whether a credential
 * finds learners at all. Indicators that are coarse (the broad-field supply gap) or available for few
 * candidates (learner interest) get 0.10 so that they inform the ranking without dominating it; wage gets
 * 0.10 because it describes the occupation rather than the credential.
 */
export const DEFAULT_WEIGHTS: Readonly<Record<IndicatorKey, number>> = {
  annualOpenings: 0.25,
  employmentGrowthPct: 0.15,
  medianWageUsd: 0.1,
  certificationRelevancePct: 0.15,
  shortageSharePct: 0.15,
  supplyGapPct: 0.1,
  learnerInterestPct: 0.1
};

/** Why each indicator carries its default weight (shown on the methods and score pages). */
export const WEIGHT_RATIONALE: Readonly<Record<IndicatorKey, string>> = {
  annualOpenings:
    "The size of the pool of people who need the skill each year; the first-year enrolment projection scales with it (DESIGN.md §5). The largest weight.",
  employmentGrowthPct: "Whether the need grows or shrinks over the credential's life (the model's five-year horizon).",
  medianWageUsd:
    "Learners' ability to pay and the value employers place on the skill; a smaller weight because it describes the occupation, not the credential.",
  certificationRelevancePct:
    "Direct evidence that a short certificate is how people enter these occupations, which is what a micro-credential offers.",
  shortageSharePct:
    "An official shortage rating, independent of the BLS projections (Australia's Skills Priority List 2022, or the institution's own ratings).",
  supplyGapPct:
    "Openings the sub-baccalaureate pipeline does not fill; a smaller weight because it is measured for whole broad fields and all education levels.",
  learnerInterestPct:
    "Stated interest of learners; a smaller weight because the shipped survey (freeCodeCamp 2016) covers coding roles only, so most candidates have no value."
};
