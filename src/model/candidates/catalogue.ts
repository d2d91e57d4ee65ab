/**
 * A candidate credential as the institution's catalogue describes it (data/catalogue/candidates.csv, or the
 * user's data/user/catalogue.csv; column meanings in data/templates/README.md). These are the catalogue's own
 * columns of the `candidate_market` mart.
 */
export interface CatalogueCandidate {
  readonly id: string;
  readonly title: string;
  readonly provider: string;
  readonly awarding_body: string;
  readonly issuer_country: string;
  readonly issuer_region: string | null;
  readonly learning_outcomes: string;
  readonly workload_hours: number;
  readonly ects: number;
  readonly eqf_level: number;
  readonly assessment_type: string;
  readonly participation_form: "online" | "blended" | "on-site";
  readonly quality_assurance: string;
  readonly identity_verification: "none" | "supervised" | "supervised-id";
  readonly prerequisites: string | null;
  readonly stacks_into: string | null;
  readonly stack_credits_ects: number | null;
  readonly price: number | null;
  readonly price_currency: string | null;
  readonly price_basis: string | null;
  readonly cip_codes: string | null;
  readonly soc_codes: string | null;
}

/** The catalogue columns, in file order. */
export const CATALOGUE_FIELDS = [
  "id",
  "title",
  "provider",
  "awarding_body",
  "issuer_country",
  "issuer_region",
  "learning_outcomes",
  "workload_hours",
  "ects",
  "eqf_level",
  "assessment_type",
  "participation_form",
  "quality_assurance",
  "identity_verification",
  "prerequisites",
  "stacks_into",
  "stack_credits_ects",
  "price",
  "price_currency",
  "price_basis",
  "cip_codes",
  "soc_codes"
] as const satisfies readonly (keyof CatalogueCandidate)[];

/**
 * The catalogue fields of a wider row (e.g. a `candidate_market` row), and nothing else.
 *
 * @example catalogueFields(candidateMarketRow).workload_hours; // => 250
 */
export function catalogueFields(row: CatalogueCandidate): CatalogueCandidate {
  return Object.fromEntries(CATALOGUE_FIELDS.map((key) => [key, row[key]])) as unknown as CatalogueCandidate;
}
