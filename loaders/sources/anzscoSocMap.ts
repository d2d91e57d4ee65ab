import {z} from "zod";
import {cell, type CsvSpec} from "../readCsv.js";
import {optionalText, SOC_CODE} from "./publishedCells.js";

/**
 * The hand-made ANZSCO (2021 Australian Update, the version of the Skills Priority List 2022) → SOC 2018 mapping (data/catalogue/anzsco_soc_map.csv) that lets Australia's Skills
 * Priority List ratings reach the SOC occupations the catalogue targets. No official ANZSCO–SOC crosswalk ships
 * with the project; each row states how close the match is and why, and "none" rows record why an occupation the
 * catalogue needs is left unrated.
 */
export const anzscoSocMap = {
  table: "src_anzsco_soc_map",
  file: "catalogue/anzsco_soc_map.csv",
  header: ["soc_code", "soc_title", "anzsco_code", "anzsco_title", "match", "rationale"],
  key: ["soc_code"],
  row: z
    .object({
      soc_code: z.string({error: "an SOC 2018 code like 15-1212"}).regex(SOC_CODE, "an SOC 2018 code like 15-1212"),
      soc_title: cell.text(),
      anzsco_code: z.union([z.null(), z.string().regex(/^\d{6}$/, "a 6-digit ANZSCO code or an empty cell")], {error: "a 6-digit ANZSCO code or an empty cell"}),
      anzsco_title: optionalText(),
      match: z.enum(["exact", "close", "broader", "none"], {error: "exact, close, broader or none"}),
      rationale: cell.text()
    })
    .superRefine((raw, ctx) => {
      const mapped = raw.match !== "none";
      if (mapped && (raw.anzsco_code === null || raw.anzsco_title === null)) ctx.addIssue({code: "custom", path: ["anzsco_code"], message: `an ANZSCO code and title for a "${raw.match}" match`});
      if (!mapped && raw.anzsco_code !== null) ctx.addIssue({code: "custom", path: ["anzsco_code"], message: 'an empty cell when match is "none"'});
    }),
  types: {soc_code: "VARCHAR", soc_title: "VARCHAR", anzsco_code: "VARCHAR", anzsco_title: "VARCHAR", match: "VARCHAR", rationale: "VARCHAR"}
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
