import {z} from "zod";
import {cell, type CsvSpec} from "../readCsv.js";

/** Country names as the file writes them → ISO 3166-1 alpha-2 (Greece is GR here, EL in Eurostat's own codes). */
export const EU_COUNTRY_CODES = {
  Austria: "AT", Belgium: "BE", Bulgaria: "BG", Croatia: "HR", Cyprus: "CY", "Czech Republic": "CZ", Czechia: "CZ",
  Denmark: "DK", Estonia: "EE", Finland: "FI", France: "FR", Germany: "DE", Greece: "GR", Hungary: "HU", Ireland: "IE",
  Italy: "IT", Latvia: "LV", Lithuania: "LT", Luxembourg: "LU", Malta: "MT", Netherlands: "NL", Poland: "PL",
  Portugal: "PT", Romania: "RO", Slovakia: "SK", Slovenia: "SI", Spain: "ES", Sweden: "SE"
} as const satisfies Record<string, string>;
type CountryName = keyof typeof EU_COUNTRY_CODES;
const COUNTRY_NAMES = Object.keys(EU_COUNTRY_CODES) as [CountryName, ...CountryName[]];

const QUARTERS = ["2022Q1", "2022Q2", "2022Q3", "2022Q4", "2023Q1", "2023Q2"] as const;
/** A job vacancy rate; Eurostat prints ":" where a value is not available. */
const vacancyRate = z.union([z.null(), z.string()], {error: "a job vacancy rate in percent, 0–100, or \":\""}).transform((s, ctx) => {
  if (s === null || s.trim() === ":") return null;
  const parsed = cell.number().safeParse(s);
  if (!parsed.success || parsed.data < 0 || parsed.data > 100) {
    ctx.addIssue({code: "custom", message: 'a job vacancy rate in percent, 0–100, or ":"'});
    return z.NEVER;
  }
  return parsed.data;
});

/**
 * Eurostat job vacancy rate (jvs_q_nace2, indic_em = JOBRATE) by EU country, quarterly 2022Q1–2023Q2, one row
 * per country with one column per quarter (via mirwisek/lavoroland). stg_eurostat_jvs unpivots it.
 */
export const eurostatJvs = {
  table: "src_eurostat_jvs",
  file: "raw/job_vacancies/eurostat_jvs_job_vacancy_rate_eu_countries_2022Q1-2023Q2.csv",
  header: [...QUARTERS, "country"],
  key: ["country"],
  row: z
    .object({
      ...Object.fromEntries(QUARTERS.map((quarter) => [quarter, vacancyRate])),
      country: z.enum(COUNTRY_NAMES, {error: `an EU country name (${COUNTRY_NAMES.join(", ")})`})
    } as Record<(typeof QUARTERS)[number], typeof vacancyRate> & {country: z.ZodEnum<{[K in CountryName]: K}>})
    .transform((raw) => ({
      country_code: EU_COUNTRY_CODES[raw.country],
      country: raw.country,
      ...Object.fromEntries(QUARTERS.map((quarter) => [`rate_${quarter.toLowerCase()}_pct`, raw[quarter]]))
    })),
  types: {
    country_code: "VARCHAR",
    country: "VARCHAR",
    ...Object.fromEntries(QUARTERS.map((quarter) => [`rate_${quarter.toLowerCase()}_pct`, "DOUBLE" as const]))
  }
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
