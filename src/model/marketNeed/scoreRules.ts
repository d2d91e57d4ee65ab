import {DEFAULT_CONCENTRATION, DEFAULT_STABILITY_DRAWS, DEFAULT_STABILITY_SEED, DEFAULT_TOP_K} from "./stabilityDefaults.js";

/**
 * The market-need score's rules as text for the methods page, written from the constants the code uses, so the
 * documentation cannot drift from `percentileRanks`, `marketNeedScore` and `rankStability`.
 */
export const SCORE_RULE_TEXT: readonly {id: string; rule: string}[] = [
  {
    id: "percentile",
    rule: "Each indicator becomes a percentile rank among the candidates that have a value: 100 × (number of values below + ½ × number equal) / n. Ties share their average rank, a lone value gets 50, and no present value is ranked 0."
  },
  {
    id: "score",
    rule: "The score is the weighted mean of a candidate's percentile ranks over the indicators it has: score = Σ wᵢ·pᵢ / Σ wᵢ, summed over the indicators with a value and a weight above 0. Each indicator's points (wᵢ·pᵢ / Σ wᵢ) add up to the score."
  },
  {
    id: "missing",
    rule: "A missing indicator is shown as missing, never as 0: it is left out and the other weights are scaled up to sum to 1. Coverage = the share of the total weight whose indicator has a value; a candidate with no weighted indicator has no score."
  },
  {
    id: "rank",
    rule: "Candidates are ranked by score (1 = highest); ties go to the higher coverage, then to the id, so the order never depends on the order of the catalogue."
  },
  {
    id: "stability",
    rule: `Rank stability: the weights are re-drawn ${DEFAULT_STABILITY_DRAWS.toLocaleString("en-US")} times from a Dirichlet distribution centred on the chosen weights (concentration ${DEFAULT_CONCENTRATION}: a weight of 0.25 varies with a standard deviation of about 0.09), from normalised gamma draws of the model's seeded generator (seed ${DEFAULT_STABILITY_SEED}); for each candidate the share of draws in which it ranks in the top ${DEFAULT_TOP_K}, and the 10th, 50th and 90th percentile of its rank, are reported.`
  }
];
