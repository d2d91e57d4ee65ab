import {z} from "zod";
import {cell, type CsvSpec} from "../readCsv.js";
import {CIP_CODE, SOC_CODE} from "./publishedCells.js";

/** NCES/BLS CIP 2020 ↔ SOC 2018 crosswalk (sheet "CIP-SOC"): one row per CIP × SOC pair, many-to-many. */
export const cipSocCrosswalk = {
  table: "src_cip_soc_crosswalk",
  file: "raw/crosswalks/nces_CIP2020_SOC2018_Crosswalk.csv",
  header: ["CIP2020Code", "CIP2020Title", "SOC2018Code", "SOC2018Title"],
  key: ["CIP2020Code", "SOC2018Code"],
  row: z
    .object({
      CIP2020Code: z.string({error: "a CIP 2020 code like 11.1003"}).regex(CIP_CODE, "a CIP 2020 code like 11.1003"),
      CIP2020Title: cell.text(),
      SOC2018Code: z.string({error: "an SOC 2018 code like 15-1212"}).regex(SOC_CODE, "an SOC 2018 code like 15-1212"),
      SOC2018Title: cell.text()
    })
    .transform((raw) => ({cip_code: raw.CIP2020Code, cip_title: raw.CIP2020Title, soc_code: raw.SOC2018Code, soc_title: raw.SOC2018Title})),
  types: {cip_code: "VARCHAR", cip_title: "VARCHAR", soc_code: "VARCHAR", soc_title: "VARCHAR"}
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;

/** NCES writes codes as Excel formulas (="01.0000") so spreadsheets keep the leading zero. */
const excelText = (pattern: RegExp, expected: string) =>
  z.string({error: expected}).transform((s, ctx) => {
    const code = s.replace(/^="?/, "").replace(/"$/, "");
    if (!pattern.test(code)) {
      ctx.addIssue({code: "custom", message: expected});
      return z.NEVER;
    }
    return code;
  });

export const CIP_ACTIONS = ["No substantive changes", "New", "Moved from", "Moved to", "Deleted"] as const;

/** CIP 2020 code list: every 2-, 4- and 6-digit code with its title and its change since CIP 2010. */
export const cipCodes = {
  table: "src_cip_codes",
  file: "raw/crosswalks/nces_CIPCode2020.csv",
  header: ["CIPFamily", "CIPCode", "Action", "TextChange", "CIPTitle", "CIPDefinition", "CrossReferences", "Examples"],
  key: ["CIPCode", "Action"],
  row: z
    .object({
      CIPFamily: excelText(/^\d{2}$/, 'a 2-digit CIP family, written ="01"'),
      CIPCode: excelText(/^\d{2}(\.\d{2}(\d{2})?)?$/, 'a CIP code written ="01", ="01.00" or ="01.0000"'),
      Action: z.enum(CIP_ACTIONS, {error: `one of ${CIP_ACTIONS.join(", ")}`}),
      CIPTitle: cell.text()
    })
    .transform((raw) => ({cip_family: raw.CIPFamily, cip_code: raw.CIPCode, action: raw.Action, cip_title: raw.CIPTitle})),
  types: {cip_family: "VARCHAR", cip_code: "VARCHAR", action: "VARCHAR", cip_title: "VARCHAR"}
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
