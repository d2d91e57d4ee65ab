/** Shared fixtures of the readiness model tests (not a test file itself): a small instrument to hand-compute with. */
import type {PublishedFigure} from "../../src/model/readiness/readinessBenchmarks.js";
import type {ReadinessInstrument, ReadinessItem, ReadinessLevel} from "../../src/model/readiness/types.js";

export function levels(...labels: string[]): ReadinessLevel[] {
  return labels.map((label, value) => ({value, label}));
}

const FIVE = levels("None", "Discussed", "Drafted", "Approved", "Reviewed");

export function item(id: string, dimension: string, overrides: Partial<ReadinessItem> = {}): ReadinessItem {
  return {
    id,
    dimension,
    question: `Question ${id}?`,
    levels: FIVE,
    weight: 1,
    weightBasis: null,
    capability: null,
    threshold: null,
    benchmark: null,
    source: `Test source for ${id}, section "Test", https://example.org/${id}`,
    ...overrides
  };
}

/**
 * Three dimensions: alpha (a1: 0–4, weight 2, policy from 3, benchmarked; a2: 0–2), beta (b1: 0–4, validation
 * system from 3, benchmarked; b2: 0–4, identity verification from 3), gamma (c1: 0–3).
 */
export const INSTRUMENT: ReadinessInstrument = {
  file: "readiness/test-instrument.csv",
  dimensions: [
    {id: "alpha", label: "Alpha policy"},
    {id: "beta", label: "Beta validation"},
    {id: "gamma", label: "Gamma funding"}
  ],
  items: [
    item("aa1", "alpha", {weight: 2, weightBasis: "Singled out by the source", capability: "has_policy", threshold: 3, benchmark: {survey: "Survey S", measure: "with_policy", statement: "had a policy"}}),
    item("aa2", "alpha", {levels: levels("No", "Partly", "Yes")}),
    item("bb1", "beta", {capability: "has_validation_system", threshold: 3, benchmark: {survey: "Survey S", measure: "with_validation", statement: "had a validation system"}}),
    item("bb2", "beta", {capability: "verifies_identity", threshold: 3}),
    item("cc1", "gamma", {levels: levels("No", "Some", "Most", "All")})
  ]
};

export const FIGURES: PublishedFigure[] = [
  {survey: "Survey S", year: 2020, measure: "with_policy", numerator: 17, denominator: 34, value: 0.5, unit: "share", citation: "Author (2020), section X, https://example.org/s"},
  {survey: "Survey S", year: 2020, measure: "with_validation", numerator: 11, denominator: 34, value: 11, unit: "count", citation: "Author (2020), section Y, https://example.org/s"},
  {survey: "Survey S", year: 2020, measure: "developing", numerator: null, denominator: 34, value: 0.88, unit: "share", citation: "Author (2020), section Z, https://example.org/s"},
  {survey: "Survey S", year: 2020, measure: "surveyed", numerator: null, denominator: null, value: 47, unit: "count", citation: "Author (2020), https://example.org/s"}
];

/** Tolerance for sums of a few fractions. */
export const EPSILON = 1e-12;
