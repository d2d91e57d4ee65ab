import {beforeAll, describe, expect, it} from "vitest";
import type {SqlRow} from "../../loaders/duckdb.js";
import {labourMarket} from "../../loaders/modules/labourMarket.js";
import {FIXTURES, buildLabourMarket, byKey} from "./labour-support.js";

const MARTS = labourMarket.marts.map((mart) => mart.name);
let rows: Record<string, SqlRow[]>;

beforeAll(async () => {
  rows = await buildLabourMarket(FIXTURES, {
    ...Object.fromEntries(MARTS.map((name) => [name, `select * from ${name}`])),
    linkedOpenings: `select sum(annual_openings) as total from occupation_demand
                     where soc_code in (select nem_code from stg_cip_soc_crosswalk where not is_no_match)`
  });
});

describe("labour-market marts over the hand-written fixtures", () => {
  it("builds every mart with its contract and a unique grain", () => {
    for (const name of MARTS) expect(rows[name]!.length, name).toBeGreaterThan(0);
  });

  describe("occupation_demand", () => {
    const occupation = (soc: string) => byKey(rows.occupation_demand!, "soc_code").get(soc)!;

    it("keeps line items only and converts thousands to persons", () => {
      expect(rows.occupation_demand!.map((r) => r.soc_code).sort()).toEqual(["13-1082", "15-1212", "15-1252", "15-2051", "29-1141", "29-1215", "29-2010", "47-2231"]);
      expect(occupation("15-1212")).toMatchObject({employment_2024: 180_000, employment_2034: 230_000, annual_openings: 16_000, major_group: "Computer and mathematical occupations"});
    });

    it("adds OEWS wages from the detailed row, top-coded wages as the $239,200 lower bound with a flag", () => {
      expect(occupation("15-1212")).toMatchObject({mean_wage_usd: 129_330, wage_p90_usd: 186_420, oews_wage_top_coded: false});
      expect(occupation("29-1215")).toMatchObject({median_wage_usd: 239_200, median_wage_top_coded: true, wage_p25_usd: 239_200, oews_wage_top_coded: true});
      expect(occupation("47-2231")).toMatchObject({median_wage_usd: null, mean_wage_usd: null});
    });

    it("sums O*NET's three certificate categories of the required level of education", () => {
      expect(occupation("15-1212").certification_relevance_pct).toBeCloseTo(7.16 + 22.52 + 0, 10);
      expect(occupation("15-1212").rl_postsecondary_certificate_pct).toBeCloseTo(7.16, 10);
      expect(occupation("15-1212").professional_certification_importance).toBe(3.5);
    });

    it("prefers the SOC-level O*NET occupation (.00) over O*NET's detailed ones", () => {
      expect(occupation("29-1141").rl_postsecondary_certificate_pct).toBe(20); // 29-1141.01 (90) is ignored
      expect(occupation("29-1141").job_zone).toBe(3); // 29-1141.01 is zone 4
    });

    it("averages O*NET's detailed occupations when the SOC level is not rated", () => {
      expect(occupation("15-2051").rl_postsecondary_certificate_pct).toBe(20); // (10 + 30) / 2
      expect(occupation("15-2051").certification_relevance_pct).toBe(30);
    });

    it("rolls SOC occupations BLS publishes in aggregate into their NEM line item", () => {
      expect(occupation("29-2010").rl_postsecondary_certificate_pct).toBe(50); // (40 + 60) / 2 from 29-2011 and 29-2012
      expect(occupation("29-2010").job_zone).toBe(4); // zones 4 and 3: rounded mean
    });

    it("leaves a value O*NET recommends suppressing missing, never 0", () => {
      expect(occupation("47-2231").rl_postsecondary_certificate_pct).toBeNull();
      expect(occupation("47-2231").certification_relevance_pct).toBeNull();
      expect(occupation("47-2231").job_zone).toBe(2);
    });

    it("takes shortage ratings only through the documented ANZSCO mapping", () => {
      expect(occupation("15-1212")).toMatchObject({shortage_rating: "shortage", shortage_rating_country: "AU", shortage_rating_period: "2022", au_future_demand: "Strong"});
      expect(occupation("15-1212").shortage_rating_source).toMatch(/ANZSCO 262116 Cyber Security Analyst \(close match\)/);
      expect(occupation("15-2051").shortage_rating).toBeNull(); // mapped "none"
      expect(occupation("13-1082").shortage_rating).toBeNull(); // not in the mapping
    });
  });

  describe("field_demand", () => {
    const field = (cip: string) => byKey(rows.field_demand!, "cip_code").get(cip)!;

    it("has one row per six-digit CIP code in use: moved-from and reserved codes are left out", () => {
      expect(rows.field_demand!.map((r) => r.cip_code).sort()).toEqual(["01.0508", "11.0701", "11.1003", "15.1703", "30.7001", "51.1004", "51.3801"]);
    });

    it("splits each occupation's openings equally across the fields it maps to", () => {
      // 15-1212 (16,000) and 15-1252 (115,000) map to 11.0701 and 11.1003; 15-2051 (23,000) to 11.0701 and 30.7001
      expect(field("11.1003").annual_openings).toBe(16_000 / 2 + 115_000 / 2);
      expect(field("11.0701").annual_openings).toBe(16_000 / 2 + 115_000 / 2 + 23_000 / 2);
      expect(field("11.0701").annual_openings_all_linked).toBe(16_000 + 115_000 + 23_000);
      expect(field("11.0701").linked_occupations).toBe(3); // the military occupation has no BLS data
    });

    it("split openings sum to the total openings of the occupations linked to any field", () => {
      const split = rows.field_demand!.reduce((sum, r) => sum + Number(r.annual_openings ?? 0), 0);
      expect(split).toBeCloseTo(Number(rows.linkedOpenings![0]!.total), 6);
    });

    it("weights growth by employment and takes the employment-weighted median wage", () => {
      expect(field("11.1003").employment_growth_pct).toBeCloseTo(100 * ((230 + 1950) / (180 + 1700) - 1), 10);
      expect(field("11.1003").median_wage_usd).toBe(133_080); // software developers hold over half the employment
    });

    it("shows a field without linked occupations as missing, not as 0", () => {
      expect(field("01.0508")).toMatchObject({linked_occupations: 0, annual_openings: null, median_wage_usd: null, employment_growth_pct: null});
    });

    it("maps two SOC codes of one NEM aggregate to a single occupation", () => {
      expect(field("51.1004")).toMatchObject({linked_occupations: 1, annual_openings: 22_000});
    });
  });

  describe("vacancy_pressure", () => {
    const area = (key: string) => byKey(rows.vacancy_pressure!, "source", "area_type", "area", "period_label").get(key)!;

    it("puts the monthly rate and its trailing average of one month in one row", () => {
      expect(area("BLS JOLTS | country | United States | 2025-05")).toMatchObject({
        job_openings_rate_pct: 4.6,
        job_openings_rate_3mo_avg_pct: 4.433333333333334,
        unemployed_per_opening: 0.9,
        hires_rate_3mo_avg_pct: 3.3,
        quits_rate_3mo_avg_pct: 2,
        period_type: "month",
        period_start: "2025-05-01"
      });
    });

    it("labels supersectors as industries and states as regions", () => {
      expect(area("BLS JOLTS | industry | Information | 2025-05").job_openings_rate_3mo_avg_pct).toBe(3.8);
      expect(area("BLS JOLTS | region | Texas | 2025-05").job_openings_rate_3mo_avg_pct).toBe(4.9);
    });

    it("unpivots Eurostat quarters and drops the ones it does not publish", () => {
      expect(area("Eurostat JVS | country | Spain | 2022-Q2")).toMatchObject({job_vacancy_rate_pct: 0.9, country_code: "ES", period_start: "2022-04-01", period_type: "quarter"});
      expect(area("Eurostat JVS | country | Spain | 2022-Q3")).toBeUndefined(); // ":" in the file
      expect(rows.vacancy_pressure!.filter((r) => r.source === "Eurostat JVS")).toHaveLength(11);
    });
  });

  describe("au_shortage", () => {
    it("counts the states and territories in shortage and lists the mapped SOC codes", () => {
      const electrician = byKey(rows.au_shortage!, "anzsco_code").get("341111")!;
      expect(electrician).toMatchObject({national_rating_label: "shortage", states_in_shortage: 7, mapped_soc_codes: "47-2231"});
      expect(byKey(rows.au_shortage!, "anzsco_code").get("224113")!.mapped_soc_codes).toBeNull();
    });
  });

  describe("candidate_market", () => {
    const candidate = (id: string) => byKey(rows.candidate_market!, "id").get(id)!;

    it("uses the listed SOC codes as target occupations when there are any", () => {
      expect(candidate("cyber-fixture")).toMatchObject({occupation_basis: "listed SOC codes", target_soc_codes: "15-1212", annual_openings: 16_000, shortage_employment_share_pct: 100});
      expect(candidate("cyber-fixture").certification_relevance_pct).toBeCloseTo(29.68, 10);
      expect(candidate("cyber-fixture").field_annual_openings).toBe(65_500);
    });

    it("falls back to the crosswalk's occupations for a candidate with CIP codes only", () => {
      expect(candidate("data-fixture")).toMatchObject({
        occupation_basis: "CIP crosswalk",
        target_soc_codes: "15-1212;15-1252;15-2051;55-1011",
        target_occupations: 4,
        target_occupations_with_data: 3,
        annual_openings: 16_000 + 115_000 + 23_000,
        shortage_rated_occupations: 2
      });
      // rated: 15-1212 and 15-1252, both in shortage
      expect(candidate("data-fixture").shortage_employment_share_pct).toBe(100);
    });

    it("maps an aggregated SOC code to its NEM line item and keeps missing indicators null", () => {
      expect(candidate("lab-fixture")).toMatchObject({target_soc_codes: "29-2010", annual_openings: 22_000, shortage_rated_occupations: 0, shortage_employment_share_pct: null, field_annual_openings: null});
    });
  });
});
