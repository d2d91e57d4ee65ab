/**
 * Types of the institutional readiness self-assessment (issue 11): the instrument (dimensions and items, from
 * data/readiness/instrument.csv), an institution's answers, and the score computed from them.
 */

/**
 * Capabilities an item can establish: an item with a `capability` establishes it when its answer is at least the
 * item's `threshold`. The verdict rules and the page's key facts read these, not item ids.
 */
export const READINESS_CAPABILITIES = [
  "has_policy",
  "has_validation_system",
  "verifies_identity",
  "has_credential_repository",
  "maps_to_framework",
  "stacks_into_programmes",
  "has_employer_partners",
  "in_consortium",
  "develops_micro_credentials"
] as const;
export type ReadinessCapability = (typeof READINESS_CAPABILITIES)[number];

/** One labelled level of an item's answer scale; levels run 0, 1, …, max. */
export interface ReadinessLevel {
  value: number;
  label: string;
}

/** A published survey figure an item is compared with (a measure of the `survey_published` mart). */
export interface ReadinessItemBenchmark {
  survey: string;
  measure: string;
  /** What the peers who meet the threshold did, as a predicate: "had a micro-credential policy". */
  statement: string;
}

export interface ReadinessItem {
  /** Short stable id, e.g. "pol1"; the key of answers in JSON and in the URL. */
  id: string;
  dimension: string;
  question: string;
  /** Levels 0…max, each labelled. */
  levels: readonly ReadinessLevel[];
  /** Relative weight of the item within its dimension (> 0). */
  weight: number;
  /** Why the weight is not 1 (null when it is 1). */
  weightBasis: string | null;
  capability: ReadinessCapability | null;
  /** The lowest answer that counts as having the capability / meeting the benchmark; null when neither is set. */
  threshold: number | null;
  benchmark: ReadinessItemBenchmark | null;
  /** Citation: the paper section, table or survey the item comes from, with its DOI. */
  source: string;
}

export interface ReadinessDimension {
  id: string;
  label: string;
}

/** The instrument as the page and the model read it (src/data/readiness-instrument.json). */
export interface ReadinessInstrument {
  /** Where the instrument came from (file path relative to the data directory). */
  file: string;
  dimensions: readonly ReadinessDimension[];
  items: readonly ReadinessItem[];
}

/** An answer set: item id → level, or null for an item left unanswered. Absent and null mean the same. */
export type ReadinessAnswerMap = Readonly<Record<string, number | null>>;

/** An answers file (`format: "mcw-readiness-answers"`) after validation. */
export interface ReadinessAnswers {
  institution: string;
  description: string;
  /** True for a shipped example, so pages can say the answers are not a real institution's. */
  example: boolean;
  answers: ReadinessAnswerMap;
}

export interface ReadinessItemScore {
  id: string;
  question: string;
  weight: number;
  /** The level chosen, or null when unanswered. */
  answer: number | null;
  answerLabel: string | null;
  max: number;
  /** answer / max in [0, 1], or null when unanswered. */
  score: number | null;
}

export interface ReadinessDimensionScore {
  id: string;
  label: string;
  /** 0–100: weighted mean of the answered items' answer / max, × 100; null when no item is answered. */
  score: number | null;
  /** Items answered, and items in the dimension. */
  answered: number;
  items: number;
  /** Share of the dimension's item weight that is answered, in [0, 1]. */
  coverage: number;
  itemScores: readonly ReadinessItemScore[];
}

export interface ReadinessScore {
  /** 0–100: unweighted mean of the answered dimensions' scores; null when nothing is answered. */
  overall: number | null;
  answered: number;
  items: number;
  /** Every item answered. */
  complete: boolean;
  dimensions: readonly ReadinessDimensionScore[];
  /** The lowest-scoring answered dimensions (see scoreReadiness for the rule), lowest first. */
  weakest: readonly ReadinessDimensionScore[];
  /** Dimensions with no item answered, by id (their score is null, never 0). */
  unansweredDimensions: readonly string[];
  /** Each capability: true/false from its item, null when that item is unanswered or the instrument has none. */
  capabilities: Readonly<Record<ReadinessCapability, boolean | null>>;
  hasPolicy: boolean | null;
  hasValidationSystem: boolean | null;
  verifiesIdentity: boolean | null;
  hasCredentialRepository: boolean | null;
  mapsToFramework: boolean | null;
  stacksIntoProgrammes: boolean | null;
  hasEmployerPartners: boolean | null;
  inConsortium: boolean | null;
  developsMicroCredentials: boolean | null;
}
