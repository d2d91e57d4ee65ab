import type {PertDistribution} from "../distributions.js";
import type {ProjectionBase, ProjectionFactor, ProjectionInputs} from "./projectFirstYearEnrolments.js";

/** The columns of a `survey_published` row the projection reads. */
export interface PublishedFigureInput {
  readonly survey: string;
  readonly measure: string;
  readonly value: number;
  readonly unit: string;
  readonly citation: string;
}

/**
 * The institution's reachable share of the addressable market: the share of the target occupations' yearly
 * openings (a US-wide count) that one institution can realistically put its offer in front of.
 * Assumption, not a published figure: the catalogue's issuers sit in countries (IE, FI, AT, BE, NL, AU, ES, DE)
 * whose labour force is about 2–26% of the US's (from Ireland's and Finland's ≈ 2.8 million to Germany's ≈ 44
 * million against ≈ 170 million; ILO modelled estimates, World Bank indicator SL.TLF.TOTL.IN, 2023), and within its
 * country one institution competes with other providers for these learners. PERT(0.1%, 0.5%, 1.5%): most likely one learner in 200 of the US-scale flow, at worst one in
 * 1,000, at best three in 200. Replace it with a catchment estimate of your own on the projection page.
 */
export const REACHABLE_SHARE: Readonly<{min: number; mode: number; max: number; rationale: string}> = {
  min: 0.001,
  mode: 0.005,
  max: 0.015,
  rationale:
    "Assumption: one institution reaches about 0.5% (0.1%–1.5%) of the yearly US openings in its target occupations — its country's labour force is roughly 2–26% of the US's (ILO modelled estimates, World Bank indicator SL.TLF.TOTL.IN, 2023), and it shares those learners with other providers. Replace with your own catchment estimate."
};

/**
 * A reachable-share PERT with the shape of `REACHABLE_SHARE` around another most-likely value:
 * PERT(mode/5, mode, min(1, 3·mode)). Lets a user move the one assumption without re-stating its spread.
 *
 * @param mode most likely reachable share, in (0, 1]
 * @throws {RangeError} if mode is not in (0, 1]
 * @example reachableShareAround(0.01); // => {min: 0.002, mode: 0.01, max: 0.03}
 */
export function reachableShareAround(mode: number): {min: number; mode: number; max: number} {
  if (!(mode > 0 && mode <= 1)) throw new RangeError(`reachableShareAround: mode is ${mode}; expected a share in (0, 1]`);
  return {min: mode / 5, mode, max: Math.min(1, mode * 3)};
}

/**
 * Relative spread of the intent-to-action rate around the published 24%: PERT(½·h, h, 1½·h). The 24% was
 * measured in free HarvardX/MITx courses, where acting on an intention cost nothing but effort; a paid,
 * assessed credential may convert fewer intenders (price) or more (commitment once paid), so the rate is
 * allowed to halve or rise by half.
 */
export const INTENT_TO_ACTION_SPREAD = 0.5;

/** Published measures the projection reads from `survey_published`. */
export const PROJECTION_MEASURES = {
  intentLow: "strongly_considering_micro_credential",
  intentMode: "would_pursue_micro_credential",
  intentHigh: "intended_to_certify",
  action: "certified_of_intending"
} as const;

/**
 * The one published figure with the given measure name.
 *
 * @throws {RangeError} when no row or several rows carry the measure, naming it
 */
export function publishedFigure(rows: readonly PublishedFigureInput[], measure: string): PublishedFigureInput {
  const matches = rows.filter((row) => row.measure === measure);
  if (matches.length !== 1) {
    throw new RangeError(`publishedFigure: expected exactly one survey_published row with measure "${measure}", found ${matches.length}`);
  }
  const row = matches[0] as PublishedFigureInput;
  if (row.unit !== "share") throw new RangeError(`publishedFigure: measure "${measure}" has unit "${row.unit}"; expected a share`);
  return row;
}

/**
 * The default inputs of `projectFirstYearEnrolments` for a candidate (DESIGN.md §5):
 *
 *   first-year enrolments = annual openings × reachable share × stated intent × intent-to-action
 *
 * - annual openings of the target occupations (BLS EP 2024–34, `candidate_market.annual_openings`);
 * - reachable share: `REACHABLE_SHARE` (assumption), PERT(min, mode, max);
 * - stated intent: PERT(OERu "strongly considering" 34%, OERu "would pursue an available micro-credential"
 *   46%, HarvardX/MITx "intended to earn a certificate" 57%) — the published range of stated intent;
 * - intent-to-action: HarvardX/MITx, 24% of those who intended to certify did, PERT(½·24%, 24%, 1½·24%)
 *   (`INTENT_TO_ACTION_SPREAD`).
 * The shares are read from the survey_published rows, so the page traces to the mart.
 *
 * @param annualOpenings openings per year of the target occupations, > 0
 * @param published survey_published rows
 * @param reachable override of the reachable share's PERT (e.g. a user's catchment estimate)
 * @returns projection inputs with a citation per step
 * @throws {RangeError} when a published measure is missing or the PERT bounds are out of order
 */
export function defaultProjectionInputs(
  annualOpenings: number,
  published: readonly PublishedFigureInput[],
  reachable: {min: number; mode: number; max: number} = REACHABLE_SHARE
): ProjectionInputs {
  const low = publishedFigure(published, PROJECTION_MEASURES.intentLow);
  const mode = publishedFigure(published, PROJECTION_MEASURES.intentMode);
  const high = publishedFigure(published, PROJECTION_MEASURES.intentHigh);
  const action = publishedFigure(published, PROJECTION_MEASURES.action);
  const base: ProjectionBase = {
    key: "annualOpenings",
    label: "Annual openings in the target occupations",
    value: annualOpenings,
    source: "U.S. Bureau of Labor Statistics, Employment Projections 2024–34 (candidate_market.annual_openings)"
  };
  const reachableFactor: ProjectionFactor = {
    key: "reachableShare",
    label: "reachable by this institution",
    distribution: pert(reachable.min, reachable.mode, reachable.max, "reachableShare"),
    value: reachable.mode,
    source: isDefaultReachable(reachable) ? REACHABLE_SHARE.rationale : `User's catchment estimate: PERT(${pct(reachable.min)}, ${pct(reachable.mode)}, ${pct(reachable.max)}).`
  };
  const intentFactor: ProjectionFactor = {
    key: "statedIntent",
    label: "say they would take a micro-credential",
    distribution: pert(low.value, mode.value, high.value, "statedIntent"),
    value: mode.value,
    source: `Most likely ${pct(mode.value)} (${mode.survey}: ${mode.measure.replaceAll("_", " ")}), range ${pct(low.value)} (${low.survey}: ${low.measure.replaceAll("_", " ")}) to ${pct(high.value)} (${high.survey}: ${high.measure.replaceAll("_", " ")}). ${mode.citation}`
  };
  const actionFactor: ProjectionFactor = {
    key: "intentToAction",
    label: "act on that intent and enrol",
    distribution: pert(action.value * (1 - INTENT_TO_ACTION_SPREAD), action.value, Math.min(1, action.value * (1 + INTENT_TO_ACTION_SPREAD)), "intentToAction"),
    value: action.value,
    source: `${action.survey}: ${pct(action.value)} of those who intended to earn a certificate did (${action.citation}); allowed to range from half to one and a half times that for a paid credential.`
  };
  return {base, factors: [reachableFactor, intentFactor, actionFactor]};
}

function pert(min: number, mode: number, max: number, key: string): PertDistribution {
  if (!(min < max && min <= mode && mode <= max)) {
    throw new RangeError(`defaultProjectionInputs: "${key}" needs min ≤ mode ≤ max with min < max; got ${min}, ${mode}, ${max}`);
  }
  return {dist: "pert", min, mode, max};
}

function isDefaultReachable(r: {min: number; mode: number; max: number}): boolean {
  return r.min === REACHABLE_SHARE.min && r.mode === REACHABLE_SHARE.mode && r.max === REACHABLE_SHARE.max;
}

function pct(share: number): string {
  return `${Number((share * 100).toPrecision(3))}%`;
}
