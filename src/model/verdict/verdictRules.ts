/**
 * Thresholds of the go / no-go verdict (issue 5). Each is a named constant with its rationale; the methods page
 * renders them from here, so the documentation cannot drift from the code.
 */

/** The four verdicts, best first. */
export const VERDICTS = ["go", "pathway-only", "consortium-only", "no-go"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How pages name each verdict. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  go: "Go",
  "pathway-only": "Only as a pathway into a degree",
  "consortium-only": "Only in a consortium",
  "no-go": "No-go"
};

/**
 * A scenario "pays" when its expected NPV is positive and a positive NPV is at least this likely. 0.5: a
 * university should not launch a credential that is more likely to lose money than to make it; the p10 of
 * NPV is reported next to it as the downside.
 */
export const PAYS_MIN_PROBABILITY = 0.5;

/**
 * Below this share of the market-need weight with data, the market need counts as undocumented and the
 * verdict is no-go: the literature's first warning is that market need is rarely documented (McGreal &
 * Olcott 2022), and half the intended evidence is the least a commitment should rest on.
 */
export const MIN_MARKET_COVERAGE = 0.5;

/**
 * A market-need score below this is weak and the verdict is no-go, whatever the cash flow says: the score
 * averages percentile ranks, so below 25 the candidate sits, on average, in the bottom quarter of the
 * catalogue on the indicators of need — and its projected enrolments, on which the cash flow rests, are
 * themselves derived from that weak evidence.
 */
export const WEAK_MARKET_NEED_SCORE = 25;

/**
 * An institution whose overall readiness (0–100, issue 11) is below this lacks more than half of the
 * capacity the literature lists (policy, validation, QA, credentialing, partnerships); a "go" or
 * "pathway-only" is downgraded to "consortium-only" — build it with partners who have that capacity —
 * or to "no-go" when the consortium share does not pay.
 */
export const LOW_READINESS_SCORE = 50;

/** The rules in the order they are applied, as text for the methods page. */
export const VERDICT_RULE_TEXT: readonly {id: string; rule: string}[] = [
  {
    id: "pays",
    rule: `A scenario pays when E[NPV] > 0 and P(NPV > 0) ≥ ${PAYS_MIN_PROBABILITY} (Monte Carlo of the scenario).`
  },
  {
    id: "finance",
    rule: "Finance first: go when the credential pays without pathway revenue; pathway-only when it pays only with pathway revenue; consortium-only when it does not pay alone but pays as one of the consortium partners (development costs shared, each partner keeping its own learners); otherwise no-go."
  },
  {
    id: "market",
    rule: `Market need gates it: no-go when less than ${MIN_MARKET_COVERAGE * 100}% of the market-need weight has data (need not documented) or the market-need score is below ${WEAK_MARKET_NEED_SCORE} of 100 (weak need).`
  },
  {
    id: "readiness-assessment",
    rule: "Readiness (when assessed): a credential with identity-verified (supervised-id) assessment at an institution without a validation system — or with supervised assessment at one that cannot verify identity — cannot be go or pathway-only alone: consortium-only when the consortium share pays (a partner validates), otherwise no-go."
  },
  {
    id: "readiness-overall",
    rule: `Readiness (when assessed): overall readiness below ${LOW_READINESS_SCORE} of 100 downgrades go and pathway-only to consortium-only when the consortium share pays, otherwise to no-go. No approved micro-credential policy is reported as a reason but does not change the verdict.`
  }
];
