import {z} from "zod";
import {cell, type CsvSpec} from "../readCsv.js";
import {percent, SOC_CODE} from "./publishedCells.js";

const employment = () => cell.number("employment in thousands").pipe(z.number().nonnegative("employment in thousands (not negative)"));
const flow = (what: string) => cell.number(`${what} in thousands per year`).pipe(z.number().nonnegative(`${what} in thousands per year (not negative)`));

/**
 * BLS Employment Projections 2024–34, table 1.10 (occupational separations and openings): labour-force exits,
 * occupational transfers and openings per National Employment Matrix occupation, annual averages 2024–34.
 * Employment and flows are in thousands, rates in percent of employment.
 */
export const blsSeparations = {
  table: "src_bls_separations",
  file: "raw/labour_market_us/bls_ep_table_1_10_separations_openings_2024-34.csv",
  header: [
    "2024 National Employment Matrix title",
    "2024 National Employment Matrix code",
    "Occupation type",
    "Employment, 2024",
    "Employment, 2034",
    "Employment change, numeric, 2024–34",
    "Employment change, percent, 2024–34",
    "Labor force exit rate, 2024–34 annual average",
    "Occupational transfer rate, 2024–34 annual average",
    "Total occupational separations rate, 2024–34 annual average",
    "Labor force exits, 2024–34 annual average",
    "Occupational transfers, 2024–34 annual average",
    "Total occupational separations, 2024–34 annual average",
    "Occupational openings, 2024–34 annual average"
  ],
  key: ["2024 National Employment Matrix code"],
  row: z
    .object({
      "2024 National Employment Matrix title": cell.text(),
      "2024 National Employment Matrix code": z.string({error: "an SOC code like 15-1252"}).regex(SOC_CODE, "an SOC code like 15-1252"),
      "Occupation type": z.enum(["Summary", "Line item"], {error: '"Summary" or "Line item"'}),
      "Employment, 2024": employment(),
      "Employment, 2034": employment(),
      "Labor force exit rate, 2024–34 annual average": percent("a labour-force exit rate"),
      "Occupational transfer rate, 2024–34 annual average": percent("an occupational transfer rate"),
      "Total occupational separations rate, 2024–34 annual average": percent("a separations rate"),
      "Labor force exits, 2024–34 annual average": flow("labour-force exits"),
      "Occupational transfers, 2024–34 annual average": flow("occupational transfers"),
      "Total occupational separations, 2024–34 annual average": flow("separations"),
      "Occupational openings, 2024–34 annual average": flow("openings")
    })
    .transform((raw) => ({
      soc_code: raw["2024 National Employment Matrix code"],
      occupation: raw["2024 National Employment Matrix title"],
      occupation_type: raw["Occupation type"],
      employment_2024_thousands: raw["Employment, 2024"],
      employment_2034_thousands: raw["Employment, 2034"],
      labour_force_exit_rate_pct: raw["Labor force exit rate, 2024–34 annual average"],
      occupational_transfer_rate_pct: raw["Occupational transfer rate, 2024–34 annual average"],
      separations_rate_pct: raw["Total occupational separations rate, 2024–34 annual average"],
      labour_force_exits_thousands: raw["Labor force exits, 2024–34 annual average"],
      occupational_transfers_thousands: raw["Occupational transfers, 2024–34 annual average"],
      separations_thousands: raw["Total occupational separations, 2024–34 annual average"],
      annual_openings_thousands: raw["Occupational openings, 2024–34 annual average"]
    })),
  types: {
    soc_code: "VARCHAR",
    occupation: "VARCHAR",
    occupation_type: "VARCHAR",
    employment_2024_thousands: "DOUBLE",
    employment_2034_thousands: "DOUBLE",
    labour_force_exit_rate_pct: "DOUBLE",
    occupational_transfer_rate_pct: "DOUBLE",
    separations_rate_pct: "DOUBLE",
    labour_force_exits_thousands: "DOUBLE",
    occupational_transfers_thousands: "DOUBLE",
    separations_thousands: "DOUBLE",
    annual_openings_thousands: "DOUBLE"
  }
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
