import type {MonteCarloResult} from "../types.js";
import type {IdentityVerificationLevel} from "../scenarioInputs.js";
import {
  LOW_READINESS_SCORE,
  MIN_MARKET_COVERAGE,
  PAYS_MIN_PROBABILITY,
  VERDICT_LABELS,
  WEAK_MARKET_NEED_SCORE,
  type Verdict
} from "./verdictRules.js";

/** What the verdict needs from one scenario's Monte Carlo: expected NPV, P(NPV > 0) and the 10th percentile. */
export interface NpvSummary {
  /** E[NPV], scenario currency. */
  readonly expectedNpv: number;
  /** P(NPV > 0), 0–1. */
  readonly probabilityNpvPositive: number;
  /** 10th percentile of NPV. */
  readonly p10Npv: number;
}

/**
 * The institutional-readiness slot (issue 11 fills it from its self-assessment). Booleans and scores may be
 * null when the institution left the item unanswered: an unknown capability never changes the verdict.
 */
export interface VerdictReadiness {
  /** Overall readiness, 0–100; null when nothing is answered. */
  readonly overall: number | null;
  /** Score per dimension label, 0–100 (null = unanswered). */
  readonly dimensions: Readonly<Record<string, number | null>>;
  readonly hasValidationSystem: boolean | null;
  readonly hasPolicy: boolean | null;
  /** Whether the institution can verify learners' identity at assessment (optional). */
  readonly verifiesIdentity?: boolean | null;
  /** Labels of the weakest dimensions, lowest first. */
  readonly weakest: readonly string[];
}

export interface VerdictInput {
  /** Market-need score (0–100, null when no indicator has data) and the share of its weight with data (0–1). */
  readonly marketNeed: {readonly score: number | null; readonly coverage: number; readonly rank?: number; readonly of?: number};
  /** The candidate's default scenario. */
  readonly standalone: NpvSummary;
  /** The same scenario without pathway revenue (pathwayConversionRate = 0). */
  readonly withoutPathway: NpvSummary;
  /** The same scenario as one partner of a consortium (developmentCostShare = 1/partners; own learners kept). */
  readonly consortium: NpvSummary;
  /** Optional: the consortium share without pathway revenue, to say when a consortium pays only through the pathway. */
  readonly consortiumWithoutPathway?: NpvSummary;
  readonly consortiumPartners: number;
  /** Whether the default scenario counts pathway revenue (the credential stacks into a programme). */
  readonly hasPathway: boolean;
  readonly identityVerification: IdentityVerificationLevel;
  /** Currency of the NPVs, for the reasons' text (default USD). */
  readonly currency?: string;
  readonly readiness?: VerdictReadiness;
}

export interface VerdictCheck {
  readonly id: string;
  readonly label: string;
  /** true = passed, false = failed, null = not applicable or not known. */
  readonly passed: boolean | null;
  /** The number tested, when there is one. */
  readonly value: number | null;
  readonly threshold: number | null;
  /** The check with its numbers, as a sentence. */
  readonly detail: string;
}

export interface VerdictResult {
  readonly verdict: Verdict;
  readonly label: string;
  /** The two or three reasons that drive the verdict, most important first, each with its number. */
  readonly reasons: readonly string[];
  readonly checks: readonly VerdictCheck[];
}

/**
 * Whether a scenario pays: E[NPV] > 0 and P(NPV > 0) ≥ `PAYS_MIN_PROBABILITY`.
 *
 * @example pays({expectedNpv: 1, probabilityNpvPositive: 0.5, p10Npv: -5}); // => true
 */
export function pays(summary: NpvSummary): boolean {
  return summary.expectedNpv > 0 && summary.probabilityNpvPositive >= PAYS_MIN_PROBABILITY;
}

/**
 * The NPV summary of a Monte Carlo result; for a scenario without uncertainty (Monte Carlo null) the
 * deterministic NPV with probability 1 or 0.
 *
 * @example npvSummary(null, -10).probabilityNpvPositive; // => 0
 */
export function npvSummary(monteCarlo: MonteCarloResult | null, deterministicNpv: number): NpvSummary {
  if (monteCarlo === null) return {expectedNpv: deterministicNpv, probabilityNpvPositive: deterministicNpv > 0 ? 1 : 0, p10Npv: deterministicNpv};
  return {expectedNpv: monteCarlo.npv.mean, probabilityNpvPositive: monteCarlo.probabilityNpvPositive, p10Npv: monteCarlo.npv.p10};
}

/**
 * The go / no-go verdict of a candidate credential (issue 5), by the rules of `verdictRules.ts`, applied in order:
 *
 * 1. Finance: go when the credential pays without pathway revenue; pathway-only when it pays only with it;
 *    consortium-only when it pays only as a consortium share; otherwise no-go ("pays": `pays`).
 * 2. Market need: no-go when coverage < `MIN_MARKET_COVERAGE` (need not documented) or the score is below
 *    `WEAK_MARKET_NEED_SCORE`.
 * 3. Readiness, when given: supervised-id assessment without a validation system (or supervised assessment
 *    without identity verification) turns go / pathway-only into consortium-only when the consortium share
 *    pays, else no-go; overall readiness below `LOW_READINESS_SCORE` does the same; no policy is a reason only.
 *
 * Reasons: the two or three that drive the verdict, most important first, each with the number behind it.
 *
 * @param input market need, the NPV summaries of the scenario and its variants, and optional readiness
 * @returns verdict, label, reasons and every check with its numbers
 * @throws {RangeError} on a probability outside [0, 1], a coverage outside [0, 1] or a non-finite NPV
 * @example verdict(input).verdict; // => "consortium-only"
 */
export function verdict(input: VerdictInput): VerdictResult {
  validate(input);
  const money = (x: number) => formatMoney(x, input.currency ?? "USD");
  const npvText = (s: NpvSummary) => `E[NPV] ${money(s.expectedNpv)}, P(NPV > 0) ${percent(s.probabilityNpvPositive)}`;
  const partners = input.consortiumPartners;
  const {score, coverage} = input.marketNeed;
  const rankText = input.marketNeed.rank !== undefined && input.marketNeed.of !== undefined ? `, rank ${input.marketNeed.rank} of ${input.marketNeed.of}` : "";

  const paysAlone = pays(input.standalone);
  const paysWithoutPathway = pays(input.withoutPathway);
  const paysInConsortium = pays(input.consortium);
  const consortiumNeedsPathway = input.hasPathway && input.consortiumWithoutPathway !== undefined && !pays(input.consortiumWithoutPathway);

  const checks: VerdictCheck[] = [
    {
      id: "market-documented",
      label: "Market need documented",
      passed: coverage >= MIN_MARKET_COVERAGE,
      value: coverage,
      threshold: MIN_MARKET_COVERAGE,
      detail: `${percent(coverage)} of the market-need weight has data (at least ${percent(MIN_MARKET_COVERAGE)} needed).`
    },
    {
      id: "market-strength",
      label: "Market need not weak",
      passed: score === null ? false : score >= WEAK_MARKET_NEED_SCORE,
      value: score,
      threshold: WEAK_MARKET_NEED_SCORE,
      detail: score === null ? "No market-need score: no indicator has data." : `Market-need score ${score.toFixed(0)} of 100${rankText} (at least ${WEAK_MARKET_NEED_SCORE} needed).`
    },
    paysCheck("pays-alone", "Pays alone (default scenario)", input.standalone, npvText),
    paysCheck("pays-without-pathway", "Pays without pathway revenue", input.withoutPathway, npvText),
    paysCheck("pays-in-consortium", `Pays as one of ${partners} consortium partners`, input.consortium, npvText)
  ];

  // 1. finance
  let result: Verdict;
  const reasons: string[] = [];
  let goDownside: string | null = null;
  if (paysWithoutPathway && paysAlone) {
    result = "go";
    reasons.push(`Pays as a credential in its own right: ${npvText(input.withoutPathway)} without any pathway revenue.`);
    if (input.withoutPathway.p10Npv < 0) goDownside = `Downside: a 1-in-10 chance of losing more than ${money(-input.withoutPathway.p10Npv)} (p10 of NPV without pathway revenue).`;
  } else if (paysAlone) {
    result = "pathway-only";
    reasons.push(`Does not pay as a credential in its own right: ${npvText(input.withoutPathway)} without pathway revenue.`);
    reasons.push(`Pays once holders who go on to a degree are counted: ${npvText(input.standalone)}.`);
  } else if (paysInConsortium) {
    result = "consortium-only";
    reasons.push(`Does not pay for one institution alone: ${npvText(input.standalone)}.`);
    reasons.push(
      `Pays as one of ${partners} partners sharing the development cost: ${npvText(input.consortium)}` +
        (consortiumNeedsPathway && input.consortiumWithoutPathway ? ` — but only with pathway revenue (without it ${money(input.consortiumWithoutPathway.expectedNpv)}).` : ".")
    );
  } else {
    result = "no-go";
    reasons.push(`Does not pay even as one of ${partners} consortium partners: ${npvText(input.consortium)}.`);
    reasons.push(`For one institution alone: ${npvText(input.standalone)}.`);
  }

  // 2. market need
  const marketReason = `Market-need score ${score === null ? "missing" : `${score.toFixed(0)} of 100`}${rankText}, with ${percent(coverage)} of its weight backed by data.`;
  if (coverage < MIN_MARKET_COVERAGE || score === null) {
    result = "no-go";
    reasons.unshift(`Market need is not documented: only ${percent(coverage)} of the market-need weight has data (at least ${percent(MIN_MARKET_COVERAGE)} needed).`);
  } else if (score < WEAK_MARKET_NEED_SCORE) {
    result = "no-go";
    reasons.unshift(`Market need is weak: score ${score.toFixed(0)} of 100${rankText} (below ${WEAK_MARKET_NEED_SCORE}).`);
  } else if (result === "go") {
    reasons.push(marketReason);
  }

  // 3. readiness
  const readiness = input.readiness;
  const downgrade = (because: string) => {
    if (result === "go" || result === "pathway-only") {
      result = paysInConsortium ? "consortium-only" : "no-go";
      reasons.unshift(`${because} ${paysInConsortium ? `Run it with partners who have that capacity: as one of ${partners} partners ${npvText(input.consortium)}.` : "The consortium share does not pay either."}`);
    } else if (result === "consortium-only") {
      reasons.push(because);
    }
  };
  if (readiness === undefined) {
    checks.push(
      {id: "readiness-assessment", label: "Assessment capacity", passed: null, value: null, threshold: null, detail: "Institutional readiness not assessed."},
      {id: "readiness-overall", label: "Institutional readiness", passed: null, value: null, threshold: LOW_READINESS_SCORE, detail: "Institutional readiness not assessed."},
      {id: "readiness-policy", label: "Micro-credential policy", passed: null, value: null, threshold: null, detail: "Institutional readiness not assessed."}
    );
  } else {
    const needsValidation = input.identityVerification === "supervised-id";
    const needsIdentity = input.identityVerification !== "none";
    const lacksValidation = needsValidation && readiness.hasValidationSystem === false;
    const lacksIdentity = needsIdentity && readiness.verifiesIdentity === false;
    // capable: the capabilities this level needs are known to be present
    const capable = !needsIdentity || (needsValidation ? readiness.hasValidationSystem === true : readiness.verifiesIdentity === true);
    const assessmentDetail = lacksValidation
      ? "The credential needs identity-verified (supervised-id) assessment; the institution has no validation system."
      : lacksIdentity
        ? `The credential needs ${input.identityVerification} assessment; the institution cannot verify learners' identity.`
        : !needsIdentity
          ? "The credential's assessment needs no supervision or identity check."
          : capable
            ? `The institution can run ${input.identityVerification} assessment.`
            : "Not known: the readiness items on validation and identity verification are unanswered.";
    checks.push({
      id: "readiness-assessment",
      label: "Assessment capacity",
      passed: lacksValidation || lacksIdentity ? false : capable ? true : null,
      value: null,
      threshold: null,
      detail: assessmentDetail
    });
    const overall = readiness.overall;
    const weakest = readiness.weakest.length > 0 ? ` (weakest: ${readiness.weakest.slice(0, 2).join(", ")})` : "";
    checks.push({
      id: "readiness-overall",
      label: "Institutional readiness",
      passed: overall === null ? null : overall >= LOW_READINESS_SCORE,
      value: overall,
      threshold: LOW_READINESS_SCORE,
      detail: overall === null ? "Not known: no readiness item answered." : `Overall readiness ${overall.toFixed(0)} of 100${weakest} (at least ${LOW_READINESS_SCORE} needed).`
    });
    checks.push({
      id: "readiness-policy",
      label: "Micro-credential policy",
      passed: readiness.hasPolicy,
      value: null,
      threshold: null,
      detail: readiness.hasPolicy === null ? "Not known: the policy item is unanswered." : readiness.hasPolicy ? "An approved micro-credential policy is in force." : "No approved micro-credential policy."
    });
    if (result !== "no-go") {
      if (lacksValidation || lacksIdentity) downgrade(`${assessmentDetail}`);
      if (overall !== null && overall < LOW_READINESS_SCORE) downgrade(`Institutional readiness is low: ${overall.toFixed(0)} of 100${weakest}.`);
      if (readiness.hasPolicy === false) reasons.push("The institution has no approved micro-credential policy yet: approve one before launch.");
    }
  }
  if (result === "go" && goDownside !== null) reasons.push(goDownside);
  if (reasons.length < 2 && result !== "go") reasons.push(marketReason);
  return {verdict: result, label: VERDICT_LABELS[result], reasons: reasons.slice(0, 3), checks};
}

function paysCheck(id: string, label: string, summary: NpvSummary, npvText: (s: NpvSummary) => string): VerdictCheck {
  return {
    id,
    label,
    passed: pays(summary),
    value: summary.probabilityNpvPositive,
    threshold: PAYS_MIN_PROBABILITY,
    detail: `${npvText(summary)}, p10 ${formatMoney(summary.p10Npv, "USD")} (pays when E[NPV] > 0 and P(NPV > 0) ≥ ${percent(PAYS_MIN_PROBABILITY)}).`
  };
}

function validate(input: VerdictInput): void {
  const {coverage, score} = input.marketNeed;
  if (!(coverage >= 0 && coverage <= 1)) throw new RangeError(`verdict: marketNeed.coverage is ${coverage}; expected a share in [0, 1]`);
  if (score !== null && !(score >= 0 && score <= 100)) throw new RangeError(`verdict: marketNeed.score is ${score}; expected a number in [0, 100] or null`);
  if (!Number.isInteger(input.consortiumPartners) || input.consortiumPartners < 2) {
    throw new RangeError(`verdict: consortiumPartners is ${input.consortiumPartners}; expected a whole number ≥ 2`);
  }
  const summaries: [string, NpvSummary | undefined][] = [
    ["standalone", input.standalone],
    ["withoutPathway", input.withoutPathway],
    ["consortium", input.consortium],
    ["consortiumWithoutPathway", input.consortiumWithoutPathway]
  ];
  for (const [name, s] of summaries) {
    if (s === undefined) continue;
    if (!Number.isFinite(s.expectedNpv) || !Number.isFinite(s.p10Npv)) throw new RangeError(`verdict: ${name} NPV is not finite (E[NPV] ${s.expectedNpv}, p10 ${s.p10Npv})`);
    if (!(s.probabilityNpvPositive >= 0 && s.probabilityNpvPositive <= 1)) {
      throw new RangeError(`verdict: ${name}.probabilityNpvPositive is ${s.probabilityNpvPositive}; expected a probability in [0, 1]`);
    }
  }
  const overall = input.readiness?.overall;
  if (overall !== undefined && overall !== null && !(overall >= 0 && overall <= 100)) throw new RangeError(`verdict: readiness.overall is ${overall}; expected a number in [0, 100] or null`);
}

/**
 * Money in thousands for reasons: "USD 511k", "USD −72k", "USD 850" below a thousand.
 *
 * @example formatMoney(-72_400, "USD"); // => "USD −72k"
 */
export function formatMoney(amount: number, currency: string): string {
  const sign = amount < 0 ? "−" : "";
  const abs = Math.abs(amount);
  if (abs >= 999_500) return `${currency} ${sign}${(abs / 1e6).toFixed(abs >= 9_950_000 ? 0 : 1)}m`;
  if (abs >= 999.5) return `${currency} ${sign}${Math.round(abs / 1000)}k`;
  return `${currency} ${sign}${Math.round(abs)}`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
